# Common str methods: join split strip upper lower replace find startswith endswith.
s = '  The quick brown fox jumps over the lazy dog  '
print(repr(s.strip()), repr(s.strip(' Tg')), repr('xxhixx'.strip('x')))
print(s.upper(), s.lower())
words = s.split()
print(words, len(words))
print('-'.join(words), ''.join(words), ', '.join(['a', 'b', 'c']), '|'.join([]))
print('a,b,,c,'.split(','), 'a b  c'.split(' '), 'one two three'.split(' ', 1))
print('k=v=w'.split('='), ''.split(), ''.split(','), '  lead'.split())
print(s.replace('o', '0'), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
print('banana'.replace('an', 'AN', 1), 'x'.replace('y', 'z'))
print(s.find('quick'), s.find('cat'), s.find('o'), s.find('o', 15), s.find(''), 'abc'.find('c', -1))
print(s.startswith('  The'), s.startswith('The'), s.endswith('dog  '), s.endswith('dog'))
print('file.py'.endswith('.py'), 'file.py'.startswith('file'), 'abc'.startswith(''))
print('MiXeD 123 Case!'.upper(), 'MiXeD 123 Case!'.lower(), '\u00c9t\u00e9'.lower())
line = 'name:alice;age:31;city:paris'
fields = line.split(';')
for f in fields:
    kv = f.split(':')
    print(kv[0].upper(), kv[1])
csv = 'x, y ,z , w'
print([part.strip() for part in csv.split(',')])
text = 'the cat and the hat and the bat'
print(text.find('the'), text.find('the', 1), text.find('the', 20), text.find('zzz'))
pos = text.find('the')
count = 0
while pos != -1:
    count += 1
    pos = text.find('the', pos + 1)
print('the occurs', count, 'times')
print('\t tabs \n'.strip(), repr('  '.strip()), repr('abc'.strip('cba')))
print('A-B-C'.lower().split('-'), 'x'.join('abc'), '.'.join(['1', '2', '3']).replace('.', ''))
print('Hello'.upper().lower().startswith('he'), 'straße'.upper())
