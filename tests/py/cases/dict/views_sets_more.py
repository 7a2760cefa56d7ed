# dict and set behaviour: views, ordering, |, mutation during iteration, equality, fromkeys, setdefault.
d = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print(d | d2, d2 | d, {**d, **d2})
d3 = dict(d)
d3 |= d2
d3 |= [('z', 0)]
print(d3)
try:
    d | [('x', 1)]
except TypeError as e:
    print('TypeError', e)
k = d.keys()
v = d.values()
it = d.items()
d['e'] = 5
print(k, v, it, len(k), 'e' in k, ('e', 5) in it, 5 in v)
print(k & {'a', 'x'}, k | {'x'}, k - {'a'}, k ^ {'a', 'q'}, it & {('a', 1)}, k.isdisjoint({'zz'}))
print(reversed(d).__class__.__name__, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(k.mapping, type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as e:
    print('RuntimeError', e)
d = dict.fromkeys('abc', 0)
print(d, dict.fromkeys([1, 2]), d.setdefault('a', 9), d.setdefault('z', 9), d)
print(d.pop('z'), d.pop('zz', 'dflt'), d.popitem(), d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 1} == {0.0: 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, d.get('a'), d.get('q', 'none'))
print(dict([(1, 2), [3, 4]]), dict(a=1, **{'b': 2}), dict({'x': 1}, y=2), dict(zip('ab', range(2))))
for bad in [[(1, 2, 3)], [1], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and self.h == o.h
    def __repr__(self): return 'K%d' % self.h
dk = {K(1): 'one', K(2): 'two'}
print(dk[K(1)], K(3) in dk, dk)
try:
    {[]: 1}
except TypeError as e:
    print('TypeError', e)
s = {3, 1, 2}
t = frozenset([2, 3, 4])
print(s | t, s & t, s - t, s ^ t, t - s, type(t | s).__name__, type(s | t).__name__)
print(s.union([9], (8,)), s.intersection('abc'), s.difference(), s.symmetric_difference([1, 5]))
print(s <= {1, 2, 3, 4}, s < s, s >= {1}, s.issubset(range(10)), s.issuperset([1, 1]), s.isdisjoint([7]))
s2 = set(s)
s2 |= {10}
s2 &= {1, 2, 10}
s2 -= {2}
s2 ^= {99}
print(sorted(s2), s2.pop() in {1, 10, 99}, len(s2))
s2.discard(12345)
try:
    s2.remove(12345)
except KeyError as e:
    print('KeyError', e)
s3 = {1, 2}
s3.update([3], {4})
s3.intersection_update({1, 2, 3})
s3.difference_update([1])
s3.symmetric_difference_update([3, 7])
print(s3, s3.copy(), set() == frozenset(), {frozenset([1]): 'fs'}[frozenset([1])], hash(frozenset()) == hash(frozenset()))
try:
    for x in s3:
        s3.add(x + 100)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
print(set('hello') == set('olleh'), {1, 2} == [1, 2], {1, 2} != {2, 1}, sorted({'b', 'a'}), {x % 3 for x in range(10)})
try:
    s < [1]
except TypeError as e:
    print('TypeError', e)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({()}))
class SSub(set):
    pass
print(type(SSub([1]) | {2}).__name__, SSub([1]) == {1}, repr(SSub([1])))
