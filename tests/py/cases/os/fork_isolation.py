# After os.fork() the child's heap is its own: whatever the child changes (lists, dicts, attributes,
# classes, new objects, a collection) is invisible to the parent, and the parent's later changes are
# invisible to the child. Both keep running Python; the results travel through pipes.
import os, sys, gc

class Box:
    pass

shared = list(range(10))
table = {"k%d" % i: i for i in range(50)}
box = Box()
box.value = "parent"
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    shared.append("child")
    shared[0] = -1
    for i in range(5000):
        table["c%d" % i] = [i] * 3
    box.value = "child"
    Box.added = "class attribute from the child"
    gc.collect()
    junk = [str(i) * 10 for i in range(20000)]
    report = "%d %d %s %s %d" % (len(shared), len(table), box.value, Box.added, len(junk))
    os.write(w, report.encode())
    os.close(w)
    os._exit(0)
os.close(w)
data = b""
while chunk := os.read(r, 1000):
    data += chunk
os.close(r)
_, status = os.waitpid(pid, 0)
print("child saw:", data.decode(), os.waitstatus_to_exitcode(status))
print("parent sees:", shared, len(table), box.value, hasattr(Box, "added"))

# The other way round: the parent changes things after the fork, the child reports what it has.
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    import time
    time.sleep(0.2)
    os.write(w, ("%d %s" % (len(shared), box.value)).encode())
    os.close(w)
    os._exit(0)
os.close(w)
shared.extend(range(100))
box.value = "changed by parent"
gc.collect()
data = b""
while chunk := os.read(r, 1000):
    data += chunk
os.close(r)
os.waitpid(pid, 0)
print("child kept:", data.decode(), "parent has:", len(shared), box.value)

# Several generations: a child forks a grandchild.
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    shared.append("gen1")
    pid2 = os.fork()
    if pid2 == 0:
        shared.append("gen2")
        os.write(w, repr(shared[-2:]).encode())
        os._exit(0)
    os.waitpid(pid2, 0)
    os._exit(len(shared) % 256)
os.close(w)
print(os.read(r, 100), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), shared[-1])
os.close(r)
hooks = []
os.register_at_fork(before=lambda: hooks.append("before"), after_in_parent=lambda: hooks.append("parent"),
                    after_in_child=lambda: hooks.append("child"))
pid = os.fork()
if pid == 0:
    os._exit(len(hooks))
print(hooks, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
