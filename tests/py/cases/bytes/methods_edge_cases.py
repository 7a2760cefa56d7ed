# bytes methods: split/strip/partition/replace/find family, case methods (ASCII only), hex/fromhex, join, maketrans/translate, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'  Hello, World! \xe9\t'
print(b.split(), b.split(b','), b.rsplit(None, 1), b.strip(), b.lstrip(b' H'), b.rstrip(b'\t\xe9 '), b.partition(b','), b.rpartition(b'o'))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b'abc'.center(9, b'*'), b'7'.zfill(4), b'-7'.zfill(4), b'ab'.ljust(4, b'.'))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.count(108), b.startswith((b'x', b'  H')), b.endswith(b'\t'))
print(b'a,b,,c'.split(b','), b'a b  c'.split(b' '), b'a\nb\r\nc'.splitlines(), b'a\nb'.splitlines(True), b'x'.join([b'a', bytearray(b'b')]))
print(b'abc'.replace(b'b', b'XX'), b'aaa'.replace(b'a', b'b', 2), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'a\tb'.expandtabs(4))
print(b'\x00\xff\x10'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -2), bytes.fromhex('de ad BE EF'), bytes.fromhex(''))
print(b'abc'.isalpha(), b'ab1'.isalnum(), b'12'.isdigit(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle(), b'\x80'.isascii())
tbl = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(tbl), b'abcdef'.translate(None, b'bd'), b'abc'.translate(tbl, b'a'), len(tbl))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'x'), bytes(bytearray(b'y')), bytes(memoryview(b'z')), bytes(range(3)), bytes())
t(lambda: bytes('x')), t(lambda: bytes([256])), t(lambda: bytes([-1])), t(lambda: bytes(-1)), t(lambda: bytes(1.5)), t(lambda: bytes('x', 'nope'))
t(lambda: bytes.fromhex('abc')), t(lambda: bytes.fromhex('zz')), t(lambda: b'a'.split(b'')), t(lambda: b'a' + 'b'), t(lambda: b'a'.join(['b']))
t(lambda: b'abc'.find('b')), t(lambda: b'abc'.index(b'z')), t(lambda: b'a'.center(3, b'ab')), t(lambda: bytes.maketrans(b'ab', b'c')), t(lambda: b'a'.translate(b'short'))
t(lambda: b'abc'[5]), t(lambda: b'abc'.hex(':', 0)), t(lambda: b'abc'.hex('::'))
print(b'abc'[1], b'abc'[-1:], b'abcdef'[::2], b'abc' * 2, b'a' in b'cab', 98 in b'abc', b'' in b'x', b'abc' < b'abd', b'a' == bytearray(b'a'))
print(b'%s' % b'x', b'%d|%5.2f|%x' % (1, 2.5, 255), b'%(k)s' % {b'k': b'v'}, b'%c%c' % (65, b'B'), b'%r' % 'x', b'%b' % bytearray(b'q'))
print(list(b'hi'), bytes(reversed(b'abc')), sorted(b'cab'), max(b'az'), sum(b'\x01\x02'), b'a b'.title(), hash(b'x') == hash(b'x'))
print(b'Hello'.decode(), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('ascii', 'ignore'), b'abc'.decode('ascii'))
t(lambda: b'\xff'.decode()), t(lambda: b'\xff'.decode('ascii')), t(lambda: b'x'.decode('no-such-codec'))
