# Threads make objects with __del__ (and generators suspended in try/finally)
# inside transactions that conflict on shared counters, then drop them. An
# object made by a transaction that aborted never existed: it must never be
# finalized. Every object a committed transaction made is finalized exactly
# once, whichever thread or collection finds it. Usage: SEED.
import gc, os, sys, threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode
import pystm

nthreads = rng.choice([2, 3, 4])
rounds = rng.randrange(3000, 6000)
counter = [0]
made = []
finalized = []


class Tracked:
    def __init__(self, key):
        self.key = key

    def __del__(self):
        finalized.append(self.key)


def closing(key):
    try:
        yield key
    finally:
        finalized.append(key)


def work(tid):
    for i in range(rounds):
        counter[0] += 1  # every thread writes it: transactions conflict
        key = (tid, i)
        made.append(key)
        if i % 3 == 0:
            g = closing(key)
            next(g)
        else:
            Tracked(key)
        if i % 500 == 0:
            gc.collect()


threads = [threading.Thread(target=work, args=(t,)) for t in range(nthreads)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threads = t = None
gc.collect()
gc.collect()
assert counter[0] == nthreads * rounds, counter[0]
assert len(made) == nthreads * rounds
expected = sorted(made)
got = sorted(finalized)
assert len(set(got)) == len(got), "an object was finalized twice or an aborted one was finalized"
assert got == expected, (len(got), len(expected), sorted(set(expected) - set(got))[:5])
stats = pystm.stats()
check_thread_mode(stats)
print("ok", nthreads, "threads", rounds, "rounds", stats["aborts"], "aborts")
