# throw() into a generator suspended in `yield from`, and into a coroutine
# suspended in `await`: the traceback runs through every delegating frame.
def leaf():
    yield 1

def middle():
    yield from leaf()

def top():
    return (yield from middle())

class Step:
    def __await__(self):
        yield "step"

async def inner():
    await Step()

async def outer():
    try:
        await inner()
    except KeyError as e:
        raise RuntimeError("converted") from e

c = outer()
c.send(None)
try:
    c.throw(KeyError("from throw"))
except RuntimeError:
    pass
g = top()
next(g)
g.throw(ValueError("thrown"))
