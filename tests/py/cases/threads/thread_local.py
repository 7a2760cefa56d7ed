# threading.local / _thread._local: per-thread attributes and __dict__,
# subclasses whose __init__ runs once per thread with the creation arguments,
# CPython's error messages, and dicts dropped when their thread ends.
import _thread
import gc
import threading
import weakref

print(threading.local is _thread._local, _thread._local.__module__, _thread._local.__name__)

data = threading.local()
data.x = "main"
results = {}


def worker(n):
    try:
        data.x
    except AttributeError as e:
        results.setdefault("err", str(e))
    data.x = n
    data.__dict__["y"] = n * 10
    for _ in range(200):  # span thread switches
        assert data.x == n
    results[n] = (data.x, data.y, sorted(data.__dict__))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items(), key=str))
print("main still", data.x, data.__dict__)


class MyLocal(threading.local):
    created = 0

    def __init__(self, color, size=1):
        MyLocal.created += 1
        self.color = color
        self.size = size

    def describe(self):
        return f"{self.color}/{self.size}"


mine = MyLocal("red", size=3)
mine.size = 4
seen = []


def use_mine():
    seen.append(mine.describe())
    mine.color = "blue"
    seen.append(mine.describe())


for _ in range(3):
    t = threading.Thread(target=use_mine)
    t.start()
    t.join()
print(seen, MyLocal.created, mine.describe())

# Errors as CPython reports them.
for action in ("get", "del", "setdict", "deldict"):
    try:
        if action == "get":
            data.missing
        elif action == "del":
            del data.missing
        elif action == "setdict":
            data.__dict__ = {}
        else:
            del data.__dict__
    except AttributeError as e:
        print(action, e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(data, 3)
except TypeError as e:
    print("TypeError", e)
del data.x
print(hasattr(data, "x"), data.__dict__)


# A subclass __init__ that raises: the thread gets no dict and sees the error.
class Picky(threading.local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError("not here")
        self.ok = True


picky = Picky()
errors = []


def touch():
    try:
        picky.ok
    except ValueError as e:
        errors.append(str(e))
    try:
        picky.ok
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=touch)
t.start()
t.join()
print(errors, picky.ok)


# Properties and slots-free descriptors on subclasses work per thread.
class WithProperty(threading.local):
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2


wp = WithProperty()
wp.v = 5
out = []


def use_property():
    out.append(wp.v)
    wp.v = 1
    out.append(wp.v)


t = threading.Thread(target=use_property)
t.start()
t.join()
print(out, wp.v)

# A local is weakly referenceable (when its referent dies is checked in
# tests/py/gc_timing/thread_local_lifetime.py).
tmp = threading.local()
print("weakly referenceable:", weakref.ref(tmp)() is tmp)
