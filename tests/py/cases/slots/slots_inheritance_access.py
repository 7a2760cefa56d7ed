# __slots__ in use: inheritance chains, properties alongside slots, class attributes shadowed by slots in subclasses, copying, pickling-free state.
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
total = Vec(0, 0)
for i in range(100):
    total = total + Vec(i, -i)
print(total, total.norm2)
class Vec3(Vec):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return 'Vec3(%r, %r, %r)' % (self.x, self.y, self.z)
v3 = Vec3(1, 2, 3)
print(v3, v3.norm2, [k for k in ('x', 'y', 'z') if hasattr(v3, k)])
try:
    v3.w = 4
except AttributeError as e:
    print('AttributeError', e)
class Loose(Vec):
    pass
lo = Loose(1, 2)
lo.extra = 'ok'
print(lo.__dict__['extra'], lo.x)
del lo.x
try:
    lo.x
except AttributeError as e:
    print('AttributeError', e)
lo.x = 'back'
print(lo.x)
class Base:
    shared = 'class value'
class Shadow(Base):
    __slots__ = ('shared',)
s = Shadow()
try:
    s.shared
except AttributeError as e:
    print('AttributeError', e)
s.shared = 'instance value'
print(s.shared, Base.shared, type(Shadow.__dict__['shared']).__name__)
import copy
c = copy.copy(v3)
d = copy.deepcopy(Vec([1], [2]))
print(c, c is not v3, d, getattr(Vec, '__slots__'))
print(Vec.x.__get__(total), Vec.y.__get__(total, Vec))
Vec.x.__set__(total, 'via descriptor')
print(total.x)
Vec.x.__delete__(total)
print(hasattr(total, 'x'))
class Counter:
    __slots__ = ('count',)
    def __init__(self):
        self.count = 0
    def bump(self):
        self.count += 1
        return self
cn = Counter()
for _ in range(1000):
    cn.bump()
print(cn.count)
class WithGetattr:
    __slots__ = ('a',)
    def __getattr__(self, name):
        return 'fallback ' + name
w = WithGetattr()
print(w.a, w.b)
w.a = 1
print(w.a)
class Multi1:
    __slots__ = ()
class Multi2:
    __slots__ = ()
class Both(Multi1, Multi2):
    __slots__ = ('v',)
b = Both()
b.v = 5
print(b.v, Both.__mro__[1].__name__)
class NonEmpty1:
    __slots__ = ('p',)
class NonEmpty2:
    __slots__ = ('q',)
try:
    class Clash(NonEmpty1, NonEmpty2):
        pass
    print('no clash error')
except TypeError as e:
    print('TypeError', e)
class A:
    __slots__ = ('x', 'y')
class B(A):
    __slots__ = ('z', 'w', 'z')
b = B(); b.z = 1; b.x = 2
print(b.z, b.x, type(B.__dict__['z']).__name__)
class C(A):
    __slots__ = A.__slots__ + ('q',)
c = C(); c.x = 5; c.q = 6
print(c.x, c.q)
