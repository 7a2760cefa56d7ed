# Properties across inheritance: overriding, extending with super(), setter-only subclasses, abstract properties, property on slotted classes.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
    @property
    def ro(self):
        return 'base ro'
class Child(Base):
    @property
    def v(self):
        return super().v * 10
    @v.setter
    def v(self, value):
        Base.v.fset(self, value + 1)
class ReuseGetter(Base):
    @Base.v.setter
    def v(self, value):
        self._v = -value
c = Child()
c.v = 4
print(c.v, c._v, Base.v.fget(c), type(Child.__dict__['v']).__name__)
r = ReuseGetter()
r.v = 3
print(r.v, ReuseGetter.v.fget is Base.v.fget, ReuseGetter.v.fset is Base.v.fset)
class Shadow(Base):
    ro = 'plain class attribute'
s = Shadow()
print(s.ro)
try:
    s.ro = 'x'
    print('assigned', s.ro, s.__dict__.get('ro'))
except AttributeError as e:
    print('AttributeError', e)
class DelProp:
    def __init__(self):
        self.log = []
    def _get(self):
        return 'val'
    def _del(self):
        self.log.append('deleted')
    x = property(_get, None, _del, 'doc x')
d = DelProp()
del d.x
print(d.log, DelProp.x.__doc__)
try:
    d.x = 1
except AttributeError as e:
    print('AttributeError', e)
class Slotted:
    __slots__ = ('_a',)
    def __init__(self):
        self._a = 0
    @property
    def a(self):
        return self._a
    @a.setter
    def a(self, v):
        self._a = v * 2
sl = Slotted()
sl.a = 5
print(sl.a)
class Computed:
    calls = 0
    @property
    def expensive(self):
        Computed.calls += 1
        return 42
cp = Computed()
print(cp.expensive, cp.expensive, Computed.calls)
class RaisesAttr:
    @property
    def broken(self):
        raise AttributeError('inner failure')
    def __getattr__(self, name):
        return 'getattr fallback for ' + name
print(RaisesAttr().broken)
class DocFromGetter:
    @property
    def p(self):
        '''getter doc'''
        return 1
print(DocFromGetter.p.__doc__, property(doc='explicit').__doc__, property(lambda s: 1, doc='d').__doc__)
class PropSub(property):
    def __get__(self, obj, owner=None):
        return 'custom ' + str(super().__get__(obj, owner))
class UsesSub:
    @PropSub
    def p(self):
        return 'value'
print(UsesSub().p, type(UsesSub.__dict__['p']).__name__)
