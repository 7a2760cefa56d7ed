# find / rfind / index / rindex / count / startswith / endswith / replace / removeprefix.
hay = ['', 'mississippi', 'aaaa', 'abcabcabc', 'héllo wörld', '日本語日本', 'x\x00y\x00']
needles = ['', 'a', 'ss', 'issi', 'abc', 'ö', '日本', '\x00', 'zz']
for h in hay:
    for n in needles:
        r = [h.find(n), h.rfind(n), h.count(n), h.find(n, 2), h.rfind(n, 1, -1), h.count(n, -3)]
        r += [h.find(n, -100, 100), h.count(n, 1, 1), h.find(n, 20), n in h]
        r += [h.startswith(n), h.endswith(n), h.startswith(n, 1), h.endswith(n, 0, -1)]
        print(repr(h), repr(n), r)
print('abc'.startswith(('x', 'a')), 'abc'.endswith(('x', 'y')), 'abc'.startswith((), 0))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.find('', 3), 'abc'.find('', 4))
for s in ['aaa', 'abcabc', '', 'xyz']:
    print(s.replace('a', 'b'), s.replace('', '-'), s.replace('', '-', 2), s.replace('abc', ''),
          s.replace('a', 'XX', 1), s.replace('a', 'é'), s.replace('x', '日本', -1), s.replace('a', 'a', 0))
print('pre_text'.removeprefix('pre_'), 'text'.removeprefix('x'), 'file.py'.removesuffix('.py'))
print('x'.removesuffix(''), ''.removeprefix(''), 'abc'.removesuffix('abc'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'abc'.index('d'))
t(lambda: 'abc'.rindex('d'))
t(lambda: 'abc'.index('c', 0, 2))
t(lambda: 'abc'.find(1))
t(lambda: 'abc'.count(None))
t(lambda: 'abc'.find('a', 'x'))
t(lambda: 'abc'.find('a', 1.5))
t(lambda: 'abc'.startswith(1))
t(lambda: 'abc'.endswith(('a', 1)))
t(lambda: 'abc'.replace(1, 'x'))
t(lambda: 'abc'.replace('a', None))
t(lambda: 'abc'.replace('a', 'b', 1.5))
t(lambda: 'abc'.removeprefix(None))
t(lambda: 'abc'.find('b', 10**30))
t(lambda: 'abc'.find('b', -10**30))
