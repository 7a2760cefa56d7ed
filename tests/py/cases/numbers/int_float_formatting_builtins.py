# str()/repr()/format() of ints and floats at boundaries, int() of float strings errors, float() of int strings, round-trip via str.
for v in [0, -0, 7, -7, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**18, 10**19, -(10**25), 0x7f, 0o17, 0b101]:
    print(v, repr(v), str(v), format(v), f'{v}', '%d' % v, int(str(v)) == v, float(v) == int(v) if abs(v) < 2**53 else '')
for v in [0.0, -0.0, 1.0, -1.5, 1e16, 1e-16, 123.456, 1e300 * 10, -1e300 * 10, 1e300 * 10 * 0]:
    print(repr(v), str(v), format(v), f'{v:}', '%s' % v, '%r' % v, float(str(v)) == v or v != v)
for s in ['1.0', '1e3', ' 7 ', '-0', '+5', '1_000', '0x1A', '1.5e', 'nan', '--1']:
    for conv in (int, float):
        try:
            print(repr(s), conv.__name__, conv(s))
        except ValueError as e:
            print(repr(s), conv.__name__, 'ValueError', e)
print(int(-0.9), int(0.9), int(-1e-300), int(1e19), int(-2.5e20), int(float('1e18')), float(2**60) == 2**60)
print(round(1e15 + 0.5), round(-1e15 - 0.5), round(2**52 + 0.5), round(4503599627370497.0), round(0.49999999999999994))
