# list.sort / sorted: runs, stability, the per-type comparisons chosen from
# the keys, exceptions, and the list being empty while it is sorted.
import random

rng = random.Random(1234)


def check_sorted(values, key=None, reverse=False):
    got = sorted(values, key=key, reverse=reverse)
    # Stability and order, checked independently of the sort: decorate with
    # the original index and compare neighbours.
    k = key or (lambda v: v)
    dec = sorted(range(len(values)), key=lambda i: k(values[i]), reverse=reverse)
    return got, [values[i] for i in dec] == got


# Runs: ascending, descending, equal keys in descending runs, sawtooth.
for n in (0, 1, 2, 3, 31, 32, 63, 64, 65, 200, 1000, 5000):
    asc = list(range(n))
    desc = asc[::-1]
    saw = [i % 17 for i in range(n)]
    rnd = [rng.randrange(n + 1) for _ in range(n)]
    for data in (asc, desc, saw, rnd):
        a = list(data)
        a.sort()
        b = list(data)
        b.sort(reverse=True)
        print(n, a == sorted(data), b == a[::-1], a[:5], b[:5])

# Stability with keys, forward and reversed.
pairs = [(rng.randrange(10), i) for i in range(3000)]
by_first = sorted(pairs, key=lambda p: p[0])
print(by_first[:8], by_first[-8:])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
desc_equal = [(5 - i // 100, i) for i in range(600)]
print(sorted(desc_equal, key=lambda p: p[0])[:5], sorted(desc_equal, key=lambda p: p[0])[-3:])

# Key kinds: small ints, big ints, mixed ints, floats, mixed numbers, strs of
# every width, bools, tuples with each kind first, tuples of unequal length.
big = [rng.randrange(-2**80, 2**80) for _ in range(500)]
small = [rng.randrange(-1000, 1000) for _ in range(500)]
floats = [rng.uniform(-1e6, 1e6) for _ in range(500)] + [0.0, -0.0, float('inf'), -float('inf')]
strs = [''.join(rng.choice('ab\xe9\u4e2d\U0001f600') for _ in range(rng.randrange(6))) for _ in range(500)]
mixed_numbers = small[:100] + floats[:100] + big[:100] + [True, False]
for data in (big, small, big + small, floats, mixed_numbers, strs, [True, False, True, 0, 1]):
    got, ok = check_sorted(data)
    print(ok, got[:4], got[-4:])
tuples = [(rng.randrange(5), rng.choice('xyz'), i) for i in range(800)]
print(check_sorted(tuples)[1], sorted(tuples)[:6])
print(sorted([(1.5, 'b'), (1.5, 'a'), (0.5, 'z'), (-0.0, 1), (0.0, 0)]))
print(sorted([('b', 2), ('a', 3), ('b', 1), ('a',), ('a', 3, 0), ()]))
print(sorted([(2,), (1, 2), (1,), (1, 1, 1), (2, 0)]))
print(sorted([(10**30, 1), (5, 2), (10**30, 0), (-10**30, 9)]))
print(sorted([[3, 1], [2], [3, 0], []]))
print(sorted(['b', 'a', 'B', '\xe9', 'A\u4e2d', 'A'], reverse=True))
print(sorted(['pear', 'fig', 'apple', 'kiwi'], key=len))

# NaN in tuple first items: the same NaN object counts as equal to itself.
nan = float('nan')
print(sorted([(nan, 2), (nan, 1)]))

# User comparisons: __lt__ only, reflected __gt__ only, and a mix of types
# that cannot be ordered.
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Lt(%r)' % self.v

class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'Gt(%r)' % self.v

print(sorted([Lt(3), Lt(1), Lt(2), Lt(1)]))
print(sorted([Gt(3), Gt(1), Gt(2)]))
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError', e)

# An exception from __lt__ part way: the error propagates and the list still
# holds every element.
class Boom:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Boom.count += 1
        if Boom.count == 40:
            raise RuntimeError('boom at 40')
        return self.v < other.v

items = [Boom(rng.randrange(100)) for _ in range(100)]
try:
    items.sort()
except RuntimeError as e:
    print('RuntimeError', e)
print(len(items), sorted(b.v for b in items) == sorted(b.v for b in items[:]))

# A key function that raises: the list is unchanged.
data = [3, 1, 2, 0]
def bad_key(v):
    if v == 2:
        raise KeyError(v)
    return v
try:
    data.sort(key=bad_key)
except KeyError as e:
    print('KeyError', e)
print(data)

# The list is empty while it is sorted; changing it is a ValueError, and the
# list ends sorted.
seen = []
data = [5, 3, 4]
def peek(v):
    seen.append(len(data))
    return v
data.sort(key=peek)
print(seen, data)
data = [5, 3, 4]
def grow(v):
    data.append(v)
    return v
try:
    data.sort(key=grow)
except ValueError as e:
    print('ValueError', e)
print(data)

# Subclasses sort through the same path.
class MyList(list):
    pass
m = MyList([3, 1, 2])
m.sort(reverse=True)
print(type(m).__name__, m)
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: (-kv[1], kv[0])))
