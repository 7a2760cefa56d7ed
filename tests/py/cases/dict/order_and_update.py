# dict ordering: insertion order survives updates, pops and re-insertion.
d = {}
for k in ['delta', 'alpha', 'charlie', 'bravo']:
    d[k] = len(k)
print(d, [k for k in d])
d['alpha'] = 'updated'
print(d)
d.pop('delta')
d['delta'] = 'back at the end'
print(d)
d.update({'echo': 5, 'alpha': 'again'})
print(d)
print(d.setdefault('foxtrot', []), d)
d['foxtrot'].append('x')
print(d['foxtrot'], d.get('foxtrot'))
keys = [k for k in d.keys()]
values = [v for v in d.values()]
items = [kv for kv in d.items()]
print(keys, values, items[0], items[-1])
n = {}
for i in range(20):
    n[i % 7] = n.get(i % 7, 0) + i
print(n)
for k in [3, 0, 6]:
    print(k, n.pop(k), len(n))
print(n, 3 in n, 4 in n)
n[3] = 'new'
print(n, [k for k in n])
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 3):
    big.pop(str(i))
print(len(big), [k for k in big][:10], sum(big.values()))
num_keys = {}
for k in [10 ** 20, -1, 2.5, 0, (1, 2), 'x', 2 ** 64]:
    num_keys[k] = repr(k)
print(num_keys)
print(num_keys[10 ** 20], 2.5 in num_keys, (1, 2) in num_keys, 0.0 in num_keys)
copy = {}
copy.update(d)
copy['alpha'] = 'only in copy'
print(d['alpha'], copy['alpha'], len(copy) == len(d))
print(d == copy, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 'x'} == {1.0: 'x'})
