# functools: wraps, partial, reduce, lru_cache, cache, total_ordering,
# cached_property, cmp_to_key.
import functools
from functools import wraps, partial, reduce, lru_cache, total_ordering, cached_property, cmp_to_key

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        "wrapper doc"
        return f(*a, **k) * 2
    return wrapper

@deco
def double_me(x):
    "original doc"
    return x + 1
print(double_me(3), double_me.__name__, double_me.__doc__, double_me.__wrapped__(3), double_me.__qualname__)

p = partial(pow, 2)
print(p(10), p.func is pow, p.args, p.keywords)
def kw(a, b=1, *, c=2):
    return (a, b, c)
p2 = partial(kw, 1, c=5)
print(p2(), p2(9), p2(c=0), p2.keywords)
p3 = partial(p2, 7)
print(p3(), p3.args)
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(1)
except TypeError as e:
    print(type(e).__name__, e)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(max, [])
except TypeError as e:
    print(type(e).__name__, e)

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x
calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    square(v)
print(calls, square.cache_info())

@functools.cache
def ident(x):
    return x
print(ident(5), ident.cache_info().hits)

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) >= Version(2), Version(1) > Version(1))

class Lazy:
    def __init__(self):
        self.count = 0
    @cached_property
    def value(self):
        self.count += 1
        return 42
obj = Lazy()
print(obj.value, obj.value, obj.count)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(functools.partialmethod.__name__, functools.WRAPPER_ASSIGNMENTS)
