# Counters under locks: N threads add to shared counters under a Lock and an
# RLock (taken twice, re-entrantly); the totals are exact. Each addition reads,
# loops a little (so a thread switch can fall inside it) and writes back:
# without the locks updates are lost. Usage: SEED.
import _thread, os, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, wait_for_go, start_all, wait_until

threads = rng.choice([2, 4, 8])
rounds = [rng.randrange(500, 3000) for _ in range(threads)]
lock, rlock, done_lock = _thread.allocate_lock(), _thread.RLock(), _thread.allocate_lock()
state = {"plain": 0, "reentrant": 0, "done": 0}

def slow_add(key, amount):
    value = state[key]
    for _ in range(20):
        pass
    state[key] = value + amount

def worker(n):
    wait_for_go()
    for i in range(n):
        with lock:
            slow_add("plain", 1)
        with rlock:
            with rlock:
                slow_add("reentrant", 2)
    with done_lock:
        state["done"] += 1

start_all(worker, [(n,) for n in rounds])
wait_until(lambda: state["done"] == threads, done_lock, "workers")
assert state["plain"] == sum(rounds), (state, sum(rounds))
assert state["reentrant"] == 2 * sum(rounds), (state, sum(rounds))
assert not lock.locked()
print("ok", threads, "threads", sum(rounds), "increments")
