# Generator protocol edge cases: send before start, throw types, close with return/yield, finally, gi_* attributes, re-entrancy.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print('closing with', received)
        raise
    finally:
        print('finally runs')
g = echo()
t(lambda: g.send(1))
print(next(g), g.send('a'), g.send('b'))
g.close()
g.close()
t(lambda: next(g)), t(lambda: g.send(1))
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
            yield 'handled'
c = catcher()
next(c)
print(c.throw(ValueError('boom')), next(c), c.throw(ValueError, 'two'), next(c))
t(lambda: c.throw(KeyError('k')))
t(lambda: next(c))
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 'not allowed'
r = refuses()
next(r)
t(r.close)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'value'
rc = returns_on_close()
next(rc)
print(rc.close())
def gi():
    yield 1
    yield 2
x = gi()
print(x.gi_running, x.gi_frame is not None, x.gi_code.co_name, x.gi_yieldfrom, x.__name__, x.__qualname__)
next(x)
print(x.gi_frame.f_lineno > 0, x.gi_suspended if hasattr(x, 'gi_suspended') else 'n/a')
list(x)
print(x.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
t(lambda: next(me))
def stop_inside():
    yield 1
    raise StopIteration('inner')
t(lambda: list(stop_inside()))
t(lambda: gi().throw(1))
t(lambda: gi().throw(ValueError, ValueError('x'), None))
t(lambda: gi().throw(ValueError('a'), 'b'))
unstarted = gi()
t(lambda: unstarted.throw(KeyError('before start')))
t(lambda: next(unstarted))
def with_return():
    x = yield 1
    return x * 2
w = with_return()
next(w)
try:
    w.send(21)
except StopIteration as e:
    print('returned', e.value)
def delegator():
    result = yield from with_return()
    yield ('delegated result', result)
d = delegator()
print(next(d), d.send(5))
gen_exp = (i * i for i in range(3))
print(type(gen_exp).__name__, list(gen_exp), list(gen_exp), gen_exp.gi_code.co_name)
def lazy_error():
    yield 1
    1 / 0
le = lazy_error()
print(next(le))
t(lambda: next(le))
t(lambda: next(le))
