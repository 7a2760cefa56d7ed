# Async generators driven by a tiny hand-written event loop: async for,
# __anext__/asend/athrow/aclose, values passing through inner awaits.
class Sleep:
    """An awaitable that suspends once, handing `tag` to the loop."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return ("woke", self.tag, got)

def run(coro):
    steps = []
    value = None
    while True:
        try:
            tag = coro.send(value)
        except StopIteration as e:
            print("loop steps:", steps)
            return e.value
        steps.append(tag)
        value = len(steps)

async def ticker(n):
    for i in range(n):
        woke = await Sleep(f"t{i}")
        yield i, woke

async def consume():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out
print(run(consume()))

async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo finally", received)

async def drive():
    g = echo()
    print(await g.__anext__())
    print(await g.asend("a"), await g.asend("b"))
    print(g.ag_running, type(g).__name__, g.__name__)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    return "done"
print(run(drive()))

async def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield 3

async def throw_into():
    g = catcher()
    print(await g.asend(None))
    print(await g.athrow(ValueError("boom")))
    print(await g.athrow(ValueError, "second") if False else await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    print(await g.athrow(TypeError("after end")))
print(run(throw_into()))

async def comprehensions():
    a = [x async for x in ticker(2)]
    b = {k: v async for k, v in ticker(2)}
    c = [y for y in range(3) if y]
    return a, b, c
print(run(comprehensions()))
