# async def driven by hand: await chains, async for/with, async generators (asend/athrow/aclose), async comprehensions, coroutine errors.
import types
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got
async def add(a, b):
    await suspend('tick')
    return a + b
async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
print(run(chain()))
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await suspend(self.i)
        return self.i
class ACtx:
    async def __aenter__(self):
        print('aenter')
        return 'ctx'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None)
        return True
async def use_protocols():
    out = []
    async for v in AIter(3):
        out.append(v)
    async with ACtx() as c:
        out.append(c)
        raise ValueError('suppressed')
    out.append([v async for v in AIter(2)])
    out.append({v: v async for v in AIter(2)})
    return out
print(run(use_protocols()))
async def agen():
    try:
        x = yield 1
        print('agen got', x)
        yield 2
    finally:
        print('agen finally')
async def drive_agen():
    g = agen()
    first = await g.asend(None)
    second = await g.asend('sent')
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('agen exhausted')
    g2 = agen()
    await g2.asend(None)
    try:
        await g2.athrow(KeyError('thrown'))
    except KeyError as e:
        print('athrow propagated', e)
    g3 = agen()
    await g3.asend(None)
    await g3.aclose()
    return first, second
print(run(drive_agen()))
async def raises():
    await suspend(0)
    raise RuntimeError('inside coroutine')
try:
    run(raises())
except RuntimeError as e:
    print('RuntimeError', e)
c = add(1, 1)
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.__name__, c.__qualname__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
async def simple():
    return 'simple'
co = simple()
print(run(co))
try:
    run(co)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for x in AIter(1):
        pass
except TypeError as e:
    print('TypeError', e)
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print('TypeError', e)
async def yield_in_async_gen_comp():
    return [x async for x in (y for y in [])] if False else 'ok'
print(run(yield_in_async_gen_comp()))
