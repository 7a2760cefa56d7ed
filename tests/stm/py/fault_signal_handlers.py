# A program that installs its own SIGSEGV and SIGBUS handlers keeps running
# correctly: the runtime's fault handler, which imports units another
# thread's commits made stale, stays in place and passes on only faults that
# are not its own. Threads then read and write data the others commit (each
# first read of a changed unit is such a fault). Usage: SEED.
import os, signal, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode, run_threads
import pystm

faults = []
def on_fault(signum, frame):
    faults.append(signum)

assert signal.signal(signal.SIGSEGV, on_fault) == signal.SIG_DFL
assert signal.signal(signal.SIGBUS, on_fault) == signal.SIG_DFL
assert signal.getsignal(signal.SIGSEGV) is on_fault

nthreads = rng.choice([2, 3, 4])
rounds = rng.randrange(3000, 6000)
# Each thread owns a block of cells but also reads its neighbour's, which
# that neighbour keeps committing: its units go stale in the reader's view.
cells = [[0] * 64 for _ in range(nthreads)]
seen = [0] * nthreads

def work(tid):
    mine = cells[tid]
    theirs = cells[(tid + 1) % nthreads]
    last = 0
    for i in range(rounds):
        mine[i % 64] += 1
        if i % 7 == 0:
            total = sum(theirs)
            assert total >= last, (total, last)  # a neighbour's sum never goes back
            last = total
    seen[tid] = last

run_threads(work, nthreads)
assert [sum(c) for c in cells] == [rounds] * nthreads
assert all(s <= rounds for s in seen)
assert faults == []
assert signal.signal(signal.SIGSEGV, signal.SIG_DFL) is on_fault
stats = pystm.stats()
check_thread_mode(stats)
print("ok", nthreads, "threads", rounds, "rounds", stats["aborts"], "aborts")
