# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, LOCALE (bytes),
# inline and scoped flags, flag values and their combination.
import re

print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.L), int(re.U), int(re.I | re.M))
for p, f, subjects in [
    ('abc', re.I, ['ABC', 'aBc', 'abd']), ('[a-z]+', re.I, ['HeLLo wOrld']), ('[^a-z]+', re.I, ['ABC123']),
    ('^\\w+$', re.M, ['one\ntwo\nthree']), ('a.c', 0, ['a\nc', 'abc']), ('a.c', re.S, ['a\nc']),
    ('.+', re.S | re.M, ['x\ny']), (r'''\d+  # digits
           \.   # dot
           \d*  # more digits''', re.X, ['pi is 3.14']), (r'a\ b # c', re.X, ['a b']),
    (r'[ ]x', re.X, [' x']), (r'\w+', re.A, ['héllo wörld']), (r'\w+', 0, ['héllo wörld']),
    (r'\d+', re.A, ['٣٤ 12']), (r'\d+', 0, ['٣٤ 12']), (r'\s+', re.A, ['a\u2003b c']), (r'\s+', 0, ['a\u2003b c']),
    (r'\bé', re.A, ['café é']), (r'(?i)straße', 0, ['STRASSE', 'Straße', 'STRAẞE']),
    ('(?i)k', 0, ['K', 'k', '\u212a']), ('(?i)[k]', 0, ['\u212a']), ('(?ia)k', 0, ['\u212a']),
    ('(?i)[a-z]', re.A, ['\u212a', 'K']), ('(?i)\u0130', 0, ['i', 'İ', 'I']), ('(?i)ı', 0, ['I', 'i']),
    ('(?i)σ+', 0, ['ΣσςΣ']), ('(?i)[α-ω]+', 0, ['ΑΒΓ']), ('(?i)ǅ', 0, ['ǆ', 'Ǆ', 'ǅ']),
    ('(?i)[\U00010400-\U0001044f]+', 0, ['\U00010400\U00010428']), ('(?i)ſ', 0, ['s', 'S']),
    ('(?i)[ſ]', 0, ['s', 'S']), ('(?i)µ', 0, ['Μ', 'μ']), ('(?i)Ω', 0, ['ω', '\u2126']),
    ('(?i:a)b', 0, ['Ab', 'AB']), ('a(?i:b)', 0, ['aB', 'AB']), ('(?-i:a)b', re.I, ['aB', 'AB']),
    ('(?s:.)(?m:^)', 0, ['\n']), ('(?x: a b ) c', 0, ['ab c', 'abc']), ('(?a:\\w)\\w', 0, ['éé', 'eé']),
]:
    rx = re.compile(p, f)
    print(repr(p), [rx.findall(s) for s in subjects], rx.flags)
print(re.findall('(?i)[^\u212a]', 'kK\u212ax'))
print(re.sub('(?im)^a', 'X', 'a\nA\nb'), re.split('(?i)x', 'aXbxc'))
print(re.compile('a', re.I | re.S).flags, re.compile(b'a').flags, re.compile('a').flags,
      re.compile('(?x)a').flags, re.compile('(?a)a').flags, re.compile(b'(?L)a').flags)
for bad in [('a', re.A | re.U), (b'a', re.U), ('a', re.L), ('(?L)a', 0), ('(?au)a', 0),
            ('(?i', 0), ('(?z)', 0), ('(?-a:x)', 0), ('a(?i)b', 0)]:
    try:
        print(re.compile(*bad))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
