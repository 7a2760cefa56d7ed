# numbers/collections.abc ABCs: isinstance of builtins, registration, Mapping/Sequence mixin methods on user classes.
import numbers
import collections.abc as cabc
for v in [1, True, 1.5, 1j, '1', [1], (1,), {1}, {1: 1}, b'x', range(1), None]:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Integral), isinstance(v, numbers.Real),
          isinstance(v, cabc.Sequence), isinstance(v, cabc.Mapping), isinstance(v, cabc.Set), isinstance(v, cabc.Hashable),
          isinstance(v, cabc.Iterable), isinstance(v, cabc.Sized), isinstance(v, cabc.Container), isinstance(v, cabc.MutableSequence))
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), issubclass(int, numbers.Complex), issubclass(complex, numbers.Real))
class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(3, 1, 4, 1)
print(list(s), s.index(4), s.count(1), 4 in s, list(reversed(s)), isinstance(s, cabc.Reversible), len(s))
class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap(a=1, b=2)
print(m.get('a'), m.get('z', 0), sorted(m.keys()), sorted(m.items()), 'a' in m, m == {'a': 1, 'b': 2}, dict(m))
class MySet(cabc.Set):
    def __init__(self, it):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(self.s)
    def __len__(self):
        return len(self.s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= MySet([1, 2, 3, 5]), a.isdisjoint([9]), type(a & b).__name__)
try:
    class Incomplete(cabc.Sequence):
        pass
    Incomplete()
except TypeError as e:
    print('TypeError', e)
class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
print(isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Sequence))
numbers.Integral.register(type('Fake', (), {}))
class Number2:
    pass
cabc.Hashable.register(Number2)
print(isinstance(Number2(), cabc.Hashable), issubclass(Number2, cabc.Hashable))
def g():
    yield 1
print(isinstance(g(), cabc.Generator), isinstance(g(), cabc.Iterator), isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterator))
print(isinstance(len, cabc.Callable), isinstance(1, cabc.Callable), isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set))
