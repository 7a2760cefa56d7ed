# str searching and comparison: find, in, startswith/endswith, ordering, equality.
haystack = 'abracadabra'
for needle in ['a', 'bra', 'cad', 'abra', 'z', '', 'abracadabra', 'abracadabrax']:
    print(repr(needle), haystack.find(needle), needle in haystack,
          haystack.startswith(needle), haystack.endswith(needle))
print(haystack.find('a', 1), haystack.find('a', 4, 6), haystack.find('bra', -4), haystack.find('a', 100))
positions = []
i = haystack.find('a')
while i >= 0:
    positions.append(i)
    i = haystack.find('a', i + 1)
print(positions)
print(haystack.startswith('cad', 4), haystack.endswith('cad', 0, 7), haystack.startswith(('x', 'ab')))
print('file.tar.gz'.endswith(('.gz', '.zip')), 'README'.startswith(('read', 'READ')))
pairs = [('apple', 'apples'), ('Zebra', 'apple'), ('a', 'B'), ('10', '9'), ('', ' '),
         ('abc', 'abc'), ('\u00e9', 'z'), ('aaa', 'aa')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
names = ['bob', 'Alice', 'alice', 'Bob', '_x', 'a1', 'a10', 'a2', '']
print(sorted(names))


def lowered(s):
    return s.lower()


print(sorted(names, key=lowered), sorted(names, key=len))
print(min(names), max(names), 'Alice' in names, 'ALICE' in names)
s = 'Mississippi'
print(s.lower().find('ss'), s.upper().find('SS', 4), s.replace('ss', 'SS'), s.replace('i', ''))
print(s[s.find('ss'):], s[:s.find('p')], s.lower() == 'mississippi', s == 'mississippi')
word = 'level'
print(word == word[::-1], 'python' == 'python'[::-1], 'a' * 3 == 'aaa', 'ab' * 2 < 'abb')
print('x' in 'x', 'xx' in 'x', 'Py' in 'Python', 'py' in 'Python')
