# str.isX predicates over ASCII, Latin-1 and wider characters.
samples = ['', 'abc', 'ABC', 'Abc', 'aBC', 'abc123', '123', '١٢٣', '²³', '½', 'Ⅻ', '一二三',
           ' \t\n', '\xa0', '\u3000', '\u200b', 'a b', '_x', 'x_1', '1x', 'é', 'ǅ', 'Hello World',
           'Hello world', 'HELLO WORLD', 'A1 B2', "They're", 'ß', 'ﬁ', '\x00', '\x7f', 'abc\n',
           'print', 'café', 'π', '∑', '𝔘𝔫𝔦', '🙂', '\U0001d7d8', 'ʰ', '\u0345', 'ⅷ', '⑤']
names = ['isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isupper',
         'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
for s in samples:
    flags = []
    for n in names:
        flags.append('1' if getattr(s, n)() else '0')
    print(repr(s).ljust(20), ''.join(flags))
count = 0
for cp in range(0, 0x3000, 7):
    c = chr(cp)
    bits = (c.isalpha(), c.isdigit(), c.isspace(), c.isupper(), c.islower(), c.isprintable(),
            c.isdecimal(), c.isnumeric(), c.isidentifier())
    v = 0
    for b in bits:
        v = v * 2 + (1 if b else 0)
    count = (count * 31 + v) % 1000000007
print('checksum of predicates', count)
