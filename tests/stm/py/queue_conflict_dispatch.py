# Conflict-aware TransactionQueue dispatch: "hot" tasks all do a slow
# read-modify-write of one shared counter (they conflict with each other),
# "cold" tasks the same on objects of their own. Both dispatches end as the
# serial run; in parallel the conflict-aware one (tasks that conflicted
# before are not started beside each other) aborts less than the plain one,
# and the scheduler saw the hot tasks' conflicts. With turns nothing aborts.
# Usage: SEED.
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode
import pystm
import transaction

parallel = os.environ.get("PYSTM_THREADS") != "turns"
HOT, COLD = 40, 40


def hot(counter, amount):
    value = counter[0]
    for _ in range(150000):
        pass
    counter[0] = value + amount


def cold(cell, amount):
    value = cell[0]
    for _ in range(150000):
        pass
    cell[0] = value + amount


def run(conflict_aware):
    counter = [0]
    cells = [[0] for _ in range(COLD)]
    amounts = [rng.randrange(1, 100) for _ in range(HOT + COLD)]
    queue = transaction.TransactionQueue()
    for i in range(max(HOT, COLD)):  # interleaved: a cold task is never far
        if i < HOT:
            queue.add(hot, counter, amounts[i])
        if i < COLD:
            queue.add(cold, cells[i], amounts[HOT + i])
    before = pystm.stats()["aborts"]
    queue.run(2, conflict_aware=conflict_aware)
    aborts = pystm.stats()["aborts"] - before
    assert counter[0] == sum(amounts[:HOT]), (counter[0], sum(amounts[:HOT]))
    assert [c[0] for c in cells] == amounts[HOT:], "a cold task was lost or ran twice"
    return aborts


# The aware run first: it has to learn the conflicts while it runs.
aware = sum(run(True) for _ in range(3))
plain = sum(run(False) for _ in range(3))
stats = pystm.stats()
check_thread_mode(stats)
if parallel:
    # The aborts' time lost is counted by kind.
    assert stats["conflicts"]["write-write"] + stats["conflicts"]["read-write"] > 0, stats
    assert stats["time_lost"]["write-write"] + stats["time_lost"]["read-write"] > 0, stats
    assert aware < plain, ("conflict-aware dispatch did not abort less", aware, plain)
else:
    assert aware == plain == 0, (aware, plain)
print("aborts: conflict-aware", aware, "plain", plain)
