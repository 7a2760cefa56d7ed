# Groups: numbered, named, nested, optional, repeated; backreferences;
# Match attributes (lastindex, lastgroup, regs, pos, endpos, string, re),
# expand(), repr and the errors for bad group references.
import re


def show(m):
    if m is None:
        print(None)
        return
    print(repr(m), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)


for pattern, subject in [
    (r'(a)(b)?', 'ab'), (r'(a)(b)?', 'ac'), (r'((a)|b)+', 'ab'), (r'((a)|b)+', 'ba'),
    (r'(?:(a)|b)*', 'ab'), (r'(a*)*', 'b'), (r'(a*)+', 'aa'), (r'(a|)*b', 'aab'),
    (r'(?P<x>a|b)+', 'abba'), (r'(a(b(c)))', 'abc'), (r'(?:(a)|(b)|(c))+', 'abc'),
    (r'(?:(a)|(b)|(c))+', 'cba'), (r'(a)(?:b|(c))*', 'abcb'), (r'(?:x(a)|x(b))+', 'xaxb'),
    (r'(?:(a)b|ac)+', 'abac'), (r'(.*?),(.*)', 'a,b,c'), (r'(a+?)(a*)', 'aaa'),
    (r'(?P<first>\w+)\s(?P<second>\w+)?', 'hello '), (r'(?P<a>x)|(?P<b>y)', 'y'),
    (r'(\d+)-(\d+)-(\d+)', 'tel 555-123-4567'), (r'()', 'x'), (r'(a)|(b)', 'b'),
]:
    show(re.search(pattern, subject))

m = re.match(r'(?P<word>\w+) (?P<num>\d+)?', 'abc 12 x')
print(m.group(), m.group(0), m.group(1), m.group('word'), m.group(1, 'num', 0), m['num'])
print(m.start(), m.end(), m.span(), m.start(2), m.end('num'), m.span('word'))
print(m.pos, m.endpos, m.string, m.re.pattern)
print(m.expand(r'\2:\1 \g<word>/\g<num>/\g<0>'))
print(m.expand(b'x' and r'[\n\t\\]'))
m2 = re.match(r'(a)(b)?', 'a')
print(m2.expand(r'<\1|\2>'), m2.group(2), m2.groups('-'), m2.span(2), m2.start(2))
m3 = re.compile(r'\w+').search('  hello world', 3, 8)
print(m3, m3.pos, m3.endpos)
print(re.compile('b').search('abc', -5, 100).span())
print(re.compile('').match('abc', 2, 1))
print(re.compile('').search('abc', 5), re.compile('$').search('abc', 5))

print(re.search(r'(\w+)\s+\1', 'hello hello world'))
print(re.search(r'(?P<w>\w+)\s+(?P=w)', 'it is is ok'))
print(re.search(r'(?i)(\w+)\s+\1', 'Hello hELLO'))
print(re.match(r'(a)|\1', 'x'))
print(re.match(r'(?:(a)|b)\1?c', 'bc'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ac'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"'), re.match(r'(?P<q>")?\w+(?(q)")$', '"abc'))
print(re.findall(r'(?P<q>[\'"])(.*?)(?P=q)', '"a" \'b\' "c\''))

m = re.match(r'(a)(b)', 'ab')
for bad in [3, -1, 'nope', 1.5, None, (1,), 2**100]:
    for name, method in (('group', m.group), ('start', m.start), ('end', m.end), ('span', m.span),
                         ('getitem', m.__getitem__)):
        try:
            method(bad)
        except (IndexError, TypeError) as e:
            print(name, type(e).__name__, e)
print(m.group(True), m.start(False))
try:
    m.group(1, 5)
except IndexError as e:
    print('IndexError', e)
try:
    m.expand(r'\3')
except re.error as e:
    print('error', e)
try:
    m.expand(r'\g<nope>')
except (IndexError, re.error) as e:
    print(type(e).__name__, e)

long_m = re.search('x+', 'a' + 'x' * 100)
print(long_m)
print(re.search('(.)', '\n'), re.search(b'b', b'abc'), re.search('é+', 'caféé!'))
try:
    re.search('b', b'abc')
except TypeError as e:
    print(type(e).__name__, e)
print(type(m).__name__, type(m) is re.Match, isinstance(m, re.Match))
print(m.__copy__() is m, m.__deepcopy__({}) is m)
