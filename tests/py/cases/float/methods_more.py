# float methods: hex/fromhex, as_integer_ratio, is_integer, rounding, repr, special values, conversions.
import math
vals = [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 1/3, 2.0**53 + 1, 123456789.125, float('inf'), float('-inf')]
for v in vals:
    print(repr(v), str(v), v.hex(), v.is_integer(), math.copysign(1, v))
for v in vals[:10]:
    print(v.as_integer_ratio(), float.fromhex(v.hex()) == v)
for s in ['0x1p-1074', '0x1.8p1', '-0x.8p0', 'inf', '-Infinity', 'nan', '0x1.fffffffffffffp1023', '  0x10  ', '0X1P+2']:
    print(s, float.fromhex(s))
for s in ['0x1p10000', 'zz', '0x']:
    try:
        float.fromhex(s)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError', e)
print(round(2.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e16 + 1.0), round(1.23456, 3), round(-0.0), round(5.5, -1))
print(round(1.5, None), type(round(1.5, 0)).__name__, round(123.456, -2), round(float('inf'), 2))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(float('1_000.5'), float('  -1e-3 '), float('+inf'), float('nAn'), float('1e500'), float('-1e-500'))
for bad in ['1__0', '_1', '1e', 'abc', '']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
print(1e16, 1e15, 1.0e-4, 1e-5, 123e-20, 0.1 + 0.2, 1e22, 1e23, 2.0 ** 63, -1.5e-7)
print(3.0 // 2, -3.0 // 2, 3.0 % -2, -3.5 % 2, divmod(-7.0, 2), 7.0 % float('inf'), -7.0 % float('inf'))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
print((-8.0) ** (1 / 3), 0.0 ** 0, (-2.0) ** 2, 2 ** -1, (-2) ** 0.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5), int(-2.5), float.__trunc__(2.7), (2.7).__floor__(), (2.2).__ceil__())
print(hash(1.5), hash(-0.0), hash(float('inf')), hash(2.0 ** 70), hash(0.1))
print(float.__getformat__('double'), (1.5).conjugate(), (1.5).real, (1.5).imag)
print(1.0 == 1, 1.0 < 2 ** 60, 2.0 ** 60 == 2 ** 60, 2.0 ** 60 + 1 == 2 ** 60 + 1, float('nan') == float('nan'), 1e308 * 10 == float('inf'))
print(max(1, 1.0), min(1.0, 1), sorted([3, 1.5, 2, -0.0, 0]), 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(format(1.0, 'r') if False else '', format(0.1, '.17g'), format(1e-7, 'g'), format(1234.5, 'e'), format(-0.0, '+.1f'), format(2.5, '.0f'), format(3.5, '.0f'))
class F(float):
    def __repr__(self):
        return 'F(%s)' % float.__repr__(self)
print(repr(F(2.5)), F(2.5) + 1, type(F(2.5) + 1).__name__, F('3.5'), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
