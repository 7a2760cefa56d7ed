# tuple hashing/comparison, namedtuple-like behaviour, range and slice objects in depth.
t = (1, 'a', (2, 3))
print(hash(t) == hash((1, 'a', (2, 3))), t < (1, 'b'), t.count(1), t.index('a'), t[1:], t * 2, () + t, (1,) * 0)
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash(((),)))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
try:
    t.index(99)
except ValueError as e:
    print('ValueError', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
print(tuple('abc'), tuple(range(3)), tuple({1: 2}), tuple(x for x in 'xy'), repr((1,)), repr(()), str(('a',)))
import collections
P = collections.namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, p.x, p[1], hash(p) == hash((1, 0)), isinstance(p, tuple))
try:
    P()
except TypeError as e:
    print('TypeError', e)
r = range(-10, 10, 3)
print(list(r), len(r), r[2], r[-1], r[1:3], r[::-1], r.index(-4), -4 in r, -5 in r, 3.0 in r, r.count(2))
print(range(0), range(5)[::2], range(10)[-3:], range(0, -5, -1)[1], list(range(5, 0, -2)), range(3) == range(3), range(0) == range(2, 2))
print(repr(range(0, 5)), repr(range(1, 5, 2)), hash(range(0)) == hash(range(5, 5)), len(range(10 ** 20)), range(10 ** 20)[-1])
for bad in [lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(5)[10], lambda: range(3).index(5)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
s = slice(1, None, -1)
print(s, s.indices(10), slice(None, None, None).indices(0), slice(-3, -1).indices(5), slice(10, 20, 3).indices(15))
print(slice(1, 2) == slice(1, 2), slice(1) < slice(2), repr(slice('a', 'b')), [1, 2, 3, 4][slice(1, 3)], 'abcdef'[slice(None, None, 2)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    hash(slice(1))
except TypeError as e:
    print('TypeError', e)
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3][Idx()], [0, 1, 2, 3][Idx():], 'abcd'[:Idx()], range(10)[Idx()], (5, 6, 7)[Idx()])
a, *b, c = range(5)
(d, e), f = 'xy', 'z'
print(a, b, c, d, e, f)
try:
    g, h = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    g, h, i = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    g, *h, i = [1]
except ValueError as e:
    print('ValueError', e)
