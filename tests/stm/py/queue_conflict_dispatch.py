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
HOT = COLD = 40  # even: they come in groups of two


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
    # Groups of two cold then two hot tasks. Workers take tasks from the
    # end, so plain dispatch starts the two hot tasks of a group side by
    # side (equal tasks keep the workers in step; an order that alternated
    # hot and cold paired every hot task with a cold one then, and plain
    # dispatch sometimes saw no conflict at all), while a conflict-aware
    # worker finds a cold task two places further.
    for g in range(0, HOT, 2):
        for i in (g, g + 1):
            queue.add(cold, cells[i], amounts[HOT + i])
        for i in (g, g + 1):
            queue.add(hot, counter, amounts[i])
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
