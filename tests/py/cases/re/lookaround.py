# Lookahead, lookbehind (positive and negative), conditionals and
# boundaries/anchors.
import re

cases = [
    (r'a(?=b)', ['ab', 'ac', 'a']), (r'a(?!b)', ['ab', 'ac', 'a']), (r'(?<=a)b', ['ab', 'cb', 'b']),
    (r'(?<!a)b', ['ab', 'cb', 'b']), (r'(?<=\d{3})x', ['123x', '12x']), (r'(?<=ab|cd)x', ['abx', 'cdx', 'bx']),
    (r'(?<=(a))b', ['ab']), (r'(?<!(a))b', ['cb']), (r'(?=(a+))a*b\1', ['baaabac']),
    (r'(?:a(?=b)|.)+', ['abacab']), (r'\w+(?<=e)', ['one three']), (r'(?<=(?P<p>a))b(?P=p)', ['aba', 'abb']),
    (r'(?!)', ['a']), (r'(?=)', ['a']), (r'^(?=.*\d)(?=.*[a-z]).{6,}$', ['abc123', 'abcdef', '12345678a']),
    (r'\b\w', ['hello world']), (r'\B\w', ['hello world']), (r'\bfoo\b', ['foo bar', 'foobar', 'a foo.']),
    (r'^\w+$', ['abc', 'ab c']), (r'^', ['a\nb']), (r'$', ['a\n', 'a\nb']), (r'\Aab\Z', ['ab', 'ab\n']),
    (r'a$', ['a\n', 'a\n\n']), (r'a\Z', ['a\n']), (r'(?m)^\w', ['ab\ncd\n']), (r'(?m)\w$', ['ab\ncd\n']),
    (r'(a)?(?(1)b|c)', ['ab', 'c', 'ac', 'b']), (r'(?:(a)|b)(?(1)c|d)', ['ac', 'bd', 'ad', 'bc']),
    (r'(?P<n>x)?y(?(n)z)', ['xyz', 'y', 'xy']), (r'(?<=^|,)\w*', [',a,,b']),
    (r'(?<![\d.])\d+(?![\d.])', ['12 3.4 56']), (r'(?=a)*', ['aa']),
]
for p, subjects in cases:
    rx = re.compile(p)
    for s in subjects:
        print(p, repr(s), rx.search(s), rx.findall(s), [m.span() for m in rx.finditer(s)])
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '9876543210'))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four'))
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'cost $12.50 or $3'))
print(re.search(r'(?<=a)b', 'xab', 2), re.search(r'(?<=a)b', 'ab', 1), re.match(r'(?<=a)b', 'ab', 1))
print(re.search('^b', 'ab', 1), re.search('(?m)^b', 'a\nb', 2), re.search(r'\bb', 'ab', 1))
print(re.search('a$', 'ab', 0, 1), re.search(r'a\b', 'ab', 0, 1), re.search(r'a\Z', 'ab', 0, 1))
