# Bound methods: identity vs equality and hashing, __func__/__self__/__module__/__name__, types.MethodType, methods as dict keys and set members.
import types
class A:
    def f(self, x=1):
        'f doc'
        return ('f', x)
    def __eq__(self, other):
        return isinstance(other, A)
    __hash__ = object.__hash__
a, b = A(), A()
print(a.f is a.f, a.f == a.f, hash(a.f) == hash(a.f), a.f == b.f, a.f != a.f, a.f.__func__ is A.f, a.f.__self__ is a)
print(a.f.__name__, a.f.__qualname__, a.f.__doc__, a.f.__module__, a.f(), a.f(x=5), A.f(a, 2))
registry = {a.f: 'registered'}
print(registry[a.f], a.f in {a.f}, len({a.f, a.f, b.f}))
m = types.MethodType(lambda self, y: (type(self).__name__, y), a)
print(m(3), m.__self__ is a, type(m) is type(a.f))
def free(self):
    return 'free function bound to ' + type(self).__name__
bound = free.__get__(b, A)
print(bound(), bound.__func__ is free, free.__get__(None, A) is free)
try:
    types.MethodType(5, a)
except TypeError as e:
    print('TypeError', e)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
inc = c.inc
for _ in range(3):
    inc()
print(c.n, inc.__self__.n, [Counter.inc(c) for _ in range(2)])
try:
    a.f.new_attr = 1
except AttributeError as e:
    print('AttributeError', e)
A.f.tag = 'on function'
print(a.f.tag)
print(getattr(a.f, '__defaults__'), a.f.__code__.co_name, callable(a.f), repr(a.f).startswith('<bound method A.f of'))
