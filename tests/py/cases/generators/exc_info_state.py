# Each generator keeps the exception it is handling while suspended; when it
# handles none, sys.exc_info() inside it shows what its caller handles.
import sys

def show():
    return repr(sys.exc_info()[1])

def g():
    print("start", show())
    try:
        raise ValueError("inside")
    except ValueError:
        yield show()
        yield show()
    yield show()
    try:
        raise TypeError("again")
    except TypeError as e:
        yield repr(e.__context__)

it = g()
print(next(it), show())
try:
    raise KeyError("outer")
except KeyError:
    print(next(it), show())
    print(next(it), show())
    print(next(it), show())
print(show())

def reraiser():
    try:
        yield
    except ZeroDivisionError:
        yield "caught"
    raise

r = reraiser()
next(r)
print(r.throw(ZeroDivisionError("z")))
try:
    raise OSError("handled by caller")
except OSError:
    try:
        next(r)
    except Exception as e:
        print("bare raise in generator:", type(e).__name__, e)

def ctx():
    yield
    raise RuntimeError("from generator")
c = ctx()
next(c)
try:
    raise LookupError("caller")
except LookupError:
    try:
        next(c)
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))

async def coro():
    return show()
try:
    raise IndexError("around coroutine")
except IndexError:
    try:
        coro().send(None)
    except StopIteration as stop:
        print("coroutine sees", stop.value)
