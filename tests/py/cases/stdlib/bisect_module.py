# bisect over the native _bisect: left/right searches and insorts with
# lo/hi bounds, key=, non-list sequences, and the errors.
import bisect
import _bisect

print(bisect.bisect_left is _bisect.bisect_left, bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 20, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
          bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 5), bisect.bisect_left(a, x, hi=4),
          bisect.bisect_right(a, x, lo=3, hi=None), bisect.bisect_left(a, x, 0, -1), bisect.bisect_right(a, x, 0, -3))
print(bisect.bisect_left(a, 4, 7, 2), bisect.bisect_right(a, 100, 0, 100) if False else '', bisect.bisect_left([], 1))
print(bisect.bisect_left('acegik', 'f'), bisect.bisect_right((1, 3, 5), 3), bisect.bisect_left(range(0, 100, 3), 50))

records = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]),
      bisect.bisect(records, 8, key=lambda r: r[1]), bisect.bisect_left([1, 2, 3], 2, key=None))

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
    bisect.insort_left(s, x * 10, 0)
print(s)
t = []
for r in [('x', 4), ('y', 1), ('z', 4), ('w', 2)]:
    bisect.insort_left(t, r, key=lambda r: r[1])
    bisect.insort_right(t, (r[0].upper(), r[1]), key=lambda r: r[1])
print(t)


class Seq(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)


q = Seq([1, 3])
bisect.insort(q, 2)
print(q)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v


items = [Loud(i) for i in range(0, 10, 2)]
print(bisect.bisect_left(items, Loud(5)), bisect.bisect_right(items, Loud(4)))


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


show(bisect.bisect_left, a, 1, -1)
show(bisect.bisect_right, a, 1, lo=-5)
show(bisect.bisect_left, a, 'x')
show(bisect.bisect_left, 5, 1)
show(bisect.bisect_left, a, 1, 0, 'x')
show(bisect.bisect_left, [1, 2], 1, 0, 5)
show(bisect.insort, (1, 2), 1)
show(bisect.bisect_left, a, 3, key=len)
