# Async comprehensions, async generators and await driven by a tiny loop.
import types


class Sleep:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ('sleep', self.value)
        return got if got is not None else self.value


def run(coro):
    trace = []
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as stop:
            return stop.value, trace
        trace.append(req)
        value = req[1] * 10


async def agen(n):
    for i in range(n):
        v = await Sleep(i)
        yield v


async def main():
    a = [x async for x in agen(3)]
    b = {x: x + 1 async for x in agen(2)}
    c = {x async for x in agen(4) if x % 20 == 0}
    d = [await Sleep(i) for i in range(2)]
    e = [x * y async for x in agen(2) for y in range(2)]
    g = (x async for x in agen(3))
    f = [y async for y in g]
    return a, b, sorted(c), d, e, f, type(g).__name__


print(run(main()))


async def nested():
    return [[x async for x in agen(i)] for i in range(3)]

print(run(nested()))


class AsyncIter:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def uses_class():
    out = []
    async for item in AsyncIter('abc'):
        out.append(item)
    else:
        out.append('else')
    return out, [c async for c in AsyncIter('xy')]

print(run(uses_class()))


async def errors():
    res = []
    try:
        [x async for x in 5]
    except TypeError as e:
        res.append(str(e))
    try:
        async for x in [1]:
            pass
    except TypeError as e:
        res.append(str(e))
    try:
        await 3
    except TypeError as e:
        res.append(str(e))
    return res

print(run(errors()))


@types.coroutine
def legacy():
    x = yield ('legacy', 7)
    return x

async def calls_legacy():
    return await legacy()

print(run(calls_legacy()))

# async generator asend/athrow/aclose driven manually
async def ag():
    try:
        x = yield 1
        yield x
    except KeyError:
        yield 'caught'
    finally:
        print('ag finally')

g = ag()
def step(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return s.value
print(step(g.asend(None)), step(g.asend('sent')), step(g.athrow(KeyError)))
print(step(g.aclose()))
try:
    step(g.asend(None))
except StopAsyncIteration:
    print('StopAsyncIteration')

c = main()
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.__name__, c.__qualname__)
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
