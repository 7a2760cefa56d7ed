# Bound methods: __func__, __self__, attributes forwarded to the function,
# types.MethodType(); generator.throw(type, value, tb) keeps an instance.
import types

class A:
    def m(self, x=1):
        "method doc"
        return x
a = A()
bm = a.m
print(bm.__func__ is A.m, bm.__self__ is a, bm.__name__, bm.__qualname__, bm.__doc__, bm.__defaults__)
A.m.tag = 'tagged'
print(bm.tag)
try:
    bm.missing
except AttributeError as e:
    print(type(e).__name__, e)
def free(self, y):
    return (self, y)
mt = types.MethodType(free, 'obj')
print(mt(2), type(mt).__name__, mt.__self__)
try:
    types.MethodType(free, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.MethodType(3, 'x')
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', repr(e), e.args)
g = gen()
next(g)
g.throw(KeyError, KeyError('k'))
g.throw(KeyError('direct'))
g.throw(ValueError, 'text')
g.throw(ValueError, ('a', 'b'))
g.throw(ValueError)
g.throw(LookupError, KeyError('sub'))
try:
    g.throw(KeyError('x'), 'value')
except TypeError as e:
    print(type(e).__name__, e)
