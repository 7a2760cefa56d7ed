# The pystm module: atomic nests (is_atomic is the depth), the conflict hook
# receives a record for each lock wait (kind 'lock', the lock, the time lost),
# a non-callable hook is refused, and the small calls answer. Usage: SEED.
import _thread, os, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, check_thread_mode
import pystm

assert pystm.is_atomic() == 0
with pystm.atomic:
    with pystm.atomic:
        assert pystm.is_atomic() == 2
    assert pystm.is_atomic() == 1
assert pystm.is_atomic() == 0
assert pystm.getsegmentlimit() >= 1
assert pystm.hint_commit_soon() is None and pystm.become_inevitable() is None
try:
    pystm.set_conflict_hook(42)
    raise AssertionError("a non-callable hook was accepted")
except TypeError:
    pass

records = []
pystm.set_conflict_hook(records.append)
lock, started, unrelated = _thread.allocate_lock(), _thread.allocate_lock(), _thread.allocate_lock()
started.acquire()
unrelated.acquire()

def holder():
    with lock:
        started.release()
        time.sleep(0.03 + 0.01 * (seed % 3))
        unrelated.release()  # wakes the waiter, which must wait on
        time.sleep(0.03)

_thread.start_new_thread(holder, ())
started.acquire()
with lock:  # waits for the holder
    pass
pystm.set_conflict_hook(None)
waits = [r for r in records if r["kind"] == "lock"]
assert len(waits) == len(records), records
on_lock = [r for r in waits if r["object"] is lock]
# One acquire that waited: one record, however often it woke up meanwhile.
assert len(on_lock) == 1, on_lock
assert on_lock[0]["aborted"] is False and on_lock[0]["time_lost"] > 0.01, on_lock[0]
with lock:
    pass
assert len(records) == len(waits)  # no hook, nothing more recorded
stats = pystm.stats()
check_thread_mode(stats)
assert stats["lock_waits"] >= 1 and stats["lock_wait_time"] > 0
# Time lost per conflict kind: every kind is there; lock waits are the lock kind.
kinds = {"write-write", "read-write", "inevitable", "lock"}
assert set(stats["conflicts"]) == kinds and set(stats["time_lost"]) == kinds, stats
assert stats["conflicts"]["lock"] == stats["lock_waits"], stats
assert stats["time_lost"]["lock"] == stats["lock_wait_time"] >= on_lock[0]["time_lost"], stats
assert all(stats["time_lost"][k] >= 0 and (stats["conflicts"][k] > 0 or stats["time_lost"][k] == 0) for k in kinds), stats
print("ok", len(waits), "lock wait(s)")
