# Non-blocking and timed acquires of a lock another thread holds: they fail
# after (about) the timeout, then succeed once the holder lets go; a waiter
# blocked without timeout wakes on release. Usage: SEED.
import _thread, sys, time

sys.setswitchinterval(1e-6)

held, started, done = _thread.allocate_lock(), _thread.allocate_lock(), _thread.allocate_lock()
held.acquire()
started.acquire()
done.acquire()
log = []

def holder():
    with held_by_thread:
        started.release()
        time.sleep(0.2)
    log.append("holder released")

held_by_thread = _thread.allocate_lock()
_thread.start_new_thread(holder, ())
started.acquire()
assert held_by_thread.acquire(False) is False
t0 = time.monotonic()
assert held_by_thread.acquire(True, 0.05) is False
waited = time.monotonic() - t0
assert 0.04 <= waited < 5, waited
assert held_by_thread.acquire() is True  # blocks until the holder lets go
assert log == ["holder released"], log
held_by_thread.release()

def waiter():
    held.acquire()  # released by the main thread below
    log.append("waiter woke")
    done.release()

_thread.start_new_thread(waiter, ())
time.sleep(0.05)
assert log == ["holder released"]
held.release()
assert done.acquire(True, 60)
assert log == ["holder released", "waiter woke"], log
try:
    held.release()
    held.release()
except RuntimeError as e:
    print("RuntimeError", e)
print("ok")
