# Pattern objects: attributes, repr (flags, truncation), ==/hash, copy, the
# re.Pattern/re.Match types, purge and the cache.
import re

for args in [('abc',), ('a', re.I), ('a', re.I | re.M | re.S | re.X), ('a', re.A), (b'a',), (b'a', re.L),
             ('x' * 300,), ("it's",), ('a\nb', re.DEBUG * 0 + re.U), (r'\d+(?P<n>x)',), ('(?i)a',)]:
    rx = re.compile(*args)
    print(repr(rx), rx.pattern == args[0], rx.flags, rx.groups, dict(rx.groupindex))
a, b = re.compile('a+'), re.compile('a+')
print(a == b, a != b, hash(a) == hash(b), a == re.compile('a+', re.I), a == re.compile(b'a+'), a == 'a+')
print(len({a, b, re.compile('b')}), a.__copy__() is a, a.__deepcopy__({}) is a)
print(type(a).__name__, type(a) is re.Pattern, isinstance(a, re.Pattern), type(a).__module__)
print(re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)').groupindex['month'], re.compile('(a)(b)').groups)
re.purge()
print(re.compile('q') == re.compile('q'))
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(re.compile('(?P<n>x)(?P<m>y)?').match('x').groupdict())
