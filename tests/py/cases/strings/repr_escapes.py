# repr() and ascii() of str: quote choice and escapes, like CPython.
samples = ['', 'plain', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\there',
           'new\nline', 'cr\rlf', '\x00\x01\x1f', '\x7f', '\x80\x9f', '\xa0', '\xad', 'é', 'ÿ',
           '\u0100', '\u0378', '\u200b', '\u2028', '\u2029', '\u3000', '\ufeff', '\ufffd', '\uffff',
           '日本語', '\U0001f600', '\U0001d11e', '\U000e0001', '\U0010ffff', '\ud800', '\udfff',
           '\x1b[31m', 'mixed \'\" \\ \t é 日 \U0001f600 \x85', '\U0001fa75', '\u0cf3']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), len(s))
print(repr(['a', "b'", 'c"']), repr(('é', '\n')), repr({'k': 'v\t'}))
print(str('x'), str('é\n'), repr(repr('a')), repr(str(repr("'"))))
all_chars = ''.join(chr(i) for i in range(0, 0x3000, 5))
r = repr(all_chars)
print(len(r), r[:60])
print(r[1000:1100])
print(r[-60:])
a = ascii(all_chars)
print(len(a), a[2000:2080])
total = 0
for i in range(0x10000, 0x30000, 97):
    for ch in repr(chr(i)):
        total = (total * 31 + ord(ch)) % 1000000007
print('checksum', total)
for i in [0x7e, 0x7f, 0x9f, 0xa0, 0xa1, 0xad, 0x34f, 0x61c, 0x180e, 0x2060, 0x2064, 0xe000, 0xf8ff]:
    print(hex(i), repr(chr(i)), ascii(chr(i)), chr(i).isprintable())
