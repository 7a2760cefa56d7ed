# Special-method lookup rules: on the type, not the instance; reflected, in-place, fallbacks.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'N(%r)' % self.v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o)) if isinstance(o, (N, int)) else NotImplemented
    def __radd__(self, o):
        return N(o + self.v) if isinstance(o, int) else NotImplemented
    def __iadd__(self, o):
        self.v += o if isinstance(o, int) else o.v
        return self
    def __sub__(self, o): return N(self.v - o)
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * o)
    __rmul__ = __mul__
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __truediv__(self, o): return 'truediv'
    def __rtruediv__(self, o): return 'rtruediv'
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'
    def __rmod__(self, o): return 'rmod'
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __lshift__(self, o): return 'lshift'
    def __rrshift__(self, o): return 'rrshift'
    def __and__(self, o): return 'and'
    def __ror__(self, o): return 'ror'
    def __xor__(self, o): return 'xor'
    def __neg__(self): return N(-self.v)
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'invert'
    def __complex__(self): return 1j
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
a = N(1)
print(a + 2, 2 + a, a + a, a - 1, 10 - a, a * 3, 3 * a, a @ 1, 1 @ a, a / 1, 1 / a, a // 1, a % 1, 1 % a)
print(divmod(a, 1), divmod(1, a), a ** 2, pow(a, 2, 5), 2 ** a, a << 1, 1 >> a, a & 1, 1 | a, a ^ 1)
print(-a, +a, abs(a), ~a, complex(a), int(a), float(a), round(a), round(a, 2), math.trunc(a), math.floor(a), math.ceil(a))
print([10, 20, 30, 40][a], bin(a), hex(a), oct(a), range(10)[a], 'abcdef'[a:])
b = a
a += 5
print(a, b, a is b)
a += N(1)
print(a)
try:
    a + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'x' + a
except TypeError as e:
    print('TypeError', e)
try:
    a < a
except TypeError as e:
    print('TypeError', e)
# Instance attributes do not define special methods
class Plain:
    pass
pl = Plain()
pl.__len__ = lambda: 5
pl.__add__ = lambda o: 'inst'
try:
    len(pl)
except TypeError as e:
    print('TypeError', e)
try:
    pl + 1
except TypeError as e:
    print('TypeError', e)
# Subclass reflected operand gets priority
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
    def __lt__(self, o): return 'Base.lt'
    def __gt__(self, o): return 'Base.gt'
class Derived(Base):
    def __radd__(self, o): return 'Derived.radd'
    def __gt__(self, o): return 'Derived.gt'
print(Base() + Derived(), Derived() + Base(), Base() < Derived(), Derived() < Base())
# in-place falls back to binary op, then reflected
class OnlyAdd:
    def __add__(self, o): return 'add used'
x = OnlyAdd()
x += 1
print(x)
class OnlyRadd:
    def __radd__(self, o): return 'radd used'
y = 1
y += OnlyRadd()
print(y)
# __iadd__ returning NotImplemented falls back
class IaddNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
z = IaddNI()
z += 1
print(z)
# list += uses __iadd__ (extend) but + needs list
l = [1]
l += (2, 3)
print(l)
try:
    l + (4,)
except TypeError as e:
    print('TypeError', e)
# __bool__ and __len__ truth rules
class B1:
    def __bool__(self): return False
    def __len__(self): return 5
class B2:
    def __len__(self): return 0
class B3:
    def __bool__(self): return 1
class B4:
    def __len__(self): return -1
print(bool(B1()), bool(B2()), not B2(), bool(Plain()))
for bad in [B3(), B4()]:
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# __contains__ fallback to __iter__ then __getitem__
class ViaIter:
    def __iter__(self): return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(2 in ViaIter(), 5 in ViaIter(), 20 in ViaGetitem(), 25 in ViaGetitem(), list(ViaGetitem()), list(reversed([1, 2])))
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print('TypeError', e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print('TypeError', e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
# __reversed__ and __length_hint__
class Rev:
    def __reversed__(self): return iter('cba')
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Rev())), list(reversed(ViaGetitem.__new__(ViaGetitem))) if False else '')
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i
print(list(reversed(Seq())))
# __missing__ on dict subclasses
class Default(dict):
    def __missing__(self, key):
        return key * 2
dd = Default(a=1)
print(dd['a'], dd['bb'], dd.get('zz'), 'bb' in dd)
# __call__, __getitem__ with slices, __setitem__/__delitem__
class Grid:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
    def __call__(self, *a, **kw): return a, kw
g = Grid()
print(g[1], g[1:2], g[1:2, ::3], g[...], g[()], g(1, x=2))
g[0:5] = 'v'
del g[::2]
