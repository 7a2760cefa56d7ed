# bytearray: in-place mutation (slices, extend, insert, pop, remove, reverse, clear), operators, methods returning bytearray, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'hello')
b[0] = 72
b[1:3] = b'EY'
b += b'!'
b.append(33)
b.extend([63, 63])
b.extend(b'..')
b.insert(0, 62)
b.insert(-1, 45)
print(b, len(b), b.pop(), b.pop(0), b)
b.remove(33)
b.reverse()
print(b)
del b[::2]
print(b)
b[::2] = b'XYZ'[:len(b[::2])]
print(b)
b[2:2] = bytearray(b'__')
b[-1:] = []
print(b, b * 2, 2 * b, b + b'tail', b'head' + b, type(b'head' + b).__name__)
c = bytearray(b'abc')
c *= 3
print(c)
c.clear()
print(c, bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x'), bytearray(range(3)), bytearray())
t(lambda: bytearray(b'a').__setitem__(0, 256)), t(lambda: bytearray(b'a').__setitem__(0, -1)), t(lambda: bytearray(b'a').__setitem__(0, b'x'))
t(lambda: bytearray().pop()), t(lambda: bytearray(b'a').remove(98)), t(lambda: bytearray(b'a').insert(0, 300)), t(lambda: bytearray(b'a').append('x'))
t(lambda: bytearray('x')), t(lambda: bytearray(-1)), t(lambda: bytearray(b'ab').__setitem__(slice(None, None, 2), b'xyz'))
t(lambda: bytearray(b'abc').index(b'z')), t(lambda: hash(bytearray())), t(lambda: bytearray(b'a').extend(5)), t(lambda: bytearray(b'a').extend([1, 'a']))
d = bytearray(b'  Mixed Case  ')
print(d.strip(), d.upper(), d.lower(), d.split(), d.replace(b'Case', b'CASE'), d.center(20, b'*'), type(d.strip()).__name__)
print(d.find(b'C'), d.count(b' '), d.startswith(b'  M'), d.hex(), bytearray.fromhex('00ff'), d.decode().strip(), d.isascii())
print(bytearray(b'abc') == b'abc', bytearray(b'abc') < b'abd', b'abc' in bytearray(b'xabcx'), 98 in bytearray(b'abc'), bytearray(b'a') + bytearray(b'b'))
e = bytearray(b'abcdef')
m = memoryview(e)
m[0] = ord('Z')
print(e, bytes(m[1:3]), m.tobytes(), m.nbytes)
t(lambda: e.extend(b'more'))
m.release()
e.extend(b'more')
print(e)
f = bytearray(b'xyz')
g = f
f += b'!'
print(g, f is g, bytearray(b'%d-%s' % (1, b'a')), bytearray(b'abc').translate(None, b'b'), bytearray(b'a,b').split(b','))
