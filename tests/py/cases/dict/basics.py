# dict: insertion order, get/keys/values/items/pop/setdefault/update, in, iteration.
d = {'one': 1, 'two': 2, 'three': 3}
print(d, len(d), d['two'])
d['four'] = 4
d['one'] = 100
print(d)
print(d.get('two'), d.get('five'), d.get('five', 5))
print([k for k in d.keys()], [v for v in d.values()])
print([kv for kv in d.items()])
print('one' in d, 'zero' in d, 'zero' not in d, 100 in d)
print(d.pop('one'), d, d.pop('zzz', 'default'))
print(d.setdefault('two', 22), d.setdefault('five', 5), d)
d.update({'six': 6, 'two': 'II'})
print(d)
d.update([('seven', 7)])
d.update(eight=8)
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k + '=' + str(v), end=' ')
print()
ints = {}
for i in range(10, 0, -1):
    ints[i * i % 7] = i
print(ints)
mixed = {1: 'int', 2.5: 'float', (1, 2): 'tuple', 'k': 'str', None: 'none', True: 'bool?'}
print(mixed, mixed[1], mixed[(1, 2)], mixed[None])
print({}, len({}), {} == {}, {'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
nested = {'a': {'x': 1}, 'b': [1, 2]}
nested['a']['y'] = 2
nested['b'].append(3)
print(nested)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts), sorted(counts.values()), max(counts), min(counts.keys()))
sq = {}
for n in range(6):
    sq[n] = n * n
print(sq)
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e))
try:
    {}.pop('x')
except KeyError as e:
    print('KeyError:', e)
