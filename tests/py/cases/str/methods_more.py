# str methods with Unicode and edge arguments.
s = 'Hello, Wörld! ǅ ß ﬁ İ ΣΑΣ'
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
print('ǅungla'.istitle(), 'ΣΑΣ ΟΔΟΣ'.lower(), 'ß'.upper(), 'ﬃ'.upper(), 'İ'.lower(), len('İ'.lower()))
print('abc'.center(10, '*'), 'abc'.ljust(2), 'abc'.rjust(6, '0'), '-42'.zfill(6), '+x'.zfill(4), ''.zfill(3))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), ' a  b '.split(), ' a  b '.split(None, 1), 'a b c'.rsplit(None, 1))
print('abcabc'.partition('b'), 'abcabc'.rpartition('b'), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('l1\nl2\r\nl3\rl4\x0bl5\x1cl6\u2028l7'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines())
print('abc'.find('c', -1), 'abc'.find('', 5), 'abc'.rfind(''), 'abcabc'.count('bc', 2), 'aaaa'.count('aa'), ''.count(''))
print('abc'.index('b'), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 3), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print('TypeError', e)
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), '\t'.expandtabs(0), 'x\ty\n\tz'.expandtabs(3))
print('  xx  '.strip(), 'xxhixx'.strip('x'), 'abc'.lstrip('ab'), 'abc'.rstrip('bc'), '\u3000x\u3000'.strip())
print('a-b-c'.replace('-', '+'), 'a-b-c'.replace('-', '', 1), 'abc'.replace('', '|'), 'abc'.replace('', '|', 2))
print('Hello'.removeprefix('He'), 'Hello'.removesuffix('lo'), 'Hello'.removeprefix('x'))
print(','.join(['a', 'b']), ''.join([]), '-'.join('abc'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
print('abc123'.isalnum(), '½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '٣'.isdecimal(), ''.isalpha())
print('Ab Cd'.istitle(), 'AB'.isupper(), 'ab1'.islower(), ' \t\n'.isspace(), 'abc'.isidentifier(), '1a'.isidentifier(), 'é'.isidentifier())
print('\x7f'.isprintable(), 'a b'.isprintable(), '\u00ad'.isprintable(), 'abc'.isascii(), 'é'.isascii())
table = str.maketrans('abc', 'xyz', 'd')
print('abcd'.translate(table), 'abc'.translate({97: None, 98: 'BB'}), str.maketrans({'a': 'b'}))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print('ValueError', e)
print('%s-%r-%a' % ('é', 'é', 'é'), '%5.2s|' % 'abc', '%-5d|%05d' % (3, -3), '%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%c%c' % (65, 'b'), '%e %g %G' % (12345.678, 1e-10, 1e20), '%(a)s %(b)03d' % {'a': 'A', 'b': 7}, '%%')
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 1), ('%c', 'ab')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x[0]} {y.real}'.format(x=[5], y=3j), '{{}}'.format(), '{:>{}}'.format('r', 4))
for fmt in ['{', '}', '{0} {}', '{x}', '{0[}', '{!x}', '{:d}']:
    try:
        print(fmt.format('s'))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print('ab' * 3, 3 * 'x', 'a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', 'é' > 'z', min('hello'), max('héllo'))
print('abc'[::-1], 'abcdef'[1:5:2], 'abc'[-10:10], 'abc'[5:], repr('abc'[1:1]))
print(str(b'abc'), str(b'abc', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', errors='ignore'), str(object=5))
print('ünïcödé'.encode(), 'ünïcödé'.encode('latin-1'), 'x€'.encode('ascii', 'xmlcharrefreplace'), 'x€'.encode('ascii', 'backslashreplace'))
try:
    'x€'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e, e.start, e.end)
print(len('😀'), '😀'.encode('utf-8'), ord('😀'), '\N{SNOWMAN}', '\u00e9' == 'é', 'e\u0301' == 'é')
print(sorted(['b', 'A', 'a', 'B']), sorted(['b', 'A', 'a', 'B'], key=str.lower), 'a'.__hash__() == hash('a'))
print(str.__len__('abc'), str.__getitem__('abc', 1), str.__contains__('abc', 'bc'), str.__mul__('a', 2), str.__mod__('%d', 5))
class S(str):
    def __len__(self):
        return 42
s2 = S('abc')
print(len(s2), s2.upper(), type(s2.upper()).__name__, type(s2 + 'x').__name__, s2 == 'abc', hash(s2) == hash('abc'), type(s2[0]).__name__)
