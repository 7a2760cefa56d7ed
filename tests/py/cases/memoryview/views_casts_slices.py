# memoryview: attributes, slicing, casts between formats, tolist, comparisons, writes through views, release semantics and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, len(m), m.contiguous, m.c_contiguous, m.obj)
print(m[0], m[-1], bytes(m[1:4]), bytes(m[::2]), bytes(m[::-1]), m[2:4].tobytes(), m.tolist(), m.hex(), m.hex(':'))
t(lambda: m[10]), t(lambda: m.__setitem__(0, 1)), t(lambda: m['a']), t(lambda: memoryview('str')), t(lambda: memoryview(5))
ba = bytearray(range(8))
w = memoryview(ba)
w[1] = 100
w[2:4] = b'\xff\xfe'
print(ba, w.readonly)
t(lambda: w.__setitem__(0, 256)), t(lambda: w.__setitem__(slice(0, 2), b'x')), t(lambda: w.__setitem__(0, b'a'))
ints = w.cast('i')
print(ints.format, ints.itemsize, len(ints), ints.tolist(), ints.shape, ints.nbytes)
shorts = w.cast('H')
print(shorts.tolist(), w.cast('b').tolist()[:4])
t(lambda: w.cast('q').tolist()), t(lambda: w.cast('zz')), t(lambda: ints.cast('i'))
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') == bytearray(b'ab'), memoryview(b'ab') != b'ac')
t(lambda: hash(memoryview(b'ab')) == hash(b'ab')), t(lambda: hash(memoryview(bytearray(b'ab'))))
with memoryview(b'xyz') as ctx:
    print(ctx.tobytes())
t(lambda: ctx.tobytes()), t(lambda: len(ctx)), t(lambda: ctx[0])
print(repr(ctx)[:16])
v = memoryview(b'hello world')
print(bytes(v[6:]), v[6:].obj is v.obj, str(v[0:5], 'ascii'), bytes(v).split(), list(v[:3]), [x for x in v[:2]])
print(memoryview(b'').tolist(), memoryview(b'').tobytes(), len(memoryview(bytearray())))
