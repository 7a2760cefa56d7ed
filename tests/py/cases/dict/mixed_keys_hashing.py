# Dict and set keys: numeric equality across int/float/complex/bool/Decimal-free, custom __hash__/__eq__, hash collisions, mutation of keys.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d[1 + 0j] = 'complex'
print(d, len(d), list(d)[0], type(list(d)[0]).__name__)
s = {0, 0.0, False, -0.0, 0j}
print(s, len(s))
print({2**64: 'a'}.get(float(2**64)), {0.5: 'half'}.get(1 / 2), {float('nan'): 1}.get(float('nan')), hash(float('inf')) == hash(float('inf')))
nan = float('nan')
nd = {nan: 'same object'}
print(nd.get(nan), nan in nd, nan in {nan}, [nan].count(nan), (nan,) == (nan,))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return 'C%d' % self.v
cd = {Collide(i): i for i in range(50)}
print(len(cd), cd[Collide(25)], Collide(99) in cd, sorted(cd.values())[:5])
for i in range(0, 50, 2):
    del cd[Collide(i)]
print(len(cd), cd.get(Collide(3)), cd.get(Collide(4)), list(cd)[:3])
class EqCount:
    eq_calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        EqCount.eq_calls += 1
        return self.v == other.v
k = EqCount(1)
dd = {k: 'x'}
print(dd[k], EqCount.eq_calls, dd[EqCount(1)], EqCount.eq_calls > 0)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
m = Mutable(1)
md = {m: 'found'}
m.v = 2
print(md.get(m), md.get(Mutable(1)), md.get(Mutable(2)), len(md))
print({(1, 2): 'tuple'}[(1.0, 2.0)], {frozenset({1}): 'fs'}[frozenset({1.0})], {'a': 1} == {'a': 1.0}, {1: 'a'} == {1.0: 'a'})
big = {i: i * i for i in range(10000)}
print(len(big), big[9999], sum(big) == sum(range(10000)), 5000 in big, -1 in big)
for i in range(0, 10000, 3):
    del big[i]
print(len(big), min(big), max(big), list(big)[:4])
big.update((i, -i) for i in range(0, 30, 3))
print(list(big.items())[-3:], len(big))
class BadHash:
    def __hash__(self):
        raise ValueError('no hash for you')
for f in [lambda: {BadHash(): 1}, lambda: {1: 2}[BadHash()], lambda: BadHash() in {1}, lambda: {1}.add(BadHash()), lambda: frozenset([BadHash()])]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
