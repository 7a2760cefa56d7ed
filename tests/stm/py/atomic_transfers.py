# Bank transfers inside pystm.atomic with no lock, by 8 threads (more threads
# than segments on a small machine): an auditor sums every account inside
# atomic too and must always see the same total; no transfer is lost (each
# thread counts its own, and the accounts' final balances follow from them).
# Usage: SEED.
import os, sys, threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_support import seed, rng, check_thread_mode
import pystm

naccounts = rng.randrange(4, 30)
accounts = [1000] * naccounts
total = sum(accounts)
nthreads = 8
moves = rng.randrange(300, 600)
moved = [[0] * naccounts for _ in range(nthreads)]  # net change per thread and account
audits = []
stop = []

def teller(k):
    r = rng.__class__(seed * 1000 + k)
    for _ in range(moves):
        a, b = r.randrange(naccounts), r.randrange(naccounts)
        amount = r.randrange(1, 50)
        with pystm.atomic:
            if accounts[a] >= amount:
                # In steps, with loops: transaction boundaries fall inside
                # the block, and must not end the transaction there.
                for _ in range(amount):
                    accounts[a] -= 1
                    moved[k][a] -= 1
                for _ in range(amount):
                    accounts[b] += 1
                    moved[k][b] += 1

def auditor():
    while not stop:
        with pystm.atomic:
            s = 0
            for balance in accounts:
                s += balance
            audits.append(s)

tellers = [threading.Thread(target=teller, args=(k,)) for k in range(nthreads)]
audit = threading.Thread(target=auditor)
audit.start()
for t in tellers:
    t.start()
for t in tellers:
    t.join()
stop.append(True)
audit.join()
assert audits and all(s == total for s in audits), [s for s in audits if s != total][:5]
assert sum(accounts) == total
for i in range(naccounts):
    assert accounts[i] == 1000 + sum(moved[k][i] for k in range(nthreads)), i
check_thread_mode(pystm.stats())
print("ok", nthreads, "tellers", naccounts, "accounts", len(audits), "audits")
