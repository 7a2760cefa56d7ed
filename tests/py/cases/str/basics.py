# str indexing, slicing, concatenation, repetition and len.
s = 'Hello, transactional world'
print(s, len(s), s[0], s[4], s[-1], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[::2], s[::-1], s[3:-3:3], s[100:], s[-100:3])
print(s[5:2], s[::-3], s[1:1], s[-1:-8:-2])
print('ab' + 'cd', 'ab' * 3, 3 * 'xy', 'a' * 0, 'z' * -1, '' + '')
t = ''
for i in range(10):
    t += str(i)
print(t, len(t))
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'abc' == 'abc', 'a' != 'A')
print('Z' > 'Y', 'apple' >= 'apple', 'pear' <= 'peach', '' < 'a')
print('ell' in s, 'xyz' in s, '' in s, 'world' not in s)
words = ['delta', 'alpha', 'Charlie', 'bravo', 'echo', 'alpha2', 'Alpha']
print(sorted(words), min(words), max(words))
print('tab\there', 'new\nline', 'quote\'s', "dq\"s", 'back\\slash')
print(repr('tab\there'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\n\r\t\x00\x7f'), repr(''), repr('a\\b'))
print('caf\u00e9', len('caf\u00e9'), '\u00e9' in 'caf\u00e9', 'na\u00efve'[2])
u = 'h\u00e9llo w\u00f6rld \u2603 \U0001F600'
print(u, len(u), u[1], u[-1], u[::-1], repr(u))
print(str(42) + str(-3.5) + str(True) + str(None) + str([1, 'a']))
print(str('x'), repr(str(12)), len(str(2 ** 64)))
for i in range(len(s)):
    if s[i] == 'o':
        print('o at', i)
chars = [c for c in 'stm heap']
print(chars, len(chars))
rev = ''
for c in 'abcdef':
    rev = c + rev
print(rev)
