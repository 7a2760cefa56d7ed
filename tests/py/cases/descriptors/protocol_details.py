# Descriptor protocol details: precedence, __get__ signatures, classmethod/staticmethod wrapping, __slots__ members.
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return ('get', self.name, obj is None, objtype.__name__ if objtype else None)
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value
    def __delete__(self, obj):
        obj.__dict__.pop('_' + self.name, None)
        print('deleted', self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata'

class C:
    d = Verbose('d')
    n = NonData()

c = C()
print(c.d, C.d)
c.d = 5
print(c.__dict__, c.d)
c.__dict__['d'] = 'instance'
print(c.d)
c.__dict__['n'] = 'instance wins'
print(c.n, C.n)
del c.d
print(c.__dict__)

# A descriptor only with __set__ is still a data descriptor
class SetOnly:
    def __set__(self, obj, value):
        print('SetOnly set', value)
class D:
    s = SetOnly()
d = D()
d.s = 3
d.__dict__['s'] = 'dict value'
print(d.s, D.s.__class__.__name__)

# __get__ called via type(descriptor), not instance attribute
class Sneaky:
    pass
sn = Sneaky()
sn.__get__ = lambda *a: 'instance __get__'
class E:
    attr = sn
print(E().attr is sn)

# classmethod/staticmethod details
class F:
    @classmethod
    def cm(cls, x):
        return cls.__name__, x
    @staticmethod
    def sm(x):
        return x * 2
    @classmethod
    @property
    def cprop(cls):
        return 'cprop of ' + cls.__name__
class G(F):
    pass
print(F.cm(1), G.cm(2), G().cm(3), F.sm(4), F().sm(5), G.cprop)
print(type(F.__dict__['cm']).__name__, F.__dict__['sm'].__func__(6), F.__dict__['cm'].__func__(F, 7))
print(F.__dict__['sm'].__get__(None, F)(8), F.__dict__['cm'].__get__(None, G)(9))
print(staticmethod(len)('abc'), callable(F.__dict__['sm']), F.__dict__['sm'].__wrapped__.__name__)
print(F.sm.__name__, F.cm.__name__, F.cm.__self__.__name__, F.__dict__['cm'].__isabstractmethod__)

# function descriptors
def plain(self, y=0):
    return ('plain', self, y)
bound = plain.__get__(10)
print(bound(), bound.__self__, bound.__func__ is plain, plain.__get__(None, int) is plain, type(bound).__name__)
m = [].append
print(m.__self__, m.__name__, type(m).__name__, m.__qualname__)

# __slots__ members are data descriptors on the class
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
print(type(S.a).__name__, S.a.__get__(s, S), S.a.__name__, S.a.__objclass__.__name__)
try:
    s.b
except AttributeError as e:
    print('AttributeError', e)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
S.a.__set__(s, 10)
print(s.a)
S.a.__delete__(s)
try:
    print(s.a)
except AttributeError as e:
    print('AttributeError', e)

# property corner cases
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        'the v'
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
    w = property(lambda self: 'w', doc='w doc')
p = P()
p.v = 4
print(p.v, P.v.__doc__, P.w.__doc__, P.v.fget.__name__, P.v.fset.__name__, P.v.fdel)
try:
    del p.v
except AttributeError as e:
    print('AttributeError', e)
try:
    p.w = 1
except AttributeError as e:
    print('AttributeError', e)
print(property().__get__(None, P) is not None)
try:
    property().__get__(p, P)
except AttributeError as e:
    print('AttributeError', e)
# Descriptor on a metaclass
class Meta(type):
    @property
    def meta_prop(cls):
        return 'meta ' + cls.__name__
class H(metaclass=Meta):
    pass
print(H.meta_prop)
try:
    H().meta_prop
except AttributeError as e:
    print('AttributeError', e)
# __getattr__ called only after descriptors fail with AttributeError
class R:
    @property
    def broken(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(R().broken, R().missing)
