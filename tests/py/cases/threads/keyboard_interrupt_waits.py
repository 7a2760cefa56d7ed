# SIGINT while the main thread waits: a child interpreter (sys.executable)
# blocks in turn in lock.acquire (with and without timeout), RLock,
# Condition.wait, Event.wait, queue.Queue.get, Semaphore, time.sleep and
# Thread.join, alone and with a busy daemon thread beside it; the parent
# sends SIGINT each time the child says it is about to wait.
# KeyboardInterrupt must come out of the wait in the main thread, with the
# lock's state consistent afterwards; a handler that does not raise lets the
# wait go on (here it releases the lock, so the acquire succeeds); an
# uncaught KeyboardInterrupt ends the child by SIGINT.
# Arguments (tests/stm/py/keyboard_interrupt.py runs this in each threading
# mode): alone, busy or both (the default).
import signal, subprocess, sys, time

CHILD = r'''
import _thread, queue, signal, sys, threading, time
busy = sys.argv[1] == "busy"
if busy:
    def spin():
        n = 0
        while True:
            n += 1
    threading.Thread(target=spin, daemon=True).start()

def holder(lock, started):
    lock.acquire()
    started.set()
    threading.Event().wait()

def held_elsewhere(lock):
    started = threading.Event()
    threading.Thread(target=holder, args=(lock, started), daemon=True).start()
    started.wait()
    return lock

def ready(what):
    print("ready", what, flush=True)

def lock():
    lock = _thread.allocate_lock(); lock.acquire()
    try:
        ready("lock"); lock.acquire()
    except KeyboardInterrupt:
        print("interrupted, locked:", lock.locked())
    lock.release()
    print("acquire again:", lock.acquire(timeout=0.01), lock.locked())

def lock_timeout():
    lock = threading.Lock(); lock.acquire()
    try:
        ready("lock with timeout"); lock.acquire(timeout=60)
    except KeyboardInterrupt:
        print("interrupted, locked:", lock.locked())

def rlock():
    rlock = held_elsewhere(threading.RLock())
    try:
        ready("rlock"); rlock.acquire()
    except KeyboardInterrupt:
        print("interrupted, owned:", rlock._is_owned())

def condition():
    cond = threading.Condition()
    with cond:
        try:
            ready("condition"); cond.wait()
        except KeyboardInterrupt:
            print("interrupted, owned:", cond._is_owned())
    print("after with, owned:", cond._is_owned(), "waiters:", len(cond._waiters))

def condition_timeout():
    cond = threading.Condition(threading.Lock())
    with cond:
        try:
            ready("condition with timeout"); cond.wait(60)
        except KeyboardInterrupt:
            print("interrupted, owned:", cond._is_owned())

def event():
    ev = threading.Event()
    try:
        ready("event"); ev.wait()
    except KeyboardInterrupt:
        print("interrupted, set:", ev.is_set())

def queue_get():
    q = queue.Queue()
    try:
        ready("queue"); q.get()
    except KeyboardInterrupt:
        print("interrupted, empty:", q.empty())
    q.put(7)
    print("then got:", q.get(timeout=5))

def queue_timeout():
    q = queue.Queue()
    try:
        ready("queue with timeout"); q.get(timeout=60)
    except KeyboardInterrupt:
        print("interrupted")

def semaphore():
    sem = threading.Semaphore(0)
    try:
        ready("semaphore"); sem.acquire()
    except KeyboardInterrupt:
        print("interrupted, value:", sem._value)
    sem.release()
    print("then acquired:", sem.acquire(timeout=5))

def sleep():
    try:
        ready("sleep"); time.sleep(60)
    except KeyboardInterrupt:
        print("interrupted")

def join():
    t = threading.Thread(target=threading.Event().wait, daemon=True)
    t.start()
    try:
        ready("join"); t.join()
    except KeyboardInterrupt:
        print("interrupted")

def handler_releases():
    lock = threading.Lock(); lock.acquire()
    def handler(signum, frame):
        print("handler", signum == signal.SIGINT)
        lock.release()
    signal.signal(signal.SIGINT, handler)
    ready("a lock a handler releases")
    print("acquired:", lock.acquire(timeout=60))
    signal.signal(signal.SIGINT, signal.default_int_handler)

def uncaught():
    lock = threading.Lock(); lock.acquire()
    ready("a lock, uncaught")
    lock.acquire()

for scenario in (lock, lock_timeout, rlock, condition, condition_timeout, event, queue_get, queue_timeout,
                 semaphore, sleep, join, handler_releases):
    try:
        scenario()
    except KeyboardInterrupt:
        print("KeyboardInterrupt outside the wait")
        break
uncaught()
print("not reached")
'''

for busy in sys.argv[1:] or ["alone", "busy"]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, busy], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    out = []
    while True:
        line = child.stdout.readline()
        if not line:
            break
        out.append(line.rstrip("\n"))
        if line.startswith("ready"):
            time.sleep(0.2)  # let it reach the wait
            child.send_signal(signal.SIGINT)
    try:
        child.wait(timeout=60)
    except subprocess.TimeoutExpired:
        child.kill()
        out.append("(did not end)")
    lines = child.stderr.read().strip().splitlines()
    print(busy, child.returncode, lines[-1] if lines else "")
    print("\n".join("  " + line for line in out))
