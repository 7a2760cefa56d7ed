# int methods and corner cases: bit_count, bit_length, to_bytes/from_bytes, as_integer_ratio, round, pow, etc.
for v in [0, 1, -1, 255, -256, 2**64, -(2**100) + 7, 12345678901234567890]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((255).to_bytes(1, 'big'), (0).to_bytes(0, 'big'), (2**70).to_bytes(10, byteorder='little'))
print((5).to_bytes(), (130).to_bytes(2, signed=True))
for args in [(256, 1, 'big'), (-1, 1, 'big'), (1, -1, 'big')]:
    try:
        args[0].to_bytes(args[1], args[2])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True), int.from_bytes(b''))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b'\x05', 'big')).__name__, MyInt.from_bytes(b'\x05', 'big'))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(35, -1), round(7, 0), round(7))
print(pow(2, 100, 97), pow(-3, 3, 7), pow(5, -2, 13), pow(0, 0), pow(2, -1), (-8) ** (1/3) if False else 'skip')
print(divmod(-7, 3), divmod(7, -3), -7 // 3, -7 % 3, 7 % -3, (-2**70) // 3, (-2**70) % 3)
print(int('  -0x1F  ', 16), int('0b101', 0), int('0o17', 0), int('1_000', 0), int('z', 36), int('Z', 36))
for bad in ['0x', '1__0', '_1', '08', '']:
    try:
        int(bad, 0)
    except ValueError as e:
        print('ValueError', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError', e)
print(int(3.99), int(-3.99), int(True), int('٣'), int(b'12'), int(bytearray(b'7')))
class Indexable:
    def __index__(self):
        return 7
class Truncable:
    def __trunc__(self):
        return 9
class IntConv:
    def __int__(self):
        return 11
print(int(Indexable()), int(IntConv()), bin(Indexable()), hex(Indexable()), [1, 2, 3, 4, 5, 6, 7, 8][Indexable()])
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(int(Truncable()))
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(~5, ~-1, -(-5), +5, 5 << 70, (5 << 70) >> 69, -1 >> 100, 1 << 0)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
print(7 & -2, -7 | 2, -7 ^ 5, (2**80) & (2**80 - 1), (2**80) | 1, -(2**80) ^ -1)
print(int.__new__(MyInt, 5), MyInt(7) + 1, type(MyInt(7) + 1).__name__, repr(MyInt(3)), str(MyInt(3)))
print(True + True, True & False, True | False, True ^ True, ~True, -True, type(True & True).__name__, type(True + 0).__name__)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
print((10).__format__('x'), (10).__format__(''), format(-10, '08b'), format(10, 'c'), format(1e3, ''), format(10 ** 20, ','))
print(int.__floordiv__(7, 2), int.__rfloordiv__(7, 2), (7).__radd__(1), (7).__add__(1.5), (7).__truediv__(2))
print(sum(range(10 ** 6)), 10 ** 50 // 7 ** 20, (10 ** 50) % (7 ** 20), -10 ** 50 // 7 ** 20)
print(abs(-2 ** 100), (2 ** 100).__abs__(), (-5).__neg__(), (3).__pos__(), (3).__invert__(), (3).__bool__(), (0).__bool__())
print((6).__lt__(7), (6).__eq__(6.0), (6).__eq__('6'), (6).__ne__(7), (6).__hash__() == hash(6.0))
