# repr() and str() of floats: shortest round-tripping form, exponents, specials.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 1 / 3, 2 / 3, 10 / 3, 100.0, 1e22, 1e23,
        3.141592653589793, 2.718281828459045, 0.5, 0.25, 0.125, 1234.5678,
        9007199254740993.0, 4.35, 2.675, 1e100, 123e-20]
for v in vals:
    print(repr(v), str(v), v)
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(repr(float('inf')), repr(float('nan')))
print(float('1.5'), float('  -2.25 '), float('1e3'), float('-0'), float('infinity'), float('-Inf'))
print(float('NaN'), float(7), float(-3), float(2 ** 80), float(True))
print(float('.5'), float('5.'), float('1_000.5'), float(), float('3'))
print([0.1 * i for i in range(12)])
print([1 / i for i in range(1, 12)])
print([2.0 ** -i for i in range(0, 60, 7)])
print([10.0 ** i for i in range(-6, 25, 3)])
x = 1.0
for i in range(20):
    x = x * 1.1
print(x)
for v in vals:
    if float(repr(v)) != v:
        print('round-trip failed for', repr(v))
print('round-trip ok')
for bad in ['', 'abc', '1.2.3', '1e', 'nan1', '0x10']:
    try:
        float(bad)
        print('accepted', bad)
    except ValueError as e:
        print(e)
