# dict: views (live, set operations, reversed), methods with edge cases, |/|= merge, fromkeys, popitem order, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
d['d'] = 4
del d['a']
print(k, v, it, len(k), 'b' in k, 2 in v, ('b', 2) in it, ('b', 3) in it, ['b', 2] in it)
print(*[sorted(x) for x in [k & {'b', 'x'}, k | {'x'}, k - {'b'}, k ^ {'b', 'y'}, {'b', 'z'} & k, {'z'} | k, {'c', 'q'} - k, it & {('b', 2)}, it - {('c', 3)}]])
print(k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'], k < {'b', 'c', 'd', 'e'}, k <= k, it == {('b', 2), ('c', 3), ('d', 4)}, v == v)
print(k.isdisjoint({'x'}), k.isdisjoint(['b']), it.isdisjoint([('b', 2)]), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(k.mapping.items()) if hasattr(k, 'mapping') else '', type(k).__name__, type(v).__name__, type(it).__name__)
t(lambda: k + k), t(lambda: v & v), t(lambda: v | {1}), t(lambda: hash(k)), t(lambda: k[0])
for dd in [{}, {'x': 1}]:
    t(lambda: dd.popitem())
e = {1: 'a', 2: 'b', 3: 'c'}
print(e.popitem(), e, e.pop(1), e.pop(99, 'dflt'), e.setdefault(5), e.setdefault(2, 'ignored'), e.get(7), e.get(7, 0), e)
t(lambda: e.pop(99)), t(lambda: e.pop()), t(lambda: e.get()), t(lambda: e.setdefault()), t(lambda: {}.pop(1, 2, 3))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys((), 5), dict.fromkeys('aab', []))
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3}, {1: 2}.__or__([1]))
x = {'a': 1}
x |= {'b': 2}
x |= [('c', 3)]
print(x)
t(lambda: {} | [('a', 1)]), t(lambda: {}.__ior__(5))
u = {}
u.update({'a': 1}, b=2)
u.update([('c', 3), ['d', 4]])
u.update(e=5)
u.update({'a': 10}.items())
print(u)
t(lambda: u.update([1])), t(lambda: u.update([('a', 1, 2)])), t(lambda: u.update(5)), t(lambda: u.update({}, {}))
print(dict(a=1), dict([('a', 1)], b=2), dict({'x': 1}, x=2), dict(zip('ab', 'cd')), dict(dict(q=1)))
t(lambda: dict([1, 2])), t(lambda: dict('ab')), t(lambda: dict(1)), t(lambda: dict({}, {})), t(lambda: {[]: 1}), t(lambda: {}[[]])
m = {'k': 1}
for key in list(m):
    m[key + key] = 2
print(m)
def mutate():
    mm = {1: 1, 2: 2}
    for key in mm:
        mm[key + 10] = 0
t(mutate)
def shrink():
    mm = {1: 1, 2: 2}
    for key in mm:
        del mm[key]
t(shrink)
print({1: 'int', 1.0: 'float', True: 'bool'}, {0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'}, len({1j, 1j + 0}))
order = {}
for ch in 'hello world':
    order[ch] = order.get(ch, 0) + 1
print(order, list(order), list(order.values())[:3])
del order['l']
order['l'] = 0
print(list(order)[-1], order == dict(sorted(order.items())), {1: 2} == {1: 2.0}, {'a': 1} != {'a': 1, 'b': 2})
print(d.copy() is not d, d.copy() == d, {}.copy(), type({}.keys().__iter__()).__name__)
d.clear()
print(d, k, v, it, len(it))
