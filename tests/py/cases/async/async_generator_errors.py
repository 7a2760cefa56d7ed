# Async generator error paths: reusing awaitables, concurrent anext, aclose
# of a generator that ignores GeneratorExit, StopAsyncIteration inside.
def run(coro):
    value = None
    while True:
        try:
            coro.send(value)
        except StopIteration as e:
            return e.value
        except BaseException as e:
            return f"{type(e).__name__}: {e}"

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, type(e).__name__, e)

async def simple():
    yield 1
    yield 2

g = simple()
aw = g.__anext__()
attempt("first", lambda: aw.send(None))
attempt("reuse", lambda: aw.send(None))
attempt("reuse throw", lambda: aw.throw(ValueError))
aw2 = g.asend(None)
attempt("close awaitable", lambda: aw2.close())
attempt("after close", lambda: aw2.send(None))
attempt("repr types", lambda: (type(g.asend(None)).__name__, type(g.aclose()).__name__))

async def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            yield "ignored"

async def close_stubborn():
    s = stubborn()
    await s.__anext__()
    await s.aclose()
print(run(close_stubborn()))

async def raises_stop():
    yield 1
    raise StopAsyncIteration("bad")

async def consume(agen):
    return [x async for x in agen]
print(run(consume(raises_stop())))

async def raises_stop_iteration():
    yield 1
    raise StopIteration("worse")
print(run(consume(raises_stop_iteration())))

class Pause:
    def __await__(self):
        yield "paused"

async def slow():
    await Pause()
    yield "slow value"

s = slow()
first = s.__anext__()
attempt("start", lambda: first.send(None))
attempt("running", lambda: s.ag_running)
attempt("second anext", lambda: s.__anext__().send(None))
attempt("athrow running", lambda: s.athrow(ValueError).send(None))
attempt("finish first", lambda: first.send(None))
attempt("ag_await", lambda: s.ag_await)
attempt("bad athrow", lambda: simple().athrow(5).send(None))
attempt("non-None", lambda: simple().aclose().send(3))
attempt("asend non-None", lambda: simple().asend(3).send(None))
attempt("iterate", lambda: iter(simple()))
def delegate():
    yield from simple()
attempt("yield from agen", lambda: list(delegate()))
