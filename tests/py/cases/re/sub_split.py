# sub/subn with strings, templates (\1, \g<name>, \g<0>, escapes), callables
# (returning str, None, wrong types), counts; split with groups and maxsplit.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home bob@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>;\g<0>;\g<1>', 'a=1 b=2'))
print(re.sub('a', r'\n\t\\\x41', 'bab'), re.sub('a', '\\\\', 'aa'), re.sub('x', '', 'axbxc'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('(a)(b)?', r'\2\1', 'aab'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=0), re.sub('a', 'b', 'aaaa', count=-1))
print(re.subn('a', 'b', 'aaaa', 3), re.subn('z', 'b', 'aaaa'), re.subn('', '-', 'abc'))
print(re.sub('', '-', ''), re.sub('$', '!', 'a\nb\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'\w', lambda m: None, 'ab-cd'), re.sub(r'(\w)(\w)', lambda m: m.group(2) + m.group(1), 'abcde'))
print(re.sub(r'x*', lambda m: '<%s>' % m.group(), 'axxb'))
print(re.subn(r'\s+', ' ', '  lots   of\t\nspace  '))
for repl in [1, lambda m: 5, lambda m: b'x', b'x']:
    try:
        print(re.sub('a', repl, 'cab'))
    except TypeError as e:
        print(type(e).__name__, e)
for repl in [r'\3', r'\g<x>', r'\g<1', r'\g<-1>', '\\', r'\q', r'\g<a1>']:
    try:
        print(re.sub('(a)(b)', repl, 'ab'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(b'(a)', br'<\1>', b'xax'), re.sub(b'a', lambda m: m.group() * 2, b'xax'))
print(re.split(',', 'a,b,,c'), re.split(',', 'a,b,,c', 2), re.split('(,)', 'a,b,,c'))
print(re.split(r'(\d)(x)?', 'a1b2xc'), re.split('x*', 'axbc'), re.split('(?:)', 'abc'))
print(re.split('a', ''), re.split('', ''), re.split(',', 'a,b', maxsplit=-1), re.split('(a)|b', 'xaybz'))
print(re.split(r'\s*', ' a b '), re.split(r'(?m)^', 'a\nb\nc'), re.split(r'\b', 'one two'))
print(re.compile(',').split('1,2,3', 1), re.compile(',').split(string='1,2', maxsplit=0))
print(re.split(b',', b'a,b'), re.split(b'(,)', b'a,b'))
