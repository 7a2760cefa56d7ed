# The interpreter's and rich_compare's fast paths (exact floats, exact
# tuples, list slices) must behave exactly as the generic protocol.
nan = float('nan')
print(nan < nan, nan <= nan, nan == nan, nan != nan, nan > 1.0, 1.5 >= 1.5)
print((1, nan) < (1, nan), (1, nan) == (1, nan), (nan,) != (nan,))
t = (nan,)
print(t == t, [t] == [t])              # identity shortcut per element
print((1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 'a') <= (1, 'a'))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([3.5, -0.0, 0.0, 2.25, -7.0]))


class T(tuple):
    def __lt__(self, other):
        return 'T.__lt__'


print((1,) < T((2,)), T((2,)) < (1,))   # the subclass's reflected method wins
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    (1.0,) < ('x',)
except TypeError as e:
    print('TypeError:', e)

a = list(range(10))
print(a[2:7], a[::-1], a[8:2:-2], a[-3:], a[:100], a[5:1], a[::3])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[:0] = (1, 2)
print(b)
b[::2] = range(len(b[::2]))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a['x':] = []
except TypeError as e:
    print('TypeError:', e)
try:
    print(a[1.5:])
except TypeError as e:
    print('TypeError:', e)
c = [0, 1, 2, 3]
c[:3] = c[2::-1]
print(c)
c[1:1] = c
print(c)
del c[::2]
print(c)


class L(list):
    def __getitem__(self, k):
        return ('L', k)

    def __setitem__(self, k, v):
        print('L set', k, v)


l = L([1, 2, 3])
print(l[1:2])
l[0:1] = [9]
