# Rich comparison dispatch: reflected operands, subclass priority, __ne__ derived from __eq__, identity fallback, ordering errors.
class T:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
class Lt(T):
    def __lt__(self, o):
        print('Lt.__lt__', self, o)
        return NotImplemented if o == 'ni' else 'lt-result'
class Gt(T):
    def __gt__(self, o):
        print('Gt.__gt__', self, o)
        return 'gt-result'
a, b = Lt('a'), Gt('b')
print(a < b)
print(b > a)
print(b < a)
try:
    print(a > b)
except TypeError as e:
    print('TypeError', e)
class Eq(T):
    def __eq__(self, o):
        print('Eq.__eq__', self, o)
        return NotImplemented
e1, e2 = Eq('e1'), Eq('e2')
print(e1 == e2, e1 != e2, e1 == e1, e1 != e1)
class EqTrue(T):
    def __eq__(self, o):
        return True
print(EqTrue('x') != 5, EqTrue('x') == 5, 5 == EqTrue('y'), 5 != EqTrue('y'))
class NeOnly(T):
    def __ne__(self, o):
        return 'custom'
print(NeOnly('n') == NeOnly('n'), NeOnly('n') != 1)
class Base(T):
    def __eq__(self, o):
        return 'Base.eq'
    def __lt__(self, o):
        return 'Base.lt'
class Derived(Base):
    def __eq__(self, o):
        return 'Derived.eq'
    def __gt__(self, o):
        return 'Derived.gt'
print(Base('b') == Derived('d'), Base('b') < Derived('d'), Derived('d') == Base('b'))
for x, y in [(1, 'a'), ([1], [1, 'a']), ((1, 2), (1, 'x')), ({1}, [1]), (None, 0), (1j, 1j), (object(), object())]:
    for name, fn in [('<', lambda p, q: p < q), ('<=', lambda p, q: p <= q), ('>', lambda p, q: p > q), ('==', lambda p, q: p == q)]:
        try:
            print(type(x).__name__, name, type(y).__name__, fn(x, y))
        except TypeError as e:
            print('TypeError', e)
print([1, 2] < [1, 2, 3], (1, 'a') < (2, 'b'), [[1]] == [[1]], 'abc' < 'abd', b'a' < b'b', {1, 2} < {1, 2, 3}, {1} > {1})
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3, 1 == 1.0 == True, 'a' < 'b' > 'a')
nan = float('nan')
print(nan == nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], {nan: 1}.get(nan), max(nan, 1), max(1, nan))
class Weird(T):
    def __eq__(self, o):
        raise ValueError('eq raised')
w = Weird('w')
for f in [lambda: w == 1, lambda: [w] == [w], lambda: w in [1], lambda: w in [w], lambda: [1].index(w) if False else [1].count(w)]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
class BoolFail:
    def __bool__(self):
        raise RuntimeError('no bool')
class CmpReturnsObj(T):
    def __lt__(self, o):
        return BoolFail()
try:
    sorted([CmpReturnsObj('p'), CmpReturnsObj('q')])
except RuntimeError as e:
    print('RuntimeError', e)
print(CmpReturnsObj('p') < 1 is not None)
