# Slicing with every step sign, slice assignment (extended and simple), deletion, slice objects and indices().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
base = list(range(10))
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, -3), slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2),
           slice(-1, -11, -3), slice(100, None, -1), slice(-100, 100), slice(5, 5), slice(7, 3), slice(3, 7, -1), slice(None, None, 3)]:
    print(sl, base[sl], 'abcdefghij'[sl], tuple(base)[sl], sl.indices(10), range(10)[sl])
t(lambda: base[::0]), t(lambda: base[1:2:0]), t(lambda: base['a':]), t(lambda: base[:1.5]), t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1).indices(-1)), t(lambda: slice('a').indices(3)), t(lambda: base[::2**70])
a = list(range(10))
a[2:5] = ['x']
print(a)
a[1:1] = 'abc'
print(a)
a[-2:] = []
print(a)
a[:] = range(5)
print(a)
a[::2] = 'ABC'
print(a)
a[::-2] = [7, 8]
print(a)
def ext(v):
    b = list(range(6))
    b[::2] = v
    return b
t(lambda: ext([1, 2])), t(lambda: ext([1, 2, 3, 4])), t(lambda: ext('xyz')), t(lambda: ext(5))
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[::-1]
print(b)
c = list(range(5))
c[1:3] = c
print(c)
d = [1, 2, 3]
d[5:10] = [9]
d[-100:0] = [0]
print(d)
e = [1, 2, 3]
e[1:2] = iter([7, 8, 9])
print(e)
t(lambda: e.__setitem__(slice(None, None, 0), [])), t(lambda: e.__setitem__('a', 1)), t(lambda: e.__delitem__(10)), t(lambda: e[10])
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(5).stop, slice(5).start, repr(slice(1, 'a', None)), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2))), t(lambda: slice()), t(lambda: slice(1, 2, 3, 4))
class Idx:
    def __index__(self):
        return 2
print(base[Idx():Idx() * 3 if False else 6:Idx()], 'abcdef'[Idx():], base[slice(Idx(), None)])
print(base[True:], base[False:True], [1, 2, 3][-1:-4:-1], list(range(20))[slice(None, None, -7)])
