# asyncio tasks in depth: TaskGroup and exception groups, asyncio.timeout,
# shield, cancellation with messages, context variables per task, Barrier,
# work handed in from other threads (call_soon_threadsafe,
# run_coroutine_threadsafe), Runner, and legacy generator-based coroutines.
import asyncio
import contextvars
import threading
import types

request_id = contextvars.ContextVar("request_id", default="none")


async def step(n, fail=False):
    await asyncio.sleep(0.001 * n)
    if fail:
        raise ValueError(f"step {n} failed")
    return n * n


async def task_groups():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(step(i)) for i in range(4)]
    print("taskgroup", [t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step(1, fail=True))
            tg.create_task(step(5000, fail=True))  # cancelled before it fails
            slow = tg.create_task(asyncio.sleep(10))
    except* ValueError as eg:
        print("group", sorted(str(e) for e in eg.exceptions), slow.cancelled())


async def timeouts():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout cm")
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline", cm.when(), cm.expired())
    inner = asyncio.ensure_future(step(50))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.0001)
    except asyncio.TimeoutError:
        print("shielded still running:", not inner.cancelled())
    print("shield result", await inner == 2500)


async def cancellation():
    started = asyncio.Event()
    log = []

    async def victim():
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log.append(("cancelled with", e.args))
            raise
        finally:
            log.append("cleanup")

    t = asyncio.create_task(victim())
    await started.wait()
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("cancel", log, t.cancelled())

    async def uncancel():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(uncancel())
    await asyncio.sleep(0)
    t.cancel()
    print("swallow", await t, t.cancelled())


async def context_vars():
    async def handler(n):
        request_id.set(f"req-{n}")
        await asyncio.sleep(0.001 * (3 - n))
        return request_id.get()
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print("contextvars", results, request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    t = asyncio.get_running_loop().create_task(handler(9), context=ctx)
    print("task context", await t, ctx[request_id])


async def barrier():
    b = asyncio.Barrier(3)
    order = []

    async def party(n):
        await asyncio.sleep(0.001 * n)
        order.append(("arrive", n))
        pos = await b.wait()
        order.append("through")
        return pos
    positions = await asyncio.gather(*(party(i) for i in range(3)))
    print("barrier", sorted(positions), order[:3], order.count("through"))


async def from_threads():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def worker():
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    threading.Thread(target=worker).start()
    print("threadsafe", await fut)

    results = []

    def submitter():
        cf = asyncio.run_coroutine_threadsafe(step(2), loop)
        results.append(cf.result(timeout=5))
    t = threading.Thread(target=submitter)
    t.start()
    while not results:
        await asyncio.sleep(0.001)
    t.join()
    print("run_coroutine_threadsafe", results)


@types.coroutine
def legacy_sleep():
    yield


async def legacy():
    await legacy_sleep()
    print("types.coroutine awaited")


async def aiter_protocol():
    class Ticker:
        def __init__(self, n):
            self.n = n

        def __aiter__(self):
            return self

        async def __anext__(self):
            if self.n == 0:
                raise StopAsyncIteration
            self.n -= 1
            await asyncio.sleep(0)
            return self.n

    class Managed:
        async def __aenter__(self):
            print("enter")
            return self

        async def __aexit__(self, *exc):
            print("exit", exc[0].__name__ if exc[0] else None)
            return True

    print("ticker", [n async for n in Ticker(3)])
    async with Managed():
        raise KeyError("suppressed")


async def remaining_tasks():
    print("all tasks done:", len(asyncio.all_tasks()))


# One run per section: after a TaskGroup that failed, the task's cancel count
# differs between the 3.11 patch releases (pystm runs Debian's 3.11.2 library).
for section in (task_groups, timeouts, cancellation, context_vars, barrier, from_threads, legacy, aiter_protocol,
                remaining_tasks):
    asyncio.run(section())
with asyncio.Runner() as runner:
    print("runner", runner.run(step(4)), runner.run(step(5)))
loop = asyncio.new_event_loop()
print("loop", loop.run_until_complete(step(1)), loop.is_running(), loop.is_closed())
loop.close()
print("closed", loop.is_closed())
