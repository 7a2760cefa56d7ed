# float repr (shortest round trip), round() with ndigits, hex/fromhex, as_integer_ratio, is_integer.
import math
vals = [0.0, -0.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 9.999999999999999e22, 1e23,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 1.5, 2.5, -2.5, 100.0, 1e100, 12345.6789]
for v in vals:
    print(repr(v), str(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 123.456, -123.456, 1e20, 5e-324, 1234567.891]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)), round(-0.0, 1), round(0.0))
for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp1023', '0X1.0P+4', ' 0x10 ', '0x.8', '1', 'inf', '-Infinity', 'nan',
          '0x1p-1075', '0x1p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x3p-1076']:
    print(s, float.fromhex(s))
for bad in ['', '0x', '0xg', '0x1p', '1e', '0x1p1024', '0x1.0p10000', 'x1', '0x1 2']:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.hex(), v.is_integer())
    for f in (lambda: v.as_integer_ratio(), lambda: round(v), lambda: int(v), lambda: round(v, 2)):
        try:
            print(f())
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
for bad in ['1.5', None, 1.5]:
    try:
        print(round(2.5, bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), (-7.5).__floor__(), (7.5).__ceil__(), (7.5).__trunc__())
print(float.fromhex('0x1.999999999999ap-4') == 0.1, (0.1).hex(), (1e-320).hex(), (-1.0).hex())
