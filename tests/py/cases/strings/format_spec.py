# format() and the format-spec mini-language for int, float, str and bool.
ints = [0, 7, -7, 255, 1234567, -1234567, 10**20]
int_specs = ['', 'd', '5', '<6', '^7', '>8', '=8', '+', ' ', '-', '08', '+08', '#x', '#X', '#o', '#b',
             ',', '_', '_x', '_b', '#010_x', '012,', '013,', '*^12,', 'c', 'n', 'e', '.2f', '%', 'g']
for i in ints:
    row = []
    for s in int_specs:
        if s == 'c' and (i < 0 or i > 0x10FFFF):
            continue
        row.append(format(i, s))
    print(i, row)
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e16, 1e-5, 123456.789, float('inf'), float('nan'), 1e300]
float_specs = ['', '.3', '.0', 'e', '.2e', 'E', 'f', '.1f', 'F', 'g', '.3g', 'G', '%', '.1%', '#',
               '#.0f', '#g', '10.2f', '<10', '^10.1f', '=+12.3e', '010.2f', ',', ',.2f', '_.3f',
               '012,.1f', 'z.1f', '+', ' ', 'n']
for x in floats:
    print(repr(x), [format(x, s) for s in float_specs])
strs = ['', 'a', 'hello', 'héllo', '日本語']
str_specs = ['', 's', '5', '<5', '>5', '^6', '*^7', '.2', '8.3', '0', '05', 'é>4', '^']
for s in strs:
    print(repr(s), [format(s, p) for p in str_specs])
print(format(True), format(False, ''), format(True, 'd'), format(True, '>6'), format(True, '^5x'))
print(format(None), format([1, 2]), format((1,), ''), f'{3.5!r:>6}|{"x"!r}|{10:#b}')
print(f'{1234.5:,}', f'{0.000012345:.3}', f'{12.0:.3}', f'{123.0:.3}', f'{1.0:.0}', f'{0.5:.0}')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for spec in ['abc', ',_', '_,', '.', 'x<', '+c', '#c', ',c', 'z', '.2', 'q', ',x', '=5']:
    t(lambda: format(5, spec))
for spec in ['abc', 'd', 'x', 'c', ',s', '.', '=5']:
    t(lambda: format(1.5, spec))
for spec in ['d', '+', ' ', '#', '=5', ',', 'z', 'x']:
    t(lambda: format('s', spec))
t(lambda: format(True, 's'))
t(lambda: format(object(), 'x'))
t(lambda: format(1, 1))
t(lambda: format(1 << 2000, 'f'))
t(lambda: format(0x110000, 'c'))
t(lambda: format(5, '99999999999999999999'))
