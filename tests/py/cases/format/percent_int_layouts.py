# printf-style %d/%i/%u/%x/%o/%e/%f/%g/%s/%c with flags, widths and
# precisions, on small, negative, boundary and big ints, bools, int
# subclasses, __index__ and __int__ objects, floats and non-ASCII templates.
class MyInt(int):
    pass

class Idx:
    def __index__(self):
        return 42

class Num:
    def __int__(self):
        return -7

values = [0, 1, -1, 7, -7, 123456, -123456, 2**31, -2**31, 2**61 - 1, -2**61, 2**62, -2**62 - 1, 2**63, -2**63,
          2**64 + 5, -(10**30), True, False, MyInt(-5), MyInt(99)]
for spec in ('%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%-+6d|', '%.3d', '%8.4d', '%-08d|',
             '%x', '%#x', '%X', '%#08X', '%o', '%#o', '%+#o', '%.0d', '%*d', '%-*d|'):
    row = []
    for v in values:
        try:
            row.append(spec % ((9, v) if '*' in spec else v))
        except TypeError as e:
            row.append('TypeError')
    print(spec, row)
print('%d %d' % (Idx(), Num()), '%x' % Idx())
for spec in ('%e', '%.2f', '%+08.3f', '%g', '%-10.4G|', '% E', '%#.0f', '%010.2e'):
    print(spec, [spec % v for v in (0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, float('inf'), float('-inf'), float('nan'), 7)])
print('w%07d' % 42, 'caf\u00e9 #%d \u2603' % -3, '%s=%r (%d%%)' % ('k', 'v', 50), '%c%c' % (65, '\u00e9'))
print('%(a)05d-%(b)s' % {'a': 3, 'b': [1]}, '%5s|%-5s|%.2s' % ('ab', 'cd', 'xyz'))
for bad in (lambda: '%d' % 'x', lambda: '%d' % 1.5j, lambda: '%d %d' % (1,), lambda: '%d' % (1, 2), lambda: '%y' % 1):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
