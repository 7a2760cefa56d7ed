# A TransactionQueue run equals the serial run: tasks do read-modify-write
# steps on shared accounts without locks (each step long enough for a thread
# switch to fall inside it), tasks add more tasks, and the final balances are
# those of running every task one after another. An exception in a task stops
# the run and comes out of run(). Usage: SEED.
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode
import pystm
import transaction

accounts = {name: 0 for name in range(rng.randrange(3, 12))}
tasks = [(rng.randrange(len(accounts)), rng.randrange(1, 100)) for _ in range(rng.randrange(200, 600))]
atomic_seen = []

def slow_add(name, amount):
    value = accounts[name]
    for _ in range(30):
        pass
    accounts[name] = value + amount

def deposit(name, amount, queue):
    atomic_seen.append(pystm.is_atomic() > 0)
    slow_add(name, amount)
    if amount % 7 == 0:  # a task that adds a follow-up task
        queue.add(deposit, (name + 1) % len(accounts), 1, queue)

queue = transaction.TransactionQueue()
for name, amount in tasks:
    queue.add(deposit, name, amount, queue)
queue.run(4)

expected = {name: 0 for name in accounts}
for name, amount in tasks:
    expected[name] += amount
    if amount % 7 == 0:
        expected[(name + 1) % len(accounts)] += 1
assert accounts == expected, (accounts, expected)
assert all(atomic_seen) and len(atomic_seen) == len(tasks) + sum(1 for _, a in tasks if a % 7 == 0)
check_thread_mode(pystm.stats())

def failing():
    raise KeyError("task failed")
queue.add(failing)
try:
    queue.run(2)
except KeyError as e:
    print("run raised", repr(e))
print("ok", len(atomic_seen), "tasks")
