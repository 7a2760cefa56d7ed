# Subjects outside Latin-1 (UCS-4 storage), Unicode classes and case
# folding, and patterns mixing narrow and wide characters.
import re

text = 'Grüße aus München — Ελληνικά, русский, 中文, emoji 😀 and ünïcödé!'
print(re.findall(r'\w+', text))
print(re.findall(r'(?i)[α-ω]+', text), re.findall(r'[а-я]+', text), re.findall(r'[\u4e00-\u9fff]', text))
print(re.findall(r'[^\x00-\x7f]', text), re.sub(r'[^\w\s]', '', text), re.split(r'\W+', text))
print(re.search('😀', text).span(), re.findall('.', '😀a😁'), re.findall(r'[😀-😂]+', 'x😁😀y'))
print(re.match(r'(?i)GRÜSSE', 'grüsse'), re.match(r'(?i)ÜBER', 'über'), re.fullmatch(r'(?i)σ', 'ς'))
print(re.findall(r'(?i)\bstra(ß|ss)e\b', 'Straße STRASSE strasse'))
print(re.sub(r'(?i)é', 'e', 'Été été ÉTÉ'), re.subn(r'(?i)[äöü]', '_', 'ÄÖÜäöü'))
print(re.findall(r'\d+', '٣٤٥ and ৭৮ and 12'), re.findall(r'\s+', 'a\u00a0b\u2028c\u3000d'))
print(re.findall(r'(?i)[\u0400-\u04ff]+', 'ПРИВЕТ мир'), re.findall(r'(?i)ǆ', 'Ǆǅǆ'))
print(re.findall(r'[\w--]+' if False else r'[\w-]+', 'naïve-café x-y'), re.escape('Grüße.*'))
m = re.search(r'(?P<word>\w+)\s+(?P=word)', 'это это тест')
print(m, m.span(), m.groupdict())
print(re.match(r'(.)\1', 'ßß'), re.match(r'(?i)(.)\1', 'ǅǄ'), re.match(r'(?i)(.)\1', 'Σς'))
wide = '\U0001d49c' * 3 + 'abc'
print(re.search('a', wide).span(), re.findall(r'\w', wide), re.sub('b', '\U0001f600', wide))
print(re.split('(😀)', 'a😀b😀c'), re.findall(r'(?i)[\U00010400-\U0001044f]+', '\U00010400\U00010428x'))
