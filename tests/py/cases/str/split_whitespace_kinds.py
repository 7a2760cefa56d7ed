# str.split / str.rsplit: white space of every kind (ASCII, the separators
# 0x1C-0x1F, NEL, NBSP, wide spaces), maxsplit from both ends, explicit
# separators, and narrow and wide strings.
samples = [
    '', ' ', 'a', ' a ', 'a b  c\t\td\ne\rf\x0bg\x0ch',
    'a\x1cb\x1dc\x1ed\x1fe', 'x\x85y\xa0z', 'w\u2003v\u3000u\u2028t', '\u00e9t\u00e9  \u4e2d\u6587 \U0001f600 x',
    '  lead and trail  ', '\t\n', 'one',
]
for s in samples:
    print(repr(s.split()), repr(s.rsplit()))
    for k in (0, 1, 2, 5):
        print(k, repr(s.split(None, k)), repr(s.rsplit(None, k)), repr(s.split(maxsplit=k)), repr(s.rsplit(maxsplit=k)))
for s, sep in [('a,b,,c', ','), (',a,', ','), ('a--b--c', '--'), ('\u00e9x\u00e9x', 'x'), ('abc', 'abc'), ('abc', 'z')]:
    print(s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, 0), s.rsplit(sep, -1))
class S(str):
    pass
print(type(S('a b').split()[0]).__name__, type(S('ab').split(',')[0]).__name__, S('ab').split(','))
big = ' '.join(str(i) for i in range(20000))
parts = big.split()
print(len(parts), parts[:3], parts[-2:], big.rsplit(None, 3)[:2][-1][:10])
for bad in (lambda: 'a'.split(''), lambda: 'a'.split(1), lambda: 'a'.split(maxsplit='x')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
