# str search with bounds (find/rfind/index/count/startswith/endswith), replace counts, slicing unicode, comparisons, iteration.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'abracadabra'
for args in [('a',), ('a', 1), ('a', -4), ('a', 2, 5), ('bra', 0, 4), ('', 3), ('', 20), ('', 11), ('z',), ('a', 100), ('a', -100, 3)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
print(s.startswith(('x', 'ab')), s.endswith(('ra', 'zz')), s.startswith(('a', 'b'), 1), s.endswith('ab', 0, 2), s.startswith(''))
t(lambda: s.index('z')), t(lambda: s.rindex('z', 2)), t(lambda: s.startswith(['a'])), t(lambda: s.find(1))
t(lambda: s.find('a', 'x')), t(lambda: s.find('a', None, None)), t(lambda: s.startswith(('a', 1))), t(lambda: s.endswith(()))
print(s.replace('a', 'A'), s.replace('a', 'A', 2), s.replace('a', 'A', 0), s.replace('a', 'A', -1), s.replace('', '-'), s.replace('', '-', 3))
print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'), ''.replace('', 'x'), 'abc'.replace('abc', ''), 'abc'.split('abc'))
u = 'añ日本😀x'
print(len(u), u[2], u[-2], u[1:4], u[::-1], u[::2], list(u), u.index('本'), u.find('😀'), u.encode()[:4], 'ñ' in u, u * 2)
print(sorted('bAaB'), 'a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', '日' > 'é', max('hello'))
print('abc' == 'abc', 'a' * 0, 'ab' * -2, '-'.join('abc'), ''.join(reversed('abc')), 'x'.join([]))
t(lambda: 'a' < 1), t(lambda: 'a' + 1), t(lambda: 'a' * 'b'), t(lambda: 'abc'[3]), t(lambda: 'abc'[s[:0] or '1']), t(lambda: 'abc'.__setitem__(0, 'x'))
print([c for c in 'héllo' if c.isalpha()], {c: i for i, c in enumerate('abca')}, set('aab') == {'a', 'b'}, list(map(ord, 'AZ')))
print('Hello World'.swapcase().title(), 'tHe QUICK'.capitalize(), '  x  '.strip() + '|', 'xxhixx'.strip('x'), 'a-b_c'.replace('-', '_').split('_'))
print(str.join('/', ['a', 'b']), str.upper('x'), str.__len__('abc'), str.__contains__('abc', 'b'), str.__getitem__('abc', -1), str.__add__('a', 'b'))
print(str.__mul__('ab', 2), str.__rmul__('ab', 3), str.__mod__('%s!', 'x'), 'abc'.__eq__(1), 'a'.__lt__(1), str.__hash__('x') == hash('x'))
