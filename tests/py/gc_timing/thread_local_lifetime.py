# threading.local lifetimes: what a dead thread stored in a local, and a
# local nobody references, are freed by the next collection (as CPython's
# reference counting frees them at once). See README.md: disabled while stale
# stack words can keep such objects alive.
import gc
import threading
import weakref


class Payload:
    pass


holder = threading.local()
refs = []


def keep():
    p = Payload()
    holder.p = p
    refs.append(weakref.ref(p))


t = threading.Thread(target=keep)
t.start()
t.join()
gc.collect()
print("payload freed:", refs[0]() is None)

# A local is weakly referenceable and collectable itself.
def make_local():
    tmp = threading.local()
    tmp.v = 1
    return weakref.ref(tmp)


r = make_local()
gc.collect()
print("local freed:", r() is None)
