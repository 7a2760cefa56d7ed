# Errors at the end of a `yield from`: a sub-generator that ignores
# GeneratorExit, one that raises StopIteration (PEP 479), throw() arguments.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def holder():
    yield from stubborn()
h = holder()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError", e)

def finishing():
    yield 1
    raise StopIteration("x")
def holder2():
    return (yield from finishing())
h2 = holder2()
next(h2)
try:
    next(h2)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

def plain():
    yield 1
for args in ((ValueError, ValueError("same")), (ValueError("x"), "extra"), (5,), (ValueError, None, 3),
             (KeyError, ("a",)), (ValueError, 7)):
    g = plain()
    next(g)
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
