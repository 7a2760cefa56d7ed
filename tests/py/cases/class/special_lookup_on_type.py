# Special methods are looked up on the type, not the instance; __getattr__/__getattribute__ do not supply them; dunders set on the class later work.
class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: 'instance repr'
c.__add__ = lambda other: 'instance add'
try:
    len(c)
except TypeError as e:
    print('TypeError', e)
print(repr(c)[:12], c.__repr__())
try:
    c + 1
except TypeError as e:
    print('TypeError', e)
class G:
    def __getattr__(self, name):
        return lambda *a: 'from getattr ' + name
g = G()
print(g.__len__(), g.anything())
try:
    len(g)
except TypeError as e:
    print('TypeError', e)
try:
    iter(g)
except TypeError as e:
    print('TypeError', e)
class GA:
    def __getattribute__(self, name):
        if name == '__len__':
            return lambda: 99
        return object.__getattribute__(self, name)
    def __len__(self):
        return 1
print(len(GA()), GA().__len__())
C.__len__ = lambda self: 7
C.__eq__ = lambda self, other: 'eq via class'
C.__hash__ = lambda self: 3
print(len(c), c == 1, hash(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return 'meta item ' + repr(k)
    def __iter__(cls):
        return iter('meta')
    def __contains__(cls, x):
        return x == 'yes'
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithMeta), len(WithMeta()), WithMeta[3], list(WithMeta), 'yes' in WithMeta, 'no' in WithMeta)
class Bool:
    pass
b = Bool()
b.__bool__ = lambda: False
print(bool(b))
class Ctx:
    pass
ctx = Ctx()
ctx.__enter__ = lambda: 1
ctx.__exit__ = lambda *a: None
try:
    with ctx:
        pass
except TypeError as e:
    print('TypeError', e)
class Call:
    pass
cl = Call()
cl.__call__ = lambda: 'called'
try:
    cl()
except TypeError as e:
    print('TypeError', e)
class Later:
    pass
l = Later()
Later.__call__ = lambda self: 'call added to class'
Later.__iter__ = lambda self: iter([1, 2])
Later.__getitem__ = lambda self, k: k * 2
print(l(), list(l), l[21])
