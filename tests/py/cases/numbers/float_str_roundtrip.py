# float str/repr: shortest round-trip digits for many values, exponent switch points, float(repr(x)) == x, int/float conversions at the edges.
import math
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e-7, 1.5e-5, 1e-4, 0.001, 123456789.0, 1e15, 1e16, 1.1e16, 12345678901234567.0, 2.0**53, 2.0**53 + 2,
        2.0**-1074, 2.0**-1022, 1.7976931348623157e308, 9.999999999999999e15, 1e22, 1e23, 4.35, 0.1 + 0.7, 3.0000000000000004,
        100.0, 1e100, 1.234e-300, -0.0, 5e-324, 0.30000000000000004, 1.0000000000000002, 0.9999999999999999]
for x in vals:
    r = repr(x)
    print(r, str(x) == r, float(r) == x, '%r' % x == r, '{}'.format(x) == r, f'{x}' == r, x.hex())
for n in range(-5, 22):
    x = 10.0 ** n
    print(n, repr(x), repr(x * 1.5), repr(-x / 3))
print(float(2**53 + 1), float(2**63), float(-2**1023), int(1e308) == 10**308, int(1.7976931348623157e308).bit_length())
print(math.ldexp(1.0, 1023) * 2 == float('inf'), math.frexp(8.0), math.modf(-3.25), math.fmod(-7, 3))
print(float('0.1') + float('0.2'), sum([0.1] * 3), round(2.675, 2), round(0.125, 2), round(0.375, 2), '%.20f' % 0.1, '%.17g' % (1/3))
print(1e16 + 1 == 1e16, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1 / 3 * 3 == 1.0, 2 ** 0.5 * 2 ** 0.5, (0.1).as_integer_ratio())
