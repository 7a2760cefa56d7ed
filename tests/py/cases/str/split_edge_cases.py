# str.split / rsplit edge cases: maxsplit values, whitespace kinds, separators longer than one char.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = ['', '   ', 'a', ' a ', 'a  b', '\t\na\x0b\x0cb\r c ', '\u3000x\u2000y\xa0z', 'aXbXXc', 'XX', 'abcabcabc']
for s in samples:
    for n in (-5, -1, 0, 1, 2, 10):
        print(repr(s), n, s.split(None, n), s.rsplit(None, n), s.split('X', n), s.rsplit('X', n))
    print(s.split('abc'), s.rsplit('bc'), s.split('ca', 1), s.rsplit('ca', 1))
print('a,b,c'.split(sep=',', maxsplit=1), 'a,b,c'.rsplit(sep=',', maxsplit=1))
t(lambda: 'abc'.split(maxsplit=1.0))
t(lambda: 'abc'.split('', 0))
t(lambda: 'abc'.rsplit(sep=''))
t(lambda: 'abc'.split(b'b'))
t(lambda: 'abc'.split(',', 1, 2))
t(lambda: 'abc'.split(foo=1))
class I:
    def __index__(self):
        return 1
print('a b c'.split(None, I()), 'a b c'.rsplit(' ', I()))
t(lambda: 'a b c'.split(None, 2**70))
t(lambda: 'a b c'.split(None, -2**70))
