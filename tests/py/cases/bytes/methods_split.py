# bytes split/rsplit/splitlines/partition/join/strip/replace
s = b'  a b\tc\n d  '
print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
print(b'a,b,,c,'.split(b','), b'a,b,,c,'.rsplit(b',', 2), b'a,b,,c'.split(b',', maxsplit=1), b''.split(b','),
      b''.split(), b'abc'.split(b'abc'), b'a--b--c'.rsplit(b'--', 1), b'a,b'.split(sep=b','), b'a b'.split(bytearray(b' ')))
for call in [lambda: b'a'.split(b''), lambda: b'a'.split(','), lambda: b'a'.split(b',', 'x'), lambda: b'a'.split(x=1),
             lambda: b'a'.partition(b''), lambda: b'a'.partition('a'), lambda: b'a'.rsplit(b'', 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(b'a\nb\r\nc\rd\n\ne'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b'x\n'.splitlines(keepends=True),
      b''.splitlines(), b'\x0bx\x0cy\x1cz'.splitlines())
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b'-'.join(iter([b'x', b'y'])), b'-'.join((b'z',)))
for bad in [[b'a', 'b'], [1], 5]:
    try:
        print(b'-'.join(bad))
    except TypeError as e:
        print('TypeError', e)
print(b'  x  '.strip(), b'  x  '.lstrip(), b'  x  '.rstrip(), b'xxhixx'.strip(b'x'), b'abcba'.strip(b'ab'),
      b'\t\n\x0b\x0c\r x'.lstrip(), b'x\x1c'.strip(), b'abc'.rstrip(bytearray(b'c')), b'abc'.strip(None))
try:
    b'x'.strip('x')
except TypeError as e:
    print('TypeError', e)
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2),
      b'abcabc'.replace(b'bc', b'X', 1), b'abc'.replace(b'x', b'y'), b''.replace(b'', b'z'), b'ab'.replace(b'a', bytearray(b'A')))
try:
    b'a'.replace('a', b'b')
except TypeError as e:
    print('TypeError', e)
