# Async generators closed early: aclose() awaiting in finally, after an
# exception in the async for body, before starting, after finishing.
class Tick:
    def __await__(self):
        return (yield "tick")

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value
        except BaseException as e:
            return ticks, f"{type(e).__name__}: {e}"

async def agen(log):
    try:
        for i in range(5):
            yield i
    finally:
        await Tick()
        log.append("cleaned up")

async def early_return(log):
    g = agen(log)
    async for x in g:
        if x == 2:
            await g.aclose()
            return x
print(run(early_return(log := [])), log)

async def body_raises():
    g = agen(log := [])
    try:
        async for x in g:
            raise KeyError(x)
    finally:
        await g.aclose()
        print("closed after raise", log)
print(run(body_raises()))

async def close_states():
    log = []
    fresh = agen(log)
    await fresh.aclose()
    print("fresh closed", log, fresh.ag_frame)
    g = agen(log)
    print([x async for x in g], log)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after end")
    return "ok"
print(run(close_states()))
