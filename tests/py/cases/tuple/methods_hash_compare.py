# tuple: hashing (equal tuples hash equal), comparisons, count/index, repetition/concat, subclass and constructor edge cases.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = (1, 2, 3, 2)
print(a.count(2), a.index(2), a.index(2, 2), a.index(3, -2), hash(a) == hash((1, 2, 3, 2)), hash((1, 2.0)) == hash((1.0, 2)))
t(lambda: a.index(9)), t(lambda: a.index(1, 1)), t(lambda: hash((1, [2]))), t(lambda: a.count()), t(lambda: a[4]), t(lambda: a['x'])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 'a') == (1, 'a'), (1,) == [1], (1, 2) != (2, 1))
t(lambda: (1, 'a') < (1, 2)), t(lambda: (1,) < [1]), t(lambda: () + []), t(lambda: (1,) * 1.5)
print((1,) * 3, 3 * (0,), () * 5, (1, 2) + (3,), tuple('ab'), tuple([1]), tuple(range(3)), tuple(), tuple({'k': 1}), tuple(x for x in 'xy'))
x = (1, 2)
print(tuple(x) is x, x * 1 is x, x + () is x, tuple() == (), (x,) * 0)
t(lambda: tuple(1)), t(lambda: tuple([], [])), t(lambda: x.__setitem__(0, 1))
try:
    x[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    del x[0]
except TypeError as e:
    print('TypeError', e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point' + super().__repr__()
p = Point(3, 4)
print(p, p.x, p + (5,), type(p + (5,)).__name__, p[::-1], type(p[:]).__name__, len(p), hash(p) == hash((3, 4)), p == (3, 4))
nested = ((1, (2, [3])),)
nested[0][1][1].append(4)
print(nested, repr((1,)), repr(()), repr(((),)), str((1, 'a', None)), (1, 2, 3)[::-1], (1, 2, 3)[5:], (1, 2, 3)[-5:2])
big = tuple(range(1000))
print(big[500], big.index(999), big.count(5), len(big[::7]), 999 in big, -1 in big, sum(big))
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
q = Pt(1, y=2)
print(q, q.x, q._replace(x=9), q._asdict(), Pt._fields, Pt._make([5, 6]), q == (1, 2), isinstance(q, tuple))
t(lambda: Pt(1)), t(lambda: Pt(1, 2, 3)), t(lambda: q._replace(z=1)), t(lambda: namedtuple('Bad', 'x x')), t(lambda: namedtuple('Bad', 'def'))
