# bytearray: construction, repr, mutation, shared bytes methods
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 255]), bytearray('h\xe9', 'utf-8'),
      bytearray(source=b'x'), bytearray(memoryview(b'mv')), bytearray(range(3)), bytearray(bytearray(b'copy')))
for args in [(1.5,), ('abc',), (-1,), ([256],), (['x'],), (b'x', 'ascii'), (None,)]:
    try:
        print(bytearray(*args))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'hello')
b[0] = 72
b[-1] = ord('O')
print(b, repr(b), str(b), len(b), b[1], b[-2], b[1:3], b[::-1], type(b[1:3]).__name__)
b[1:3] = b'EL'
print(b)
b[1:3] = b'abcdef'
print(b)
b[2:5] = []
print(b)
b[0:0] = bytearray(b'>>')
print(b)
b[::2] = b'x' * len(b[::2])
print(b)
b[len(b):] = [33, 34]
print(b)
b[1:4] = b
print(b)
del b[0]
del b[-1]
del b[1:3]
del b[::2]
print(b)
b = bytearray(b'abc')
b.append(100)
b.extend(b'ef')
b.extend([103, 104])
b.extend(bytearray(b'i'))
b.extend(x for x in b'jk')
b.insert(0, 48)
b.insert(-1, 49)
b.insert(100, 50)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('c'))
print(b)
b.reverse()
print(b)
c = b.copy()
c[0] = 0
print(b, c, b == c, b.copy() == b)
b.clear()
print(b, len(b), bool(b), bool(c))
b += b'xyz'
b += bytearray(b'!')
b += memoryview(b'?')
print(b)
b *= 2
print(b)
b *= 0
print(b, bytearray(b'ab') * 3, 2 * bytearray(b'c'), bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'))
x = bytearray(b'ab')
y = x
x += b'c'
print(y, x is y)
for call in [lambda: bytearray(b'a').append(256), lambda: bytearray(b'a').append('a'), lambda: bytearray(b'a').extend(5),
             lambda: bytearray(b'a').extend('ab'), lambda: bytearray(b'a').extend([1, 300]), lambda: bytearray().pop(),
             lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(98), lambda: bytearray(b'a').insert(0, -1),
             lambda: hash(bytearray()), lambda: {bytearray(): 1}, lambda: bytearray(b'a') + 'b', lambda: bytearray(b'a') * 1.5]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
key = 'x'
ba = bytearray(b'abc')
for call in [lambda: ba.__setitem__(5, 1), lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, 'a'),
             lambda: ba.__setitem__(slice(0, 3, 2), b'xyz'), lambda: ba.__setitem__(slice(0, 1), 5),
             lambda: ba.__setitem__(slice(0, 1), 'a'), lambda: ba.__setitem__(key, 1), lambda: ba.__delitem__(7),
             lambda: ba[key], lambda: ba[10], lambda: ba.__setitem__(slice(0, 1), [1, 'x'])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(ba)
ba = bytearray(b'  Hello, World  ')
print(ba.strip(), ba.lower(), ba.upper(), ba.split(b','), ba.find(b'o'), ba.count(b'l'), ba.replace(b'l', b'L'),
      ba.startswith(b'  H'), ba.isalpha(), ba.title(), ba.center(20, b'*'), ba.hex(), ba.partition(b','),
      ba.decode(), ba.zfill(18), ba.expandtabs(), ba.translate(None, b' '), ba.removeprefix(b'  '), ba.join([b'a', b'b']),
      bytearray(b'%d-%s') % (1, b'x'), bytearray(b'a\nb').splitlines(), type(ba.strip()).__name__, ba.rsplit(None, 1))
print(bytearray(b'abc') == b'abc', bytearray(b'abc') < b'abd', b'abd' > bytearray(b'abc'), bytearray(b'a') != bytearray(b'a'),
      bytearray(b'a') == 'a', bytearray(b'ab') == memoryview(b'ab'), bytearray(b'ab') <= memoryview(b'ab'),
      97 in bytearray(b'a'), b'a' in bytearray(b'ba'), list(bytearray(b'xy')), type(iter(bytearray())).__name__)
class Sub(bytearray):
    pass
s = Sub(b'sub')
print(s, repr(s), type(s).__name__, type(s + b'x').__name__, s.upper(), isinstance(s, bytearray), len(s))
print(bytearray(b'abc').__alloc__() >= 4, bytearray().__alloc__())
