# unicodedata: every property function over a sample of all planes (digested
# per block of code points), names and lookups (aliases, named sequences,
# Hangul and CJK names), normalization forms, ucd_3_2_0, and the errors.
import hashlib
import stringprep
import unicodedata as u

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__)


def props(db, c):
    return (db.name(c, None), db.category(c), db.bidirectional(c), db.combining(c), db.mirrored(c),
            db.east_asian_width(c), db.decomposition(c), db.decimal(c, None), db.digit(c, None), db.numeric(c, None))


for start, stop, step in [(0, 0x3400, 2), (1, 0x3400, 5), (0x3400, 0x20000, 29), (0x20000, 0x110000, 997), (0xAC00, 0xD7B0, 37)]:
    for block in range(start, stop, step * 256):
        text = repr([props(u, chr(cp)) for cp in range(block, min(block + step * 256, stop), step)])
        print(hex(block), hashlib.md5(text.encode()).hexdigest())
for cp in [0, 0x41, 0xbd, 0x378, 0x2155, 0x3007, 0x4e07, 0x5146, 0xac00, 0xd7a3, 0xd800, 0xe000, 0xf900, 0x1d7ce,
           0x17000, 0x18b00, 0x1b170, 0x1f600, 0x2a6df, 0x31350, 0xe0001, 0x10fffd]:
    print(hex(cp), props(u, chr(cp)))

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter Sharp S', 'NULL', 'BEL', 'BYTE ORDER MARK',
             'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE PWILH', 'CJK UNIFIED IDEOGRAPH-4E01', 'CJK UNIFIED IDEOGRAPH-2A6D6',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN', 'SNOWMAN', 'GREEK SMALL LETTER ALPHA']:
    print(name, ascii(u.lookup(name)))
for name in ['NOPE', 'CJK UNIFIED IDEOGRAPH-FFFF', 'HANGUL SYLLABLE XYZ', 'CJK UNIFIED IDEOGRAPH-4E0', '',
             'hangul syllable pwilh', 'cjk unified ideograph-4e01', 'CJK UNIFIED IDEOGRAPH-4e01']:
    try:
        u.lookup(name)
    except KeyError as e:
        print('KeyError', e)

samples = ['caf\u00e9', 'cafe\u0301', '\ufb01', '\u1e9b\u0323', '\uac00\uac01', '\u1100\u1161\u11a8', 'A\u030a\u0327',
           '\u2460\u00bd', '\u212b', 'x\u0323\u0301\u0307y', '\uff76\uff9e', '', 'plain ascii', '\U0001d400\u2126']
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in samples:
        n = u.normalize(form, s)
        print(form, ascii(s), ascii(n), u.is_normalized(form, s), u.is_normalized(form, n))

# The 3.2.0 database (idna and stringprep use it).
old = u.ucd_3_2_0
for c in ['a', '\u0221', '\u20ac', '\u0378', '\u4e00', '\u00bd']:
    print(ascii(c), old.category(c), old.bidirectional(c), old.name(c, None), old.numeric(c, None),
          old.east_asian_width(c), old.decomposition(c), old.combining(c), old.mirrored(c))
print(ascii(old.normalize('NFKC', '\ufb01')), ascii(old.lookup('EURO SIGN')))
print([stringprep.in_table_b1(c) for c in '\u00ad\u034fa'], ascii(stringprep.map_table_b2('\u00df')),
      stringprep.in_table_c12('\u00a0'), stringprep.in_table_d1('\u05be'), stringprep.in_table_a1('\u0221'))


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


for f in [u.name, u.category, u.bidirectional, u.combining, u.mirrored, u.east_asian_width, u.decomposition]:
    show(f, 'ab')
    show(f, 5)
show(u.name, '\x00')
show(u.decimal, 'x')
show(u.digit, '\u00bd')
show(u.numeric, 'x')
print(u.decimal('x', 'dflt'), u.digit('x', None), u.numeric('x', -1), u.name('\x00', 'none'))
show(u.normalize, 'NFX', 'a')
show(u.normalize, 'NFC', 5)
show(u.is_normalized, 'nfc', 'a')
show(u.lookup, b'SNOWMAN')
