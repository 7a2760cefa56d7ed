# The character classes \d \D \s \S \w \W and \b over every code point below
# 0x3100 and a sample above, for str (Unicode) and bytes (ASCII) patterns and
# with re.ASCII: which code points each one accepts, summarised per block.
import re
import zlib

points = list(range(0x3100)) + list(range(0x10000, 0x10400)) + [0x1F600, 0xE0001, 0x10FFFF]
text = ''.join(chr(c) for c in points)
for flags, label in ((0, 'unicode'), (re.ASCII, 'ascii')):
    for cls in (r'\d', r'\D', r'\s', r'\S', r'\w', r'\W', r'[\w.+-]', r'[^\s\d]', r'\w+', r'\b\w'):
        found = [m.start() for m in re.finditer(cls, text, flags)]
        print(label, cls, len(found), zlib.crc32(repr(found).encode()))
data = bytes(range(256))
for cls in (rb'\d', rb'\s', rb'\w', rb'\W', rb'\b', rb'[\w-]'):
    found = [m.start() for m in re.finditer(cls, data)]
    print('bytes', cls, len(found), found[:12])
print(re.findall(r'\b\w+\b', 'a_b \x1c c\x1fd \u00e9t\u00e9 \u0661\u0662 x\u2003y'))
print(re.split(r'\s+', 'a\x1cb\x1dc\x1ed\x1fe\x85f\u2028g'))
