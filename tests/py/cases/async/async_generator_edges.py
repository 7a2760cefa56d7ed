# Async generators and coroutines: StopIteration/StopAsyncIteration conversion, athrow/aclose states, ag_ attributes.
import types


def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value


async def raises_stop():
    yield 1
    raise StopIteration('x')


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def collect(agen):
    out = []
    async for v in agen:
        out.append(v)
    return out


for maker in [raises_stop, raises_stop_async]:
    try:
        print(drive(collect(maker())))
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)


async def coro_raises_stop():
    raise StopIteration('inside coroutine')

try:
    drive(coro_raises_stop())
except RuntimeError as e:
    print('RuntimeError', e)


async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('ag cleanup')

g = ag()
print(type(g).__name__, g.ag_running, g.ag_frame is not None, g.__name__, g.__qualname__, g.ag_code.co_name)
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(g.ag_frame)
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('exhausted after aclose')


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'still here'

g = ignores_exit()
drive(g.__anext__())
try:
    drive(g.aclose())
except RuntimeError as e:
    print('RuntimeError', e)


async def catches():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            yield 'caught ' + str(e)

g = catches()
print(drive(g.asend(None)), drive(g.athrow(ValueError('v1'))), drive(g.asend(None)))
try:
    drive(g.athrow(KeyError('k')))
except KeyError as e:
    print('KeyError', e)

aw = ag().asend(None)
print(type(aw).__name__)
aw.close()
g = ag()
try:
    g.asend(5).send(None)
except TypeError as e:
    print('TypeError', e)


async def returns_value():
    return 42


c = returns_value()
print(type(c).__name__, drive(c))
try:
    drive(c)
except RuntimeError as e:
    print('RuntimeError', e)
c2 = returns_value()
c2.close()
try:
    drive(c2)
except RuntimeError as e:
    print('RuntimeError', e)
c3 = returns_value()
try:
    c3.throw(ValueError('thrown in'))
except ValueError as e:
    print('ValueError', e)
print(c3.cr_frame, c3.cr_code.co_name, c3.cr_await)


async def awaiting():
    await types.coroutine(lambda: (yield 'y'))()
    return 'after'


c4 = awaiting()
print(c4.send(None), c4.cr_await is not None)
try:
    c4.send(None)
except StopIteration as s:
    print('done', s.value)


async def anext_default():
    g = ag()
    a = await anext(g)
    b = await anext(g)
    c = await anext(g, 'default')
    return a, b, c


print(drive(anext_default()))
try:
    anext([])
except TypeError as e:
    print('TypeError', e)
try:
    aiter([])
except TypeError as e:
    print('TypeError', e)


async def async_comp_in_sync_context():
    return [x async for x in ag()], {x async for x in ag()}


print(drive(async_comp_in_sync_context()))


async def gen_in_gen():
    async def inner():
        for i in range(3):
            yield i
    return [x * y async for x in inner() async for y in inner()]


print(drive(gen_in_gen()))
