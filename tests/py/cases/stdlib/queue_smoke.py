# queue: FIFO, LIFO, priority and simple queues across threads, task_done
# and join, timeouts, Full/Empty.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(20):
    q.put(i)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(sorted(results), q.empty(), q.qsize(), q.full())

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put("x")
sq.put_nowait("y")
print(sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())
small = queue.Queue(1)
small.put("only")
for action in ("put_nowait", "put_timeout"):
    try:
        if action == "put_nowait":
            small.put_nowait("more")
        else:
            small.put("more", timeout=0.01)
    except queue.Full:
        print("Full", action)
small.get()
for action in ("get_nowait", "get_timeout"):
    try:
        if action == "get_nowait":
            small.get_nowait()
        else:
            small.get(timeout=0.01)
    except queue.Empty:
        print("Empty", action)
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError", e)
