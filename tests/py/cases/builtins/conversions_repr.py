# chr/ord/bin/oct/hex/ascii/repr/format/bool/str conversions and their errors; id/type/isinstance basics.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for c in [0, 9, 10, 31, 32, 65, 127, 128, 160, 255, 256, 0x263a, 0xd800, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    print(c, repr(chr(c)), ascii(chr(c)), ord(chr(c)) == c)
t(lambda: chr(-1)), t(lambda: chr(0x110000)), t(lambda: chr(2**70)), t(lambda: chr('a')), t(lambda: chr(65.0)), t(lambda: chr(True))
t(lambda: ord('')), t(lambda: ord('ab')), t(lambda: ord(b'a')), t(lambda: ord(bytearray(b'z'))), t(lambda: ord(b'ab')), t(lambda: ord(5))
for v in [0, 1, -1, 255, -255, 2**64, -2**64, True]:
    print(bin(v), oct(v), hex(v), format(v, '#b'), format(v, 'x'))
t(lambda: bin(1.5)), t(lambda: hex('a')), t(lambda: oct(None))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'bs\\', 'uni é 日 😀', '\x00\x7f\x80\xff', '\u2028\ufeff', '\ud800']:
    print(repr(s), ascii(s), str(s) == s)
print(repr(b"'\"\x00\xff"), ascii(b'x'), repr(bytearray(b'ab')), ascii(['é', ('ü',)]), repr(1.0), repr(-0.0), repr(1e100))
print(str(), str(5), str(b'ab'), str(b'ab', 'ascii'), str(bytearray(b'cd'), encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'))
t(lambda: str(b'\xff', 'utf-8')), t(lambda: str(5, 'utf-8')), t(lambda: str('a', 'utf-8')), t(lambda: str(b'a', 'nope'))
t(lambda: str(object=7)), t(lambda: str(b'a', errors='strict')), t(lambda: str(1, 2, 3, 4))
print(bool(), bool(0.0), bool(-0.0), bool(0j), bool(''), bool(' '), bool(()), bool((0,)), bool({}), bool(set()), bool(range(0)), bool(range(1)))
t(lambda: bool(x=1)), t(lambda: bool(1, 2))
print(format(5), format(5, ''), format('s', '^5'), format(3.5, '.0f'), format(None, ''), format(2**100, 'e'))
t(lambda: format(5, 5)), t(lambda: format(object(), 'x')), t(lambda: format())
print(type(5) is int, type(True), type(type), type(None)(), type(...)(), type(NotImplemented)())
t(lambda: type()), t(lambda: type(1, 2, 3, 4)), t(lambda: type(None)(1)), t(lambda: type('X', (), {}, extra=1))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (float, int))), issubclass(bool, (int,)), isinstance([], ())
