# _string: the parsers behind string.Formatter.
import _string

for fmt in ['', 'abc', 'a{{b}}c', '{0}', 'x{}y', '{0!r:>5}', '{name.attr[0]:{width}}', '{:d} and {!s}',
            'é{0}ü', '{a[x:y]}', '}}', '{{', '{0:}', '{!a}']:
    print(repr(fmt), list(_string.formatter_parser(fmt)))
for bad in ['{', '}', 'a{0', '{0!}', '{0!rx}', 'x}y']:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for name in ['a', '0', 'a.b', 'a[0]', 'a.b[key].c', '12[3][x]', '']:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))
for bad in ['a.', 'a[', 'a[]', 'a[0]x', 'a..b']:
    try:
        first, rest = _string.formatter_field_name_split(bad)
        print(repr(bad), list(rest))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for f in ['{0!}', '{!}', '{0!:x}', 'ab{0!}cd', '{0!r', '{0!', '{0:x', '{0:{x}', '{a{b}', '{a[}', '{a[x}]}', '{0:}}', '{a!r}}']:
    try:
        print(repr(f), list(_string.formatter_parser(f)))
    except ValueError as e:
        print(repr(f), e)
