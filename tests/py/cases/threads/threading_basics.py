# threading over _thread: Thread/join, Lock, queue.Queue between a producer
# and a consumer, ThreadPoolExecutor, Event, an exception in a thread
# (reported by threading.excepthook), active_count at the end.
import threading, queue
from concurrent.futures.thread import ThreadPoolExecutor
total = 0
lock = threading.Lock()
def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1
ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("total", total)
q = queue.Queue()
def producer():
    for i in range(100): q.put(i)
    q.put(None)
out = []
def consumer():
    while (item := q.get()) is not None: out.append(item)
a, b = threading.Thread(target=producer), threading.Thread(target=consumer)
a.start(); b.start(); a.join(); b.join()
print("queue", sum(out), len(out))
with ThreadPoolExecutor(max_workers=3) as ex:
    print("pool", list(ex.map(lambda x: x * x, range(10))))
ev = threading.Event(); cond = threading.Condition()
def waiter():
    ev.wait(); print("event seen")
t = threading.Thread(target=waiter); t.start(); ev.set(); t.join()
def boom(): raise ValueError("in thread")
t = threading.Thread(target=boom, name="Boom"); t.start(); t.join()
print("active", threading.active_count(), threading.current_thread().name)
