# Bank transfers between accounts under one lock while an auditor thread
# checks, under the same lock, that the total never changes; threads that
# raise do not disturb the others. Usage: SEED.
import _thread, os, random, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, wait_for_go, start_all, wait_until

accounts = [1000] * rng.randrange(5, 40)
total = sum(accounts)
lock, done_lock = _thread.allocate_lock(), _thread.allocate_lock()
state = {"done": 0, "audits": 0, "failed": 0}
tellers = rng.choice([2, 4, 6])

def teller(k):
    wait_for_go()
    r = random.Random(seed * 100 + k)
    for _ in range(2000):
        a, b = r.randrange(len(accounts)), r.randrange(len(accounts))
        amount = r.randrange(50)
        with lock:
            if accounts[a] >= amount:
                accounts[a] -= amount
                accounts[b] += amount
    with done_lock:
        state["done"] += 1

def auditor():
    while True:
        with lock:
            assert sum(accounts) == total
            state["audits"] += 1
        with done_lock:
            if state["done"] == tellers:
                state["done"] += 1
                return
        time.sleep(0)

def failing():
    with lock:
        accounts[0] += 0
    raise ValueError("a teller failed")

start_all(teller, [(k,) for k in range(tellers)])
_thread.start_new_thread(failing, ())
_thread.start_new_thread(auditor, ())
wait_until(lambda: state["done"] == tellers + 1, done_lock, "tellers")
assert sum(accounts) == total
assert state["audits"] > 0
print("ok", tellers, "tellers", len(accounts), "accounts")
