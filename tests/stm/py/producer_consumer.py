# Producers and consumers through a bounded queue.Queue (puts block when it
# is full, gets wait with timeouts): every item arrives exactly once, the
# per-producer order is kept, and task_done/join account for all of them.
# Usage: SEED.
import os, queue, sys, threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode
import pystm

producers = rng.choice([2, 3, 4])
consumers = rng.choice([2, 3])
per_producer = rng.randrange(300, 800)
q = queue.Queue(maxsize=rng.choice([1, 4, 16]))
received = [[] for _ in range(consumers)]
DONE = object()

def produce(p):
    for i in range(per_producer):
        q.put((p, i))

def consume(c):
    while True:
        try:
            item = q.get(timeout=0.05)
        except queue.Empty:
            continue
        if item is DONE:
            q.task_done()
            return
        received[c].append(item)
        q.task_done()

cs = [threading.Thread(target=consume, args=(c,)) for c in range(consumers)]
ps = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
q.join()  # every produced item was taken and marked done
for _ in cs:
    q.put(DONE)
for t in cs:
    t.join()
everything = sorted(item for r in received for item in r)
assert everything == sorted((p, i) for p in range(producers) for i in range(per_producer)), len(everything)
for r in received:  # one producer's items reach one consumer in order
    for p in range(producers):
        mine = [i for (pp, i) in r if pp == p]
        assert mine == sorted(mine)
check_thread_mode(pystm.stats())
print("ok", producers, "producers", consumers, "consumers", per_producer, "items each")
