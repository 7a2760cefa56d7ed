# Character sets matched many times over one-byte subjects: the engine
# answers a set from a 256-entry table once it has been evaluated often in
# one state (findall, sub, split); every kind of set item and flag must give
# the same answers as evaluating it each time.
import re

latin = ''.join(chr(c) for c in range(256))
text = (latin * 6) + ' hello World_42 µÿßÀ ' * 120 + latin[::-1]
data = text.encode('latin-1')

patterns = [
    r'[a-z]+', r'[^a-z\s]+', r'[\w.+-]+', r'[\W]+', r'[\d]{2,}', r'[\D\s]+', r'[\s"=]+', r'[A-Fa-f0-9]+',
    r'[^\x00-\x7f]+', r'[\x80-\xff]', r'[µÿ]+', r'[^µÿ]+', r'[[:]+', r'[-\]]+', r'[a-z]+',
]
for p in patterns:
    for flags in (0, re.I, re.A, re.I | re.A):
        found = re.findall(p, text, flags)
        print(p, flags, len(found), found[:3], found[-2:])

for p in [rb'[a-z]+', rb'[^a-z]+', rb'[\w]+', rb'[\x80-\xff]+', rb'[\s]+']:
    for flags in (0, re.I, re.L):
        found = re.findall(p, data, flags)
        print(p, flags, len(found), found[:2], found[-2:])

print(re.sub(r'[aeiou]', '*', text[:600], flags=re.I).encode('unicode_escape')[:200])
print(len(re.split(r'[\s,;]+', ' a, b;c  d ' * 200)), re.subn(r'[^\w]', '', 'x-y z!' * 100)[1])
wide = text + '\u0100\u20ac' * 50
print(len(re.findall(r'[\w]+', wide)), len(re.findall(r'[^\x00-\xff]+', wide)), len(re.findall(r'[µ-ÿ]+', wide, re.I)))
print([m.span() for m in re.finditer(r'[\d_]+', text)][:5])
