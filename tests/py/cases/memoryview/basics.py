# memoryview over bytes and bytearray
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.tobytes(), m.tolist()[:3], m.hex(), m.hex(':', 2),
      bytes(m), bytes(m[::-1]), bytearray(m[2:]), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape,
      m.strides, m[::2].strides, m[::-1].shape, m.suboffsets, m.obj, m.c_contiguous, m[::2].contiguous)
print(m == b'abcdef', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m[1:3] == b'bc', m == b'x', m != b'x',
      m == 'abcdef', b'abcdef' == m, m[::2] == b'ace', list(m[4:]), [x for x in m[:2]], type(iter(m)).__name__)
print(hash(m) == hash(b'abcdef'), hash(m[1:3]) == hash(b'bc'), m[1:2][0], m[2:][1:][0], len(m[10:]))
ba = bytearray(b'hello world')
v = memoryview(ba)
print(v.readonly, v.obj is ba, v[0])
v[0] = ord('H')
v[6:11] = b'WORLD'
print(ba, v.tobytes())
w = v[6:]
w[0] = 119
print(ba, w.tobytes())
ba[1] = ord('E')
print(v[1], w.tobytes(), bytes(v[::3]))
v[::2] = b'123456'
print(ba)
for call in [lambda: ba.append(1), lambda: ba.extend(b'x'), lambda: ba.pop(), lambda: ba.clear(),
             lambda: ba.__delitem__(0), lambda: ba.__iadd__(b'x'), lambda: ba.insert(0, 1), lambda: ba.remove(ord('1'))]:
    try:
        print(call())
    except BufferError as e:
        print('BufferError', e)
ba[0] = 65
ba[0:2] = b'XY'
print(ba)
v.release()
w.release()
ba.append(ord('!'))
print(ba)
for call in [lambda: len(v), lambda: v[0], lambda: v.tobytes(), lambda: v.format, lambda: bytes(v), lambda: v == v,
             lambda: v == b'', lambda: v.release(), lambda: repr(v).startswith('<released memory at 0x'), lambda: hash(v)]:
    try:
        print(call())
    except ValueError as e:
        print('ValueError', e)
with memoryview(ba) as mv:
    print(mv[0], mv.readonly)
    try:
        ba.append(1)
    except BufferError as e:
        print('BufferError', e)
ba.append(1)
print(len(ba), repr(m).startswith('<memory at 0x'))
r = memoryview(b'ro')
for call in [lambda: r.__setitem__(0, 1), lambda: r.__delitem__(0), lambda: r['a'], lambda: r[5], lambda: r[1.5],
             lambda: r[0, 0], lambda: r[...], lambda: memoryview('x'), lambda: memoryview(5), lambda: hash(memoryview(bytearray(b'a'))),
             lambda: memoryview(bytearray(b'ab')).__setitem__(0, 300), lambda: memoryview(bytearray(b'ab')).__setitem__(0, 'a'),
             lambda: memoryview(bytearray(b'ab')).__setitem__(slice(0, 1), b'xy'), lambda: memoryview(bytearray(b'ab')).__setitem__(5, 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
c = memoryview(b'abc').cast('c')
print(c.format, c[0], c.tolist(), c == b'abc', c.cast('B')[0], memoryview(b'\xff\x01').cast('b').tolist(),
      memoryview(b'x').cast('@B').format, c[1:].tobytes())
cw = memoryview(bytearray(b'xyz')).cast('c')
cw[0] = b'Q'
print(cw.tobytes(), cw.obj)
for call in [lambda: cw.__setitem__(0, 5), lambda: memoryview(b'abcd')[::2].cast('c'), lambda: memoryview(b'ab').cast('x'),
             lambda: memoryview(b'ab').cast(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
ro = memoryview(bytearray(b'ab')).toreadonly()
print(ro.readonly, ro.tobytes(), memoryview(ro).readonly, memoryview(memoryview(b'q')).tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError', e)
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), b'-'.join([memoryview(b'a'), b'b']), str(memoryview(b'abc')[1:], 'ascii'))
