# str operators: + * % in, comparisons, indexing, slicing, len, hash consistency.
s = 'héllo wörld 日本'
print(len(s), s[0], s[-1], s[4:9], s[::2], s[::-1], s[-3:], s[100:], s[2:1], s[::-3])
print(s[1:10:3], s[-1:-10:-2], repr(s[5:5]), s[None:3], s[3:None])
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, repr('' * 10), 'é' * 4)
print('a' < 'b', 'a' < 'ab', 'b' > 'ab', 'Z' < 'a', 'é' > 'z', '日' > 'é', 'abc' == 'abc')
print('a' <= 'a', 'a' >= 'b', 'a' != 'a', '' < 'a', 'abc' < 'abd', '\U0001f600' > '\uffff')
print('ell' in 'hello', '' in 'abc', 'x' in '', 'lo w' in 'hello world', '日本' in s)
print(hash('abc') == hash('ab' + 'c'), hash('é') == hash('é'[:]), hash('') == hash(''))
print(hash('日本') == hash('日本語'[:2]), 'abc' == 'ab' + 'c')
print(sorted(['b', 'a', 'é', 'B', '日', 'aa', '']), max('hello'), min('hello'))
d = {'a': 1, 'é': 2, '日本': 3}
print(d['a'], d['é'], d['日' + '本'], 'x' in d, list(d))
print([c for c in 'héllo'], list('日本'), tuple('ab'), str(), str('x'), str(12), str(1.5))
print(str(None), str([1, 'a']), str(True), repr('x'), ord('é'), chr(233), ord('日'))
print(max(['apple', 'pear', 'fig'], key=len), 'abc'.__len__(), 'abc'.__getitem__(1))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'abc'[3])
t(lambda: 'abc'[-4])
k1 = 'x'
k2 = 1.0
t(lambda: 'abc'[k1])
t(lambda: 'abc'[k2])
t(lambda: 'abc' + 1)
t(lambda: 'abc' + None)
t(lambda: 1 + 'abc')
t(lambda: 'abc' * 'x')
t(lambda: 'abc' * 1.5)
t(lambda: 'ab' * (1 << 62))
t(lambda: 'ab' * (1 << 70))
t(lambda: 1 in 'abc')
t(lambda: 'a' < 1)
t(lambda: 'a' >= None)
t(lambda: 'abc'[::0])
t(lambda: str(b'abc', 'utf-8'))
t(lambda: str('abc', 'utf-8'))
t(lambda: str(x=1))
