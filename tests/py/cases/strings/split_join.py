# split / rsplit / splitlines / partition / join / strip.
texts = ['', ' ', 'a', 'a b c', '  a  b  c  ', 'a,b,,c,', ',', ',,', 'one\ttwo\nthree\r\nfour',
         'x\x1cy\x1dz\x1e\x85w\u2028v\u2029u', 'no-separators-here', 'ab' * 5]
for t in texts:
    print(repr(t))
    print('  split()   ', t.split(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0))
    print('  split(,)  ', t.split(','), t.split(',', 1), t.rsplit(',', 1), t.rsplit(',', 0))
    print('  split(b)  ', t.split('b'), t.rsplit('ab', 2), t.split(sep='b', maxsplit=-1))
    print('  lines     ', t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))
    print('  partition ', t.partition(','), t.rpartition(','), t.partition('ab'), t.rpartition('ab'))
    print('  strip     ', repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(',a ')))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), 'é'.join(['日', '本']))
print('+'.join('abc'), ''.join(x.upper() for x in 'abc'), '.'.join(map(str, [1, 2, 3])))
print(' '.join(reversed('hello'.split('l'))), '\n'.join(['l1', 'l2']).splitlines())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'a b'.split(''))
t(lambda: 'a b'.rsplit(''))
t(lambda: 'a b'.split(1))
t(lambda: 'a b'.split(None, 'x'))
t(lambda: 'a'.partition(''))
t(lambda: 'a'.rpartition(3))
t(lambda: ','.join(['a', 1]))
t(lambda: ','.join([None]))
t(lambda: ','.join(5))
t(lambda: ''.join([b'x']))
t(lambda: 'a'.strip(1))
t(lambda: 'a'.lstrip(None))
t(lambda: 'a'.splitlines('x'))
t(lambda: 'a b'.split(foo=1))
