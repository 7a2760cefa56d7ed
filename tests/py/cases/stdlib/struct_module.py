# The _struct module under struct.py: every format character, byte orders,
# native alignment, Struct objects, iter_unpack, pack_into/unpack_from
# offsets, and struct.error messages.
import struct


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(struct.error, struct.error.__mro__[1], struct.Struct)

# Sizes and alignment.
for fmt in ['', 'b', 'bh', 'bi', 'bq', 'bd', '@bq', '=bq', '<bq', '>bq', '!bq', 'cHi', '3s2x5p', 'ii?e',
            'lLnNP', '<lL', '0i', '0s', 'x', '5x', ' i  h ', 'hi0q', 'b0l']:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize(fmt.encode()))

# Round trips of every code in every order.
values = {
    'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535],
    'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [2**32 - 1],
    'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1], '?': [True, False], 'c': [b'a', b'\xff'],
    'e': [0.0, -0.0, 1.5, 65504.0, 6e-8, 1e-5, float('inf'), float('-inf')],
    'f': [0.5, -1.25, 3.4e38, 1e-45], 'd': [0.1, -1e308, 5e-324],
}
for order in '@=<>!':
    for code, vals in values.items():
        for v in vals:
            packed = struct.pack(order + code, v)
            back, = struct.unpack(order + code, packed)
            print(order, code, v, packed, back)
for code in 'nNP':
    for v in [0, 1, 2**62]:
        print(code, struct.pack(code, v), struct.unpack(code, struct.pack(code, v)))
print(struct.pack('P', -1), struct.pack('n', -5))

# Half floats: rounding, subnormals, nan.
for x in [1.0009765625, 1.00048828125, 1.000732421875, 65519.99, 2**-24, 2**-25, 3 * 2**-26, 2**-14 - 2**-25,
          float('nan'), -float('nan')]:
    show(struct.pack, '<e', x)
print(struct.unpack('<e', b'\x00\x7e')[0], struct.unpack('<e', b'\x01\x00')[0], struct.unpack('>e', b'\x7b\xff')[0])
show(struct.pack, 'e', 65520.0)
show(struct.pack, '<f', 1e300)
print(struct.pack('f', 1e300))

# Strings.
for fmt, v in [('5s', b'ab'), ('2s', b'abcdef'), ('0s', b'abc'), ('s', b''), ('5p', b'ab'), ('3p', b'abcdef'),
               ('1p', b'abc'), ('300p', b'x' * 280), ('4s', bytearray(b'xy'))]:
    packed = struct.pack(fmt, v)
    print(fmt, packed[:12], len(packed), struct.unpack(fmt, packed)[0][:12])
print(struct.unpack('3p', b'\x09ab'))
print(struct.pack('2c3x?', b'a', b'b', 5), struct.pack('3b', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\xff\xff'))
print(struct.pack('>i', True), struct.pack('?', []), struct.pack('?', 'x'))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


class BadIdx:
    def __index__(self):
        raise ValueError('no index')


print(struct.pack('<i', Idx()), struct.pack('<d', Flt()), struct.pack('<d', 3), struct.pack('<f', Idx()))

# Errors.
for fmt, args in [('i', [1.5]), ('i', ['1']), ('f', ['x']), ('d', [None]), ('d', [2**2000]), ('c', [b'ab']),
                  ('c', ['a']), ('c', [bytearray(b'a')]), ('s', ['ab']), ('p', [1]), ('ii', [1]), ('i', [1, 2]),
                  ('x', [1]), ('b', [128]), ('b', [-129]), ('B', [-1]), ('B', [256]), ('h', [2**15]),
                  ('H', [-1]), ('<i', [2**31]), ('<I', [-1]), ('<I', [2**32]), ('<l', [2**31]), ('<L', [2**32]),
                  ('<q', [2**63]), ('<Q', [-1]), ('<Q', [2**64]), ('q', [2**63]), ('Q', [2**64]), ('n', [2**63]),
                  ('N', [-1]), ('P', [2**64]), ('P', [1.0]), ('i', [BadIdx()]), ('e', [1e10]), ('e', [-65520.0])]:
    show(struct.pack, fmt, *args)
for fmt in ['z', '3', 'i3', '<n', '>N', '!P', '=P', '<@', '3 i', '999999999999999999999i',
            '9223372036854775807s', '4611686018427387904i', 'Z']:
    show(struct.calcsize, fmt)
show(struct.calcsize, 5)
show(struct.Struct, 5)
show(struct.Struct, None)
show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i', b'abc')
show(struct.unpack, 'i', b'abcde')
show(struct.unpack, '<h', memoryview(b'\x01\x02'))
show(struct.unpack, '<h', bytearray(b'\x01\x02'))

# Struct objects.
s = struct.Struct('<hq3s')
print(s.format, s.size, s.pack(1, 2, b'abc'), s.unpack(s.pack(-1, -2, b'x')))
print(struct.Struct(b'>I').format, struct.Struct(format='i').size)
show(s.pack, 1, 2)
print(isinstance(s, struct.Struct), type(s).__name__, type(s).__module__)


class MyStruct(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.extra = 1


m = MyStruct('<2h')
print(m.pack(1, 2), m.extra, m.size, type(m).__name__)

# pack_into / unpack_from.
buf = bytearray(16)
struct.pack_into('<hh', buf, 2, 1, -1)
print(buf)
s.pack_into(buf, -s.size, 5, 6, b'zz')
print(buf)
struct.pack_into('<h', memoryview(buf), 0, 0x4142)
print(buf)
mv = memoryview(buf)[4:8]
struct.pack_into('<i', mv, 0, -2)
print(buf)
mv.release()
print(struct.unpack_from('<h', buf), struct.unpack_from('<h', buf, 4), struct.unpack_from('<h', buf, offset=-2))
print(struct.unpack_from('<h', buffer=b'\x01\x02\x03', offset=1), s.unpack_from(bytes(buf), -13))
show(struct.pack_into, 'i', b'xxxx', 0, 1)
show(struct.pack_into, 'i', bytearray(4), 2, 1)
show(struct.pack_into, 'i', bytearray(4), -2, 1)
show(struct.pack_into, 'i', bytearray(4), -9, 1)
show(struct.pack_into, 'i', bytearray(4), 0)
show(struct.pack_into, 'i', bytearray(4))
show(struct.pack_into, 'i', memoryview(b'abcd'), 0, 1)
show(struct.unpack_from, 'i', b'xxxx', 2)
show(struct.unpack_from, 'i', b'xxxx', -9)
show(struct.unpack_from, 'i', b'xxxx', -2)
show(struct.unpack_from, 'i', b'xxxx', 'a')

# iter_unpack.
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.Struct('>H').iter_unpack(bytearray(b'\x00\x01\x00\x02'))))
print(list(struct.iter_unpack('i', b'')))
show(struct.iter_unpack, 'i', b'xxx')
show(struct.iter_unpack, '', b'xxx')
show(struct.iter_unpack, '0i', b'')
it = struct.iter_unpack('b', b'\x01')
print(next(it))
show(next, it)
struct._clearcache()

# Sizes too large to pack, and pack_into's order of checks.
for f in ['99999999999x', '99999999999s']:
    try:
        struct.pack(f, *([b''] if 's' in f else []))
    except MemoryError:
        print('MemoryError', f)
show(struct.pack_into, '99999999999x', bytearray(3), 0)
show(struct.pack_into, 'i', bytearray(3), 0, 'x')
show(struct.pack_into, 'i', b'abcd', 'x', 1)
show(struct.pack_into, 'i', bytearray(4), 'x', 1)
show(struct.pack_into, 'ii', bytearray(4), 0, 1)
