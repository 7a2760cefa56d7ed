# Threads update shared containers and counters with no lock at all. Every
# transaction is serializable, so in parallel mode no update is lost however
# the threads interleave (conflicting transactions abort and restart at the
# boundary where they began); output written inside the conflicting loop
# happens exactly once per line. Usage: SEED.
import os, sys, tempfile, threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode
import pystm

nthreads = rng.choice([2, 3, 4])
rounds = rng.randrange(20000, 40000)
counter = [0]
hist = {}
items = []
log_path = os.path.join(tempfile.mkdtemp(), "lines.txt")
log = open(log_path, "w")

def count(key, times):
    # A loop of its own: transactions also begin in this frame and end in
    # its caller's (the restart must go back to the right frame).
    for _ in range(times):
        counter[0] += 1
    hist[key] = hist.get(key, 0) + times

def work(tid):
    for i in range(rounds):
        count((i * 7 + tid) % 50, 1 + i % 3)
        items.append(i)
        if i % 997 == 0:
            log.write("%d %d\n" % (tid, i))

threads = [threading.Thread(target=work, args=(t,)) for t in range(nthreads)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.close()
total = nthreads * sum(1 + i % 3 for i in range(rounds))
assert counter[0] == total, (counter[0], total)
assert sum(hist.values()) == total
assert sorted(items) == sorted(list(range(rounds)) * nthreads)
with open(log_path) as f:
    lines = f.read().splitlines()
expected = sorted("%d %d" % (t, i) for t in range(nthreads) for i in range(0, rounds, 997))
assert sorted(lines) == expected, (len(lines), len(expected))
os.unlink(log_path)
os.rmdir(os.path.dirname(log_path))
stats = pystm.stats()
check_thread_mode(stats)
print("ok", nthreads, "threads", rounds, "rounds", stats["aborts"], "aborts")
