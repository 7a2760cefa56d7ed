# memoryview.cast to the struct module's native formats: items, assignment, equality, errors
raw = bytearray(range(1, 17))
for fmt in ['B', 'b', 'c', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', 'P', '@i']:
    m = memoryview(raw).cast(fmt)
    print(fmt, m.format, m.itemsize, m.nbytes, m.shape, m.strides, len(m), m.tolist()[:4], m[-1], m[::2].strides,
          m[1:].tolist()[:2], m.readonly, m.contiguous)
w = memoryview(bytearray(16)).cast('i')
w[0] = -1
w[1] = 2 ** 31 - 1
w[-1] = -2 ** 31
w[2:3] = memoryview(bytearray(b'\x07\x00\x00\x00')).cast('i')
print(w.tolist(), bytes(w).hex(), w.tobytes() == bytes(w), w.hex(' ', 4), w == w.tolist(), w == memoryview(bytes(w)).cast('i'))
q = memoryview(bytearray(16)).cast('Q')
q[0] = 2 ** 64 - 1
q[1] = 2 ** 63
print(q.tolist(), memoryview(bytes(q)).cast('q').tolist())
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 7
f = memoryview(bytearray(8)).cast('f')
f[0] = 0.1
f[1] = 1e300
print(d.tolist(), f.tolist(), d == memoryview(bytearray(16)).cast('d'), d.cast('B')[7])
nan = memoryview(bytearray(8)).cast('d')
nan[0] = float('nan')
print(nan == nan, nan == memoryview(bytes(nan)).cast('d'), memoryview(b'\x01\x00').cast('?').tolist())
b = memoryview(bytearray(4)).cast('?')
b[0] = [1]
b[1] = 0
print(b.tolist(), memoryview(b'\x01\x00\x00\x00').cast('i') == memoryview(b'\x01\x00\x00\x00').cast('I'),
      memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'\xff').cast('b') == memoryview(b'\xff'))
for call in [lambda: w.__setitem__(0, 2 ** 31), lambda: w.__setitem__(0, 1.5), lambda: d.__setitem__(0, 'x'),
             lambda: q.__setitem__(0, -1), lambda: q.__setitem__(0, 2 ** 64), lambda: hash(memoryview(b'abcd').cast('i')),
             lambda: w.cast('h'), lambda: memoryview(b'abc').cast('i'), lambda: w.__setitem__(slice(0, 1), b'abcd'),
             lambda: memoryview(b'ab').cast('e'), lambda: memoryview(b'ab').cast('ii'), lambda: memoryview(b'ab').cast('<i'),
             lambda: memoryview(bytearray(8)).cast('i')[2], lambda: memoryview(b'abcdefgh')[::2].cast('h'),
             lambda: memoryview(bytearray(2)).cast('h').__setitem__(0, 40000), lambda: memoryview(bytearray(2)).cast('H').__setitem__(0, -1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(b'abcd').cast('i').cast('B').tolist(), memoryview(b'abcd').cast('i').cast('c').tolist(),
      hash(memoryview(b'abcd').cast('i').cast('b')) == hash(b'abcd'))
