# isidentifier, isprintable and the digit/numeric/decimal/space/alpha predicates on tricky characters.
chars = ['', 'a', '_', '1a', 'a1', 'é', '日本', 'ℌ', '℘', '·', 'a·', '٣', 'x\u200d', '\u2160', 'Ⅻ', '²', '½', '৩', '\t',
         ' ', '\xa0', '\u2028', '\x1f', '\x7f', '\xad', '\U0001f600', '𝔘', 'if', 'None', '$', 'a-b', '\u0300a', 'a\u0300',
         '\ufeff', '\ud800', 'A_1_', '__init__', '\u3000', '\x85', '\u00b5', 'ǅ', 'ǅa', 'Aǅ', 'A b', 'A B']
for c in chars:
    print(ascii(c), c.isidentifier(), c.isprintable(), c.isdigit(), c.isnumeric(), c.isdecimal(), c.isspace(),
          c.isalpha(), c.isalnum(), c.islower(), c.isupper(), c.istitle(), c.isascii())
for c in [chr(i) for i in range(0, 0x180, 7)]:
    print(hex(ord(c)), c.isprintable(), c.isidentifier(), c.isalnum(), c.isspace())
