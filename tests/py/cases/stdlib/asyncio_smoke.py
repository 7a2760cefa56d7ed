# asyncio basics: run, tasks, gather, sleep, wait_for with a timeout, queues,
# Lock/Event/Semaphore/Condition, run_in_executor, call_soon/call_later order.
import asyncio


async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def test_gather():
    log = []
    results = await asyncio.gather(worker("c", 0.06, log), worker("a", 0.01, log), worker("b", 0.035, log))
    print("gather", results, log)
    res = await asyncio.gather(worker("x", 0, log), asyncio.sleep(0, "v"), return_exceptions=True)
    print("gather2", res)

    async def boom():
        raise ValueError("boom")
    res = await asyncio.gather(boom(), worker("y", 0, log), return_exceptions=True)
    print("gather3", [type(r).__name__ for r in res])


async def test_tasks():
    log = []
    t = asyncio.create_task(worker("t", 0.01, log), name="my-task")
    print("task name", t.get_name(), t.done())
    r = await t
    print("task result", r, t.done(), t.result())

    async def forever():
        await asyncio.sleep(10)
    t2 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", t2.cancelled())
    print("current task is Task:", isinstance(asyncio.current_task(), asyncio.Task))


async def test_wait_for():
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.02)
    except asyncio.TimeoutError:
        print("timeout ok")
    r = await asyncio.wait_for(worker("w", 0.001, []), timeout=1)
    print("wait_for", r)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, n)) for n in range(3)])
    print("wait", sorted(t.result() for t in done), len(pending))
    for coro in asyncio.as_completed([asyncio.sleep(0.05, "slow"), asyncio.sleep(0.001, "fast")]):
        print("as_completed", await coro)


async def test_queue():
    q = asyncio.Queue(maxsize=2)
    out = []

    async def producer():
        for i in range(6):
            await q.put(i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            out.append(item * item)

    await asyncio.gather(producer(), consumer())
    await q.join()
    print("queue", out, q.empty(), q.qsize())
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    print("pq", [pq.get_nowait() for _ in range(3)])
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


async def test_sync():
    lock = asyncio.Lock()
    event = asyncio.Event()
    counter = [0]
    order = []

    async def inc(n):
        async with lock:
            v = counter[0]
            await asyncio.sleep(0)
            counter[0] = v + 1
            order.append(n)

    await asyncio.gather(*(inc(i) for i in range(5)))
    print("lock", counter[0], order, lock.locked())

    async def waiter():
        await event.wait()
        return "woken"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.001)
    print("event set?", event.is_set(), t.done())
    event.set()
    print("waiter", await t)

    sem = asyncio.Semaphore(2)
    active = [0, 0]

    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("semaphore max", active[1])

    cond = asyncio.Condition()
    items = []

    async def consume():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    async def produce():
        await asyncio.sleep(0.001)
        async with cond:
            items.append(42)
            cond.notify()
    print("condition", (await asyncio.gather(consume(), produce()))[0])


def blocking(x):
    return sum(range(x))


async def test_executor():
    from concurrent.futures.thread import ThreadPoolExecutor
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(2) as pool:
        r = await loop.run_in_executor(pool, blocking, 1000)
        print("executor", r)
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(5)))
        print("executor gather", rs)


async def test_callbacks():
    loop = asyncio.get_running_loop()
    order = []
    fut = loop.create_future()
    loop.call_later(0.01, order.append, "later")
    loop.call_soon(order.append, "soon1")
    loop.call_soon(order.append, "soon2")
    loop.call_later(0.02, fut.set_result, "fut")
    print("future", await fut, order)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: order.append(("cb", f.result())))
    fut2.set_result(7)
    await asyncio.sleep(0)
    print("callbacks", order[-1])


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    await test_gather()
    await test_tasks()
    await test_wait_for()
    await test_queue()
    await test_sync()
    await test_executor()
    await test_callbacks()
    print("async gen", [x async for x in agen(4)])
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(asyncio.sleep(0, 1), debug=False)
    print("second run ok")
except Exception as e:
    print("error", e)
