# A module-level loop stores one global again and again while other threads
# run long transactions (pystm.atomic) that read other globals and builtins:
# a thread that reads a module's namespace records only the entries it read,
# so the stores abort none of the readers (no read-write conflict), and the
# readers see every global they use unchanged. Usage: SEED.
import _thread, os, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode
import pystm

READERS = 2 + seed % 2
STEP = 3
LIMIT = 20000 + rng.randrange(5000)
BLOCKS = 30
# Every module-level name exists before the readers start: the main thread
# then only changes values (a new global changes the table's entry count,
# which a builtin's lookup reads).
tick = lock = k = first_store = last_store = expected = stats = None
outs = [[None, 0.0, 0.0] for _ in range(READERS)]  # one list per reader: no conflict among them
started = [_thread.allocate_lock() for _ in range(READERS)]
finished = [_thread.allocate_lock() for _ in range(READERS)]


def reader(k):
    out = outs[k]
    out[1] = time.monotonic()
    started[k].release()
    total = 0
    for block in range(BLOCKS):
        with pystm.atomic:  # one transaction per block
            for i in range(LIMIT):
                total += STEP + abs(-i) % 2  # two globals and a builtin, read each time
    out[0] = total
    out[2] = time.monotonic()
    finished[k].release()


for k in range(READERS):
    started[k].acquire()
    finished[k].acquire()
    _thread.start_new_thread(reader, (k,))
for lock in started:
    lock.acquire()  # every reader runs
first_store = time.monotonic()
for tick in range(1, 201):  # stores the global `tick`, and commits at each sleep
    time.sleep(0.001)
last_store = time.monotonic()
for lock in finished:
    lock.acquire()

expected = BLOCKS * sum(STEP + i % 2 for i in range(LIMIT))
assert all(out[0] == expected for out in outs), (outs, expected)
assert tick == 200
# The stores happened while the readers ran.
assert max(out[1] for out in outs) < last_store and min(out[2] for out in outs) > first_store, (
    outs, first_store, last_store)
stats = pystm.stats()
check_thread_mode(stats)
assert stats["conflicts"]["read-write"] == 0, stats
print("ok", READERS, "readers")
