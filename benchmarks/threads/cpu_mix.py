# benchmarks/threads/cpu_mix.py — independent CPU-bound work per thread:
# integer and float loops, list and dict building, string building. Usage:
# cpu_mix.py THREADS; every thread does the same fixed amount of work, so
# perfect scaling keeps the run time constant as THREADS grows.
import _thread
import sys


def work(seed):
    total = 0
    for i in range(600000):
        total = (total * 31 + i * seed) % 1000003
    x = 0.5
    for i in range(400000):
        x = x * 1.0000001 + (i % 7) * 0.25
        x -= int(x) if x > 1e6 else 0.0
    items = [i * seed for i in range(200000)]
    items.sort(key=lambda v: -v)
    table = {}
    for i in range(200000):
        table[i % 997] = table.get(i % 997, 0) + i
    parts = []
    for i in range(80000):
        parts.append(str(i * seed))
    text = "-".join(parts)
    return (total + int(x) + items[0] + len(table) + sum(table.values()) + len(text)) % 1000000007


threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
results = []
lock = _thread.allocate_lock()


# Rounds of work per thread: about a second for CPython with one thread,
# so start-up and the threads' start and end weigh little.
ROUNDS = 5


def run(seed, done):
    r = 0
    for k in range(ROUNDS):
        r = (r * 7 + work(seed + k)) % 1000000007
    with lock:
        results.append(r)
    done.release()


done_locks = [_thread.allocate_lock() for _ in range(threads)]
for done in done_locks:
    done.acquire()
    _thread.start_new_thread(run, (3, done))
# The main thread waits on a lock each worker releases when it is done (as
# Thread.join does), so it takes no share of the machine meanwhile.
for done in done_locks:
    done.acquire()
print("cpu_mix", threads, sorted(results))
