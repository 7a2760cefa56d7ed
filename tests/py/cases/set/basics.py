# set and frozenset: CPython's iteration order, algebra, comparisons, frozenset hashing, mutation during iteration.
print({3, 1, 2}, set([10, 2, 33, 4, 5, 100, 7]), set("hello") == set("olleh"))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.union([9, 8]), a.intersection(b, {4}))
s = set()
for i in range(20):
    s.add(i * 7 % 13)
print(s, len(s), sorted(s)[:3])
s.discard(0); s.remove(7)
print(s, 5 in s, 7 in s)
fs = frozenset([1, 2, 3])
print(fs, hash(fs) == hash(frozenset([3, 2, 1])), {fs: 1}[frozenset({1, 2, 3})])
print(set([(1, 2), (3, 4)]), {x % 5 for x in range(20)}, set(range(100)) == set(range(99, -1, -1)))
c = a.copy(); c.update({50, 60}, [70])
print(c, a)
try:
    {1}.remove(9)
except KeyError as e:
    print('KeyError', e)
try:
    for x in c:
        c.add(x + 1000)
except RuntimeError as e:
    print(e)
print(set(), frozenset(), {1.5, 2.5}, {'x'} - {'x'}, a.isdisjoint({99}))
