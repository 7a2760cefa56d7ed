# throw() and close() into a generator suspended in `yield from`: delegated
# to the sub-generator (or to an iterator's throw/close methods), the
# sub-iterator's return value or exception ends the yield from.
def inner(log):
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        log.append(f"inner caught {e}")
        return "inner result"
    except GeneratorExit:
        log.append("inner closed")
        raise
    finally:
        log.append("inner finally")

def outer(log):
    try:
        r = yield from inner(log)
        log.append(f"yield from gave {r}")
        yield "after"
    except KeyError as e:
        log.append(f"outer caught {e!r}")
        yield "outer handled"
    finally:
        log.append("outer finally")

for action in ("value", "key", "close", "type"):
    log = []
    g = outer(log)
    print(next(g), g.gi_yieldfrom.__name__, g.gi_running)
    try:
        if action == "value":
            print(g.throw(ValueError("v")))
        elif action == "key":
            print(g.throw(KeyError("k")))
        elif action == "close":
            print(g.close())
        else:
            g.throw(TypeError, "t")
    except Exception as e:
        print("raised", type(e).__name__, e)
    print(action, log, g.gi_yieldfrom)

class Iter:
    def __init__(self, has_methods):
        self.n = 0
        if has_methods:
            self.throw = lambda *a: (print("Iter.throw", [type(x).__name__ for x in a]), 99)[1]
            self.close = lambda: print("Iter.close")
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n

def wrapper(it):
    try:
        yield from it
    except ValueError:
        print("wrapper saw ValueError")
        yield "w"

for methods in (True, False):
    g = wrapper(Iter(methods))
    next(g)
    print(g.throw(ValueError("x")))
    g.close()
