# `with lock:` after much work begins a transaction of its own in parallel
# mode: the work before it commits first, so threads that meet at the same
# lock conflict only over their short critical sections. Threads doing long
# private work and then appending to a shared list under one lock lose no
# update, and a commit happens at the `with` (none in a short transaction).
# Usage: SEED.
import _thread, os, sys, threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode, start_all, wait_until, wait_for_go
import pystm

lock = _thread.allocate_lock()
rlock = threading.RLock()
# Another thread exists (waiting): transactions now run in parallel mode,
# unless the run asked for turns.
idle = _thread.allocate_lock()
idle.acquire()
_thread.start_new_thread(lambda: idle.acquire(), ())
parallel = pystm.stats()["threads_run_parallel"]
assert parallel == (os.environ.get("PYSTM_THREADS") != "turns")


def commits_at_with(work, manager):
    for i in range(work):  # one backward jump per iteration
        pass
    before = pystm.stats()["commits"]
    with manager:
        inside = pystm.stats()["commits"]
    return inside - before


# The count is global: under GC stress finalizers run in transactions of
# their own, and the idle thread's commit on its way to block may land in the
# first measurement. Without the boundary at `with` there is none of ours.
for manager in (lock, rlock):
    # Much work before: the transaction ends at the `with`.
    n = commits_at_with(500, manager)
    assert n >= 1 if parallel else n == 0, (manager, n)
    # Little work before (a fresh transaction): no commit there. The idle
    # thread may still be on its way to block (a loaded machine can hold it
    # back that long) and its commit counts too: it commits once, so of three
    # tries at least one sees none.
    if "PYSTM_GC_STRESS" not in os.environ:
        counts = []
        for attempt in range(3):
            pystm.hint_commit_soon()
            for i in range(3):  # the first jump back ends the transaction
                pass
            counts.append(commits_at_with(0, manager))
        assert 0 in counts, (manager, counts)

idle.release()

THREADS = 2 + seed % 3
ROUNDS = 20
results = []
done = []


def worker(k):
    wait_for_go()
    local = rng.__class__(seed * 10 + k)
    for r in range(ROUNDS):
        x = 0
        for i in range(local.randrange(2000, 6000)):
            x = (x * 31 + i) % 1000003
        with lock:
            results.append((k, r, x))
    with lock:
        done.append(k)


start_all(worker, [(k,) for k in range(THREADS)])
wait_until(lambda: len(done) == THREADS, lock, "the workers")
assert sorted((k, r) for k, r, x in results) == [(k, r) for k in range(THREADS) for r in range(ROUNDS)], results
check_thread_mode(pystm.stats())
print("ok", THREADS, "threads")
