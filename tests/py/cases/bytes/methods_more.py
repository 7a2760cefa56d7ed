# bytes/bytearray methods, hex/fromhex, percent formatting, buffer interactions.
b = b'Hello, World'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.center(16, b'*'), b.zfill(14))
print(b.split(b', '), b.rsplit(b'o', 1), b.partition(b'o'), b.rpartition(b'o'), b.find(b'o'), b.rfind(b'o'), b.count(b'l'))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -3), bytes.fromhex('de ad be ef'), bytearray.fromhex('00ff'))
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError', e)
print(b.startswith(b'He'), b.endswith((b'x', b'ld')), b'abc'.replace(b'b', b'B'), b' x '.strip(), b'xxaxx'.strip(b'x'))
print(b'a\tb'.expandtabs(4), b'l1\nl2\r\n'.splitlines(), b'l1\nl2\r\n'.splitlines(keepends=True))
print(b'abc'.isalpha(), b'123'.isdigit(), b'ab1'.isalnum(), b' '.isspace(), b'Ab'.istitle(), b'AB'.isupper(), b'\x80'.isascii())
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytes(range(5)), bytes([65, 66]), bytes('é', 'utf-8'))
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    bytes('x')
except TypeError as e:
    print('TypeError', e)
print(b'%s %d %x %r %a %c %c' % (b'x', 5, 255, b'y', 'é', 65, b'z'), b'%5s|%-5s|' % (b'a', b'b'), b'%(k)s' % {b'k': b'v'})
try:
    b'%s' % 'str'
except TypeError as e:
    print('TypeError', e)
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.insert(0, 95)
ba[1:3] = b'XYZ'
del ba[-1]
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
ba.remove(ord('X'))
ba.reverse()
print(ba, ba.copy(), ba * 2, ba + b'!', ba == b'dcZY', ba.index(b'Z'))
ba += b'tail'
ba *= 2
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray(b'x') < bytearray(b'y'), b'a' in bytearray(b'cab'), 97 in b'abc')
try:
    ba.pop()
except IndexError as e:
    print('IndexError', e)
try:
    bytearray(b'x')[0] = 300
except ValueError as e:
    print('ValueError', e)
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'abcd'.translate(None, b'bd'), len(t))
print(b'abc'[1], b'abc'[1:], b'abc'[::-1], list(b'ab'), b'ab' * 2, hash(b'ab') == hash(b'ab'), b'a' < b'b')
print(bytes.decode(b'\xc3\xa9'), b'\xf0\x9f\x98\x80'.decode('utf-8'), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(repr(b'\x00\n\'"\\'), repr(bytearray(b'"\'')), str(b'x'), bytes(memoryview(b'mv')), bytes(bytearray(b'ba')))
print(b'abc'.ljust(5, b'-'), b'abc'.rjust(5), b'a,b'.split(b','), b'  a  b '.split(), b'ab'.removeprefix(b'a'), b'ab'.removesuffix(b'b'))
print(b'%b' % b'raw', b'%5.1f' % 2.25, b'%i%%' % 50, bytearray(b'%d') % 3)
