# bytes case mapping, predicates, padding, expandtabs, hex, translate
for b in [b'Hello World', b'hELLO wORLD', b'abc123', b'ABC', b'', b' \t\n', b'Title Case Here', b"they're bill's",
          b'\xe9t\xe9', b'123', b'a1', b'Ab Cd', b'AB CD', b'aB']:
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalnum(), b.isalpha(), b.isascii(),
          b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle())
print(b'abc'.center(9), b'abc'.center(8, b'*'), b'abc'.center(2), b'ab'.center(5, bytearray(b'-')), b'abc'.ljust(6, b'.'),
      b'abc'.rjust(6), b'abc'.rjust(1), b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(1), b''.zfill(3), b'abc'.zfill(4))
for call in [lambda: b'a'.center(5, b'xy'), lambda: b'a'.ljust(5, 'x'), lambda: b'a'.rjust('5'), lambda: b'a'.zfill(None)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(b'a\tb\tc'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'ab\ncd\te'.expandtabs(tabsize=3), b'\t'.expandtabs(0),
      b'x\ry\tz'.expandtabs(2))
print(b'\x00\xffabc'.hex(), b''.hex(), b'abcdef'.hex(':'), b'abcdef'.hex(b'-', 2), b'abcdefg'.hex(' ', -3),
      b'abcdefg'.hex(' ', 3), b'ab'.hex(sep='|'))
for call in [lambda: b'ab'.hex('::'), lambda: b'ab'.hex(5), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'),
             lambda: bytes.fromhex(b'ab'), lambda: bytes.fromhex('ab c'), lambda: bytes.fromhex('0 1')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes.fromhex('  de ad\tbe\nef '), bytes.fromhex(''), bytearray.fromhex('00ff'), type(bytearray.fromhex('')).__name__)
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abcdef'.translate(t, b'de'), b'abc'.translate(None, b'b'),
      b'hello'.translate(None), b'abc'.translate(t, delete=b'a'), bytearray.maketrans(b'a', b'b')[97])
for call in [lambda: b'a'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c'), lambda: b'a'.translate('x' * 256)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
