# binascii: base64 (strict and lenient), hex with separators, quoted-printable,
# uuencode, crc32/crc_hqx, and the Error/Incomplete classes and messages.
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(binascii.Error.__mro__[1:3], binascii.Incomplete.__mro__[1], binascii.Error.__module__)
data = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\xff\xfe\x00']
for d in data:
    enc = binascii.b2a_base64(d)
    print(enc[:40], binascii.b2a_base64(d, newline=False)[-4:], binascii.a2b_base64(enc) == d,
          binascii.a2b_base64(enc.decode()) == d)
for s in [b'YWJj', b'YW Jj\n', b'YWI=', b'YWI==', b'YWI=garbage', b'YQ==', b'YQ=', b'YQ', b'Y', b'YWJjZ',
          b'=YWJj', b'YW=Jj', b'Y===', b'!!YWJj!!', b'YWJjZA===', b'', b'====', b'YWJjZGVm\nZ2g=']:
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)
show(binascii.a2b_base64, 'YWJj\u00e9')
show(binascii.a2b_base64, 5)
show(binascii.b2a_base64, 'abc')
print(binascii.a2b_base64(memoryview(b'YWJj')), binascii.a2b_base64(bytearray(b'YWJj')))

# Hex.
for d in data[:5]:
    print(binascii.hexlify(d), binascii.b2a_hex(d), binascii.unhexlify(binascii.hexlify(d)) == d)
h = bytes(range(1, 8))
for sep in ['-', b':', ' ']:
    for n in [1, 2, 3, -2, -3, 7, 8, -8, 0]:
        print(repr(sep), n, binascii.hexlify(h, sep, n), binascii.b2a_hex(h, sep=sep, bytes_per_sep=n))
print(binascii.hexlify(b'', '-'), binascii.hexlify(b'\x01', '-'), binascii.hexlify(h, '-'))
for bad in ['--', '', '\u00e9', b'ab', 5]:
    show(binascii.hexlify, b'ab', bad)
for s in ['0a0B', b'FFff', '', 'abc', 'zz', b'0g', '\u00e9\u00e9']:
    show(binascii.unhexlify, s)
    show(binascii.a2b_hex, s)
show(binascii.hexlify, 'ab')

# Quoted-printable.
qp_inputs = [b'hello world', b'a=b', b'caf\xc3\xa9', b'tab\tend\t', b'line \nnext', b'x' * 100, b'.', b'.\nabc',
             b'under_score and space', b'crlf\r\nline \r\nend', b'\x00\x01\x7f', b'=' * 30,
             b'y' * 74 + b'\n' + b'z' * 80, b'a' * 75 + b'=', b'end space ', b'lone\rcr']
for d in qp_inputs:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        enc = binascii.b2a_qp(d, **kw)
        print(kw, enc, binascii.a2b_qp(enc, header=kw.get('header', False)) == d)
for s in [b'a=3D=3db', b'soft=\nbreak', b'soft=\r\nbreak', b'x=\r', b'==41', b'=4', b'=zz', b'a_b', b'=', b'=\n']:
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, True), binascii.a2b_qp(data=s.decode(), header=True))

# uuencode.
for d in [b'', b'a', b'abc', b'hello world!', bytes(range(45))]:
    enc = binascii.b2a_uu(d)
    print(enc, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(enc) == d)
for s in [b'', b'!80``\n', b'#86)C\n', b'#86)C   \n', b'#86)C  x', b'$86)C', b'#\x7f6)C', b' \n']:
    show(binascii.a2b_uu, s)
show(binascii.b2a_uu, b'x' * 46)

# Checksums.
for d in data:
    print(binascii.crc32(d), binascii.crc32(d, 12345), binascii.crc32(d, -1), binascii.crc32(d, 2**40 + 7),
          binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff), binascii.crc_hqx(d, -1), binascii.crc_hqx(d, 2**20 + 3))
crc = 0
for chunk in [b'abc', b'def', b'ghi']:
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b'abcdefghi'))
show(binascii.crc32, 'abc')
show(binascii.crc32, b'abc', 1.5)
show(binascii.crc_hqx, b"abc", None)
for s in [b'Zm9v====', b'YWJj=', b'YWJj==', b'YQ===', b'Zm9v====x', b'Zm9v=x']:
    show(binascii.a2b_base64, s, strict_mode=True)
