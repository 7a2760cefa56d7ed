# except* inside an except* handler, in loops, and re-raising a group from
# a generator and a function called by the handler.
import sys

def run(f):
    try:
        f()
        print("returned normally")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                ctx = sub.__context__
                print("  sub", repr(sub), "context:", repr(ctx))

def nested_except_star():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])
    except* ValueError as e:
        try:
            raise e
        except* ValueError as e2:
            print("inner", repr(e2))
run(nested_except_star)

def in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("l", [ValueError(i)] * (i + 1))
        except* ValueError as e:
            out.append(len(e.exceptions))
    print(out)
run(in_loop)

def gen():
    try:
        yield 1
    except* ValueError as e:
        yield repr(e)
g = gen()
print(next(g), g.throw(ExceptionGroup("t", [ValueError(5)])))
print(g.close())

def helper():
    raise
def reraise_via_function():
    try:
        raise ExceptionGroup("h", [ValueError(1), TypeError(2)])
    except* ValueError:
        helper()
run(reraise_via_function)
