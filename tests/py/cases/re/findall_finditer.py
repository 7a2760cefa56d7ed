# findall result shapes (no group, one group, several groups, optional
# groups), finditer spans with pos/endpos, Pattern.scanner and re.Scanner.
import re

for p in [r'\d+', r'(\d)\d', r'(\d)(\d)?', r'(a)|(b)', r'((a)b)', r'(?:a|(b))', r'', r'x*', r'(?P<n>\w)=\d']:
    rx = re.compile(p)
    print(repr(p), rx.findall('ab 12 3 a=1 b4'), [m.span() for m in rx.finditer('ab12')])
rx = re.compile(r'\w')
print(rx.findall('abcdef', 2), rx.findall('abcdef', 2, 4), rx.findall('abcdef', endpos=3), rx.findall('ab', 5))
print([m.group() for m in rx.finditer('abcdef', 1, 4)], [m.pos for m in rx.finditer('abc', 1)])
print(list(re.finditer('a', 'xyz')), [m.span() for m in re.finditer(r'\b|x', 'x y')])
s = re.compile(r'\d').scanner('1a23')
print(s.match(), s.match(), s.search(), s.search(), s.search(), s.match())
s = re.compile(r'').scanner('ab')
print([s.search().span() for _ in range(3)], s.search())
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'), iter(it) is it)

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda scanner, token: ('IDENT', token)),
    (r'\d+\.\d*', lambda scanner, token: ('FLOAT', float(token))),
    (r'\d+', lambda scanner, token: ('INT', int(token))),
    (r'=|\+|-|\*|/', lambda scanner, token: ('OP', token)),
    (r'\s+', None),
])
print(scanner.scan('sum = x + 3.5 * 42 ?'))
