# bytearray slice assignment and deletion over a grid of slices, compared with list semantics
slices = [slice(None), slice(1, 3), slice(3, 1), slice(-2, None), slice(None, None, 2), slice(None, None, -1),
          slice(1, None, 3), slice(5, 0, -2), slice(10, 20), slice(-10, 2), slice(0, 0), slice(None, None, -3)]
values = [b'', b'X', b'XYZ', [1, 2], bytearray(b'QQQQQ'), memoryview(b'mm'), range(65, 68)]
for sl in slices:
    for v in values:
        b = bytearray(b'abcdef')
        try:
            b[sl] = v
            print(sl, repr(v) if not isinstance(v, memoryview) else 'mv', b)
        except Exception as e:
            print(sl, type(e).__name__, e)
    b = bytearray(b'abcdef')
    del b[sl]
    print('del', sl, b, bytearray(b'abcdef')[sl])
b = bytearray(b'abc')
b[:] = b
b[1:] = b
print(b)
b[::-1] = b
print(b)
