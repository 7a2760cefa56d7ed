# The format-spec mini-language for float: precision, types, alternate form, zero padding, grouping, specials.
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e16, 1.5e-7, 123456.789, -9876543.21, 1e300, 5e-324,
        float('inf'), float('-inf'), float('nan')]
specs = ['', 'f', '.0f', '.1f', '.10f', 'e', '.0e', '.3E', 'g', '.0g', '.1g', '.17g', 'G', '%', '.0%', 'n', '#.0f', '#.0e',
         '#g', '#.3g', '+f', ' f', '-f', '010.2f', '+010.2f', '=+12.3f', '<12.3f', '>12', '^12.2e', 'x^15,.2f', ',.3f',
         '_.1f', ',', '_', ',g', '020,.2f', 'z.1f', 'z', '#', '.3', '.3r' if False else '.3', '015']
for v in vals:
    print('--', repr(v))
    for s in specs:
        t(v, s)
for s in ['d', 'x', 'c', 'b', ',d', '.f' if False else 's', '=', '.-1f', 'zz']:
    t(1.5, s)
print(format(1e22, 'f'), format(2.675, '.2f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1.005, '.2f'))
print(format(123.456, '.2'), format(1234567.0, '.3'), format(0.0001, '.2'), format(1e-5, ''))
print('{:.{}f}'.format(2/3, 5), f'{1/3:.4}', f'{-0.0:+}', f'{0.0:-}')
