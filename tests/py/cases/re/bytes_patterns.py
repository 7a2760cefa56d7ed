# bytes patterns and subjects: ASCII-only classes, LOCALE flag, case
# folding, bytes results everywhere, and mixing errors.
import re

print(re.findall(rb'\w+', b'caf\xe9 ok_1'), re.findall(rb'(?L)\w+', b'caf\xe9 ok'))
print(re.findall(rb'(?i)[a-z]+', b'HeLLo \xc9'), re.findall(rb'(?iL)k+', b'kKk'), re.match(rb'(?iL)(a)\1', b'aA'))
print(re.findall(rb'\s+', b'a \x1c\t\x0bb'), re.findall(rb'\d', b'1\xb2'), re.findall(rb'[\x80-\xff]+', b'a\x80\xffb'))
m = re.match(rb'(?P<a>a)(b)?', b'abc')
print(m, m.groups(), m.groupdict(), m.group(0), m[1], m.expand(rb'\2\1'), m.span(), m.string)
print(re.sub(rb'a', rb'\\', b'bab'), re.split(rb'(,)', b'1,2'), re.subn(b'', b'-', b'ab'))
print(re.compile(b'abc', re.I), re.compile(rb'\d+'), re.escape(b'a.b'))
print(re.fullmatch(b'.*', b'\x00\n\xff'), re.fullmatch(b'(?s).*', b'\x00\n\xff'))
print(re.search(rb'\bx\b', b'a x b'), re.search(rb'(?i)\xe9', b'\xc9'))
for pattern, subject in [(b'a', 'a'), ('a', b'a'), (b'a', 1), (b'a', bytearray_missing) if False else (b'a', None)]:
    try:
        print(re.search(pattern, subject))
    except TypeError as e:
        print(type(e).__name__, e)
