# Tuples: packing, unpacking, indexing, slicing, comparison, nesting.
t = (1, 'two', 3.0, None, True)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2])
empty = ()
single = (5,)
print(empty, single, len(empty), len(single), (5), ((1, 2),))
a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
p = 4, 5
print(p, p + (6,), p * 3, 2 * p)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) != (2, 1))
print(3 in (1, 2, 3), 4 not in (1, 2, 3), 'two' in t)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0], len(nested))
points = [(3, 1), (1, 2), (2, 0), (1, 1)]
print(sorted(points))
for px, py in points:
    print(px * py, end=' ')
print()


def minmax(seq):
    return min(seq), max(seq)


lo, hi = minmax([4, 8, -2, 7])
print(lo, hi, minmax('hello'))
print(t.index('two'), (1, 2, 1, 1).count(1))
print(repr((1,)), str(('a', "b'c")), repr(((),)))
words = ('b', 'c', 'a')
print(sorted(words), max(words), min(words), sum((1, 2, 3)))
for i, item in enumerate(t):
    print(i, repr(item))
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
print('done', t[1][::-1])
