# bytes(): sources, encodings, decode, int conversions, dunders
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((x for x in range(3))), bytes(b'ab'), bytes(bytearray(b'cd')),
      bytes(memoryview(b'ef')), bytes('h\xe9', 'utf-8'), bytes('h\xe9', 'latin-1'), bytes('abc', encoding='ascii'),
      bytes(source=b'x'), bytes('a\xe9', 'ascii', 'ignore'), bytes(range(5)), bytes(True))
class B:
    def __bytes__(self):
        return b'from __bytes__'
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes(I()), bytes([I()]))
for args in [(-1,), ([256],), (['a'],), (1.5,), (None,), ('abc',), (b'x', 'utf-8'), ('x', 5), ([-1],), (object(),),
             ('\xe9', 'ascii')]:
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return 'nope'
try:
    bytes(BadBytes())
except TypeError as e:
    print('TypeError', e)
print(b'h\xc3\xa9'.decode(), b'h\xc3\xa9'.decode('utf-8'), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'),
      b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', errors='ignore'), b'a\xffb'.decode(errors='backslashreplace'))
for call in [lambda: b'\xff'.decode(), lambda: b'\xe9'.decode('ascii'), lambda: b'a'.decode('nope'), lambda: b'a'.decode(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(str(b'h\xc3\xa9', 'utf-8'), str(bytearray(b'xy'), 'ascii'), str(b'abc'), repr(b'a\'b'), repr(b'a\'"b'), repr(b'\x00\t\n\r\\'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True),
      int.from_bytes(bytearray(b'\x00\x10'), byteorder='big'), int.from_bytes([1, 2], 'big'), int.from_bytes(b''),
      (258).to_bytes(2, 'big'), (258).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (5).to_bytes())
for call in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: int.from_bytes('ab', 'big')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
d = {b'key': 1, bytes(2): 2}
print(d[b'key'], d[b'\x00\x00'], hash(b'') == 0, hash(b'abc') == hash(bytes(b'abc')), b'abc'.__getnewargs__(), b'q'.__bytes__())
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1, b'abcdef'[1:4], b'abcdef'[::-2],
      b'abc'[0], b'abc'[-1], list(b'abc'), type(iter(b'')).__name__, len(b'abcd'), b'a' < b'b', b'ab' >= b'a', b'a' == bytearray(b'a'))
key = 'x'
for call in [lambda: b'a' + 'b', lambda: b'a' + 1, lambda: b'a' * 1.5, lambda: b'abc'[3], lambda: b'abc'[key], lambda: b'a' < 'a',
             lambda: b'a' < 1]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(b'a' == 'a', b'a' != 'a', b'abc'[1:1], bytes([1]) == b'\x01')
