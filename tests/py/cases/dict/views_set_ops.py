# keys() and items() views are set-like: &, |, -, ^ give sets; comparisons as sets; isdisjoint.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'w': 40}
print(a.keys() & b.keys(), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(a.keys() & {'x', 'q'}, sorted({'z', 'x', 'k'} - a.keys()), a.keys() == {'x', 'y', 'z'}, a.keys() <= {'x', 'y', 'z', 'k'})
print(a.items() & {('x', 1), ('y', 3)}, a.keys().isdisjoint(['q']), a.keys() > {'x'}, a.keys() != b.keys())
print(dict.fromkeys('ab').keys() == {'a', 'b'}, a.values() == a.values(), list(a.values()))
n = {1: 'a', 2: 'b', 3: 'c'}
print(n.keys() & {2, 3, 4}, n.keys() | {9}, n.keys() - {1}, type(n.keys() & {1}).__name__)
