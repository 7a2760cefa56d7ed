# array.array: every typecode's range and conversion errors, construction
# from lists/bytes/str/arrays, indexing and slicing, mutation, conversions,
# comparison, repr, and the buffer protocol (bytes(), memoryview, hashlib).
import array
import hashlib
import struct


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is array.array, array.array.__module__)
for code in 'bBhHiIlLqQ':
    a = array.array(code)
    print(code, a.itemsize, a.typecode, repr(a))
    for v in [2**64, 2**63, 2**32, 2**31, 2**16, 300, 255, 127, -1, -128, -129, -2**31 - 1, -2**63 - 1, 'x', 1.5, True]:
        show(array.array, code, [v])
for code in 'fd':
    for v in [1.5, 3, 'x', 2**2000, 1e300, float('nan')]:
        show(array.array, code, [v])
for v in ['a', 'ab', 1, '\U0001f600']:
    show(array.array, 'u', [v])
for args in [('x',), (5,), ('bb',), ('',), ('i', 'abc'), ('i', array.array('u', 'ab')), ('u', array.array('i', [1])),
             ('i', b'abc'), ('h', b'abcd'), ('u', 'abc'), ('d', array.array('i', [1, 2])), ('b', range(5)),
             ('i', (x * x for x in range(4))), ('B', bytearray(b'xyz')), ('i', None)]:
    show(array.array, *args)
show(lambda: array.array('i', [], x=1))

a = array.array('i', [5, -3, 7, 0, 12, 7])
print(len(a), a[0], a[-1], a[1:4], a[::-2], a[10:], 7 in a, 99 in a, list(a), a.tolist(), a.count(7), a.index(7),
      a.index(7, 3), a.index(7, -2, 6))
show(a.__getitem__, 6)
show(a.__getitem__, 'x')
show(a.index, 99)
show(a.index, 5, 1)
a[0] = 100
a[-1] = -100
a[1:3] = array.array('i', [8, 9, 10])
print(a)
a[::2] = array.array('i', [1, 2, 3, 4])
print(a)
show(a.__setitem__, slice(0, 3, 2), array.array('i', [1]))
show(a.__setitem__, slice(0, 1), [1])
show(a.__setitem__, slice(0, 1), array.array('d', [1.0]))
show(a.__setitem__, 20, 1)
show(a.__setitem__, 0, 2**40)
show(a.__setitem__, 0, 'x')
del a[0]
del a[::3]
del a[-1:]
print(a)
show(a.__delitem__, 20)
a.append(42)
a.extend([1, 2])
a.extend(array.array('i', [3]))
a.insert(0, -1)
a.insert(-2, -2)
a.insert(100, -3)
a.insert(-100, -4)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(42)
print(a)
show(a.remove, 42)
show(a.pop, 100)
show(array.array('i').pop)
show(a.extend, array.array('d'))
show(a.extend, [1, 'x'])
show(a.append, 'x')
print(a)
a.reverse()
print(a)
b = array.array('h', [1, 256, -2])
b.byteswap()
print(b, b.tobytes())
b.frombytes(b'\x01\x00')
print(b)
show(b.frombytes, b'abc')
show(b.frombytes, 'abc')
b.fromlist([7, 8])
print(b)
show(b.fromlist, (1,))
show(b.fromlist, [1, 'x'])
print(b)
u = array.array('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[0], u[1:3])
show(b.fromunicode, 'x')
show(b.tounicode)
show(u.fromunicode, 5)

# Operators and comparison.
x, y = array.array('i', [1, 2, 3]), array.array('i', [1, 2, 4])
print(x + y, x * 2, 2 * x, x * -1, x == y, x != y, x < y, x <= y, x > y, x >= y, x == array.array('d', [1, 2, 3]),
      x < array.array('d', [1.5]), x == [1, 2, 3], array.array('i') == array.array('i'))
x += y
x *= 2
print(x)
show(x.__add__, array.array('d'))
show(lambda: x + [1])
show(x.__iadd__, [1])
show(x.__imul__, 'x')
show(hash, x)
show(lambda: x < [1])

# Buffer protocol.
f = array.array('d', [1.5, -2.25])
print(bytes(f), bytes(array.array('b', [1, -1])), bytearray(array.array('H', [258])),
      struct.unpack('<2d', f), hashlib.md5(array.array('B', b'abc')).hexdigest(), b''.join([array.array('B', [65, 66])]))
m = memoryview(array.array('i', [10, 20, 30]))
print(m.format, m.itemsize, len(m), m.tolist(), m[1], m.nbytes)
arr = array.array('h', [1, 2, 3])
mv = memoryview(arr)
mv[0] = 99
print(arr, mv.tolist())
show(arr.append, 4)
show(arr.extend, [5])
show(arr.pop)
arr[1] = 7
print(arr, mv.tolist())
mv.release()
arr.append(4)
print(arr)

# Iteration, copy, pickle-ish reduce, file round trip.
it = iter(array.array('b', [1, 2]))
print(type(it).__name__, next(it), next(it))
show(next, it)
import copy
c = copy.copy(a)
c.append(1)
print(c != a, copy.deepcopy(a) == a)


class MyArray(array.array):
    pass


ma = MyArray('i', [3, 1, 2])
ma.extra = 'attr'
print(type(ma).__name__, ma, ma[0:2], type(ma[0:2]).__name__, ma.extra, isinstance(ma, array.array))
print(array.array('Q', [2**64 - 1]), array.array('q', [-2**63]), array.array('L', [2**64 - 1]), array.array('f', [0.1]))
