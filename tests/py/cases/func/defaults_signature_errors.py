# Function objects: __defaults__/__kwdefaults__ mutation, call-binding error messages, attributes, keyword-only and positional-only.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, f.__name__, f.__qualname__, f.__module__, f.__doc__, sorted(f.__globals__) == sorted(globals()))
t(lambda: f(1, d=4)), t(lambda: f(1, 2, 3, 4, 5, d=6, z=7)), t(lambda: f()), t(lambda: f(1)), t(lambda: f(1, b=2, d=3))
t(lambda: f(1, c=1, d=2, c2=3)), t(lambda: f(1, 2, 3, c=4, d=5)), t(lambda: f(a=1, d=2))
f.__defaults__ = (20, 30)
f.__kwdefaults__ = {'d': 'D', 'e': 'E'}
print(f(1), f.__defaults__)
f.__defaults__ = None
t(lambda: f(1, d=1))
t(lambda: setattr(f, '__defaults__', [1])), t(lambda: setattr(f, '__kwdefaults__', 5)), t(lambda: setattr(f, '__name__', 5))
def g(x, y):
    return x + y
t(lambda: g(1)), t(lambda: g(1, 2, 3)), t(lambda: g(1, x=1)), t(lambda: g(1, 2, z=3)), t(lambda: g(*[1], **{'y': 2})), t(lambda: g(**{'x': 1, 'y': 2, 'z': 3}))
t(lambda: g(1, **{'y': 2}, **{'y': 3})), t(lambda: g(*1)), t(lambda: g(**[])), t(lambda: g(**{1: 2}))
def h(*, only):
    return only
t(lambda: h(1)), t(lambda: h()), t(lambda: h(only=1, other=2))
def noargs():
    pass
t(lambda: noargs(1)), t(lambda: noargs(x=1))
def many(a, b, c, d):
    pass
t(lambda: many(1)), t(lambda: many(1, 2)), t(lambda: many(1, 2, 3, 4, 5, 6))
def pos_only(a, b, /):
    return a, b
t(lambda: pos_only(1, b=2)), t(lambda: pos_only(a=1, b=2))
def kw_collect(a, /, **kw):
    return a, kw
print(kw_collect(1, a=2))
f2 = lambda x=[]: x.append(1) or x
print(f2(), f2(), f2.__defaults__, (lambda: 0).__name__, (lambda: 0).__qualname__)
g.attr = 'custom'
print(g.__dict__, g.attr, hasattr(g, 'nope'), type(g.__code__).__name__, g.__closure__, callable(g))
def outer():
    v = 1
    def inner():
        return v
    return inner
inn = outer()
print(len(inn.__closure__), inn.__closure__[0].cell_contents, inn.__code__.co_freevars, outer.__code__.co_cellvars, inn.__qualname__)
def annotated(a: int, b: 'str' = 'x') -> list:
    pass
print(annotated.__annotations__)
import functools
@functools.wraps(g)
def wrapper(*a):
    return g(*a)
print(wrapper.__name__, wrapper.__wrapped__ is g, wrapper(1, 2))
t(lambda: g.__code__.replace(co_name='renamed').co_name)
def deco_order():
    log = []
    def d1(fn):
        log.append('d1')
        return fn
    def d2(fn):
        log.append('d2')
        return fn
    @d1
    @d2
    def target():
        pass
    return log
print(deco_order())
