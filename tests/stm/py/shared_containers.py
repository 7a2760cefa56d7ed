# list.append and dict updates from many threads without locks: each is one
# operation, so nothing is lost; the final contents are exactly what was
# added. Usage: SEED.
import _thread, os, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, wait_for_go, start_all, wait_until

threads = rng.choice([3, 5, 8])
per_thread = rng.randrange(1000, 4000)
items, table, finished = [], {}, []

def worker(k):
    wait_for_go()
    for i in range(per_thread):
        items.append((k, i))
        table[(k, i)] = i * k
    finished.append(k)

start_all(worker, [(k,) for k in range(threads)])
wait_until(lambda: len(finished) == threads, _thread.allocate_lock(), "workers")
assert len(items) == threads * per_thread, len(items)
assert sorted(items) == [(k, i) for k in range(threads) for i in range(per_thread)]
assert len(table) == threads * per_thread
assert all(table[(k, i)] == i * k for k in range(threads) for i in range(per_thread))
# Each thread's own appends keep their order.
for k in range(threads):
    mine = [i for (t, i) in items if t == k]
    assert mine == list(range(per_thread))
print("ok", threads, "threads", len(items), "items")
