# The _sre module used directly (without the re package): constants, the case
# helpers the compiler calls, compile() with hand-made code lists, and the
# RuntimeError/OverflowError/TypeError for bad code.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
for ch in [ord('a'), ord('A'), ord('1'), ord('_'), 0xe9, 0xc9, 0xdf, 0x130, 0x131, 0x3a3, 0x1e9e, 0x212a,
           0x10400, 0x10428, 0x1c5, 0x2160, 0x24b6, 0x10ffff]:
    print(hex(ch), _sre.ascii_iscased(ch), _sre.unicode_iscased(ch), _sre.ascii_tolower(ch),
          _sre.unicode_tolower(ch))

# (a)(?P<x>b)? as re._compiler emits it for CPython 3.11.
code = [14, 8, 1, 1, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 1]
p = _sre.compile('(a)(?P<x>b)?', 0, code, 2, {'x': 2}, (None, None, 'x'))
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
m = p.match('abc')
print(m, m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.span(2), m.regs, m.lastindex, m.lastgroup)
print(m['x'], m[0], m.start('x'), m.end(0), m.pos, m.endpos, m.string, m.re is p)
print(p.findall('ab a xab'), p.split('xabyaz'), p.split('xabyaz', 1), p.sub('-', 'xabyaz'))
print(p.subn(lambda m: m.group().upper(), 'xabyaz'), p.sub('', 'aaa', count=2))
print([m.span() for m in p.finditer('abab a')], [m.span() for m in p.finditer('abab a', 1, 5)])
print(p.search('xxab'), p.fullmatch('ab'), p.fullmatch('abc'), p.match('ab', pos=1), p.search('xab', endpos=2))
s = p.scanner('a ab')
print(s.pattern is p, s.match(), s.search(), s.search(), s.search())
print(p == _sre.compile('(a)(?P<x>b)?', 0, code, 2, {'x': 2}, (None, None, 'x')), p != p, hash(p) == hash(p))
print(p.match('a').groups(default='-'), p.match('a').groupdict('?'), p.match('a').span('x'))

# An empty pattern, no INFO block: [SUCCESS].
e = _sre.compile('', 0, [1], 0, {}, ())
print(e.findall('abc'), e.split('abc'), e.sub('-', 'abc'), e.match('xyz', 5), e.match('xyz', 2, 1))

for bad in ([], [0], [17, 5, 1], [16], [23, 3, 0, 1, 1], [13, 2, 16, 1], [7, 4, 16, 97, 15, 2, 0, 1],
            [18, 1], [11, 0, 1], [99, 1], [6, 99, 1], [8, 50, 1], [24, 2, 5, 1, 16, 97, 1, 1]):
    try:
        _sre.compile('x', 0, bad, 0, {}, ())
        print('accepted', bad)
    except RuntimeError as exc:
        print(type(exc).__name__, exc, bad)
for bad in ([2**32], [-1], ['x']):
    try:
        _sre.compile('x', 0, bad + [1], 0, {}, ())
    except (OverflowError, TypeError) as exc:
        print(type(exc).__name__, exc)

b = _sre.compile(b'a', 0, [16, 97, 1], 0, {}, ())
for subject in ['a', b'a', 1, None]:
    try:
        print(b.match(subject))
    except TypeError as exc:
        print(type(exc).__name__, exc)
for subject in [b'a', 'a', 1.5]:
    try:
        print(p.match(subject))
    except TypeError as exc:
        print(type(exc).__name__, exc)
for call in [lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match('a', foo=1),
             lambda: p.match('a', string='b'), lambda: p.match('a', pos='x'), lambda: p.sub('a'),
             lambda: p.split('a', 1, 2), lambda: m.group(5), lambda: m.group('nope'), lambda: m.start([]),
             lambda: m.span(-1), lambda: m.group(2**70)]:
    try:
        print(call())
    except (TypeError, IndexError, OverflowError) as exc:
        print(type(exc).__name__, exc)
print(type(p).__name__, type(m).__name__, type(p).__module__, type(m).__module__)
