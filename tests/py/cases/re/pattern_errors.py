# re.error for bad patterns (raised by the pure-Python parser, with msg, pos,
# lineno, colno) and the TypeErrors of the module-level functions.
import re

for p in ['(', ')', '[a', 'a**', '*a', 'a{2,1}', '(?P<1>a)', '(?P<a>a)(?P<a>b)', '(?P=x)', r'\1', '(a)\\2',
          '(?<=a+)b', '(?<!a|bc)x', '[z-a]', r'\x1', r'\u12', r'\U00110000', '(?', '(?P',
          '(?#unterminated', 'a{1,', '(?(1)a|b|c)', '(?(x)a)', '[\\d-z]', 'x++++', '(?i', '\\', r'\k',
          '(?<x>a)', 'a\n(', '(?x)\n  (\n', '(a{0,65536})*' * 0 + 'a{4294967296}', '(?<=(?:a|bb))c',
          '(?P<a-b>x)', '(?P<>x)', r'[\A]', r'\8', r'(?a)[\w-b]', '(?P<x>)(?(x)a|b)c', '(*)']:
    try:
        rx = re.compile(p)
        print('ok', repr(p), rx.groups)
    except re.error as e:
        print('error', repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
print(issubclass(re.error, Exception), re.error.__name__, re.error is re.PatternError if hasattr(re, 'PatternError') else True)
for call in [lambda: re.compile(5), lambda: re.match(1, 'a'), lambda: re.compile(re.compile('a'), re.I),
             lambda: re.search('a', 5), lambda: re.findall('a', None), lambda: re.sub('a', 'b', 1),
             lambda: re.compile('a').match(['a']), lambda: re.split('a', 'b', 'c'), lambda: re.sub('a', 1, 'a')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(re.compile(re.compile('a')) is re.compile('a'), re.compile('a') is re.compile('a'))
