# The format-spec mini-language across int, float, str, complex, and custom __format__.
specs_int = ['', 'd', '5d', '<5', '^5', '>5', '=+6', '+', ' ', '-', '05', ',', '_', '_x', '_b', '#b', '#o', '#x', '#X',
             'x', 'X', 'o', 'b', 'c', 'n', '*^9,', '010,', '+#010x', 'e', '.2f', '%', '.3g', 'G']
for spec in specs_int:
    for v in [0, 42, -42, 1234567]:
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except (ValueError, OverflowError) as e:
            print(repr(spec), v, type(e).__name__, e)
specs_float = ['', 'f', '.0f', '.3f', 'e', '.2e', 'E', 'g', '.3g', 'G', '%', '.1%', '+.2f', ' .2f', '010.3f', ',.2f',
               '_.3f', '#.0f', '#g', '<10.2f', '^12.3e', '=+10.1f', 'n', '.0e', '#.0e', 'z.1f', '.12g']
for spec in specs_float:
    for v in [0.0, -0.0, 3.14159, -1234.5678, 1e20, 1.5e-10, float('inf'), float('nan'), 0.5, 2.5]:
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), v, 'ValueError', e)
for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '=10']:
    for v in ['hello', '', 'héllo']:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), repr(v), 'ValueError', e)
for spec in ['', '.2f', '+.1e', '>20', '^20.2f', 'g']:
    for v in [1 + 2j, -1.5j, complex(0, 0), complex(1e20, -1e-20)]:
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), v, 'ValueError', e)
for bad, v in [('=5', 'abc'), ('+', 'abc'), ('c', 1.5), ('d', 1.5), ('s', 5), (',b', 5), ('.2d', 5), ('xx', 5), ('0=5', 'x'), ('#c', 65), ('c', -1), ('c', 0x110000), ('=', 1j), ('05', 1j)]:
    try:
        print(repr(bad), repr(v), repr(format(v, bad)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(bad), repr(v), type(e).__name__, e)
class Custom:
    def __format__(self, spec):
        return 'custom[%s]' % spec
print(format(Custom(), 'abc'), '{:xyz}'.format(Custom()), f'{Custom():>{3}}', f'{Custom()!r:>5}'[:10])
class NoFormat:
    pass
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError', e)
print(format(NoFormat(), '')[:10])
print(format(True, 'd'), format(True, ''), format(True, '>6'), format(None, ''), format(None, '>6') if False else '')
print('{0:{1}{2}}'.format(3.14159, '.', '3'), '{:{w}.{p}f}'.format(2.71828, w=10, p=2), '{!s:^9}|{!r:^9}'.format('a', 'a'))
print('{:%Y-%m}'.format(__import__('datetime').date(2020, 5, 17)))
