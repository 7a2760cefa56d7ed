# Descriptor precedence: data descriptors beat the instance dict, which beats non-data descriptors and class attributes.
class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return ('data-get', self.name, obj is None, owner.__name__ if owner else None)
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value
        print('data-set', self.name, value)
    def __delete__(self, obj):
        print('data-delete', self.name)
class NonData:
    def __get__(self, obj, owner=None):
        return ('nondata-get', obj is None)
class SetOnly:
    def __set__(self, obj, value):
        print('setonly-set', value)
class GetDelete:
    def __get__(self, obj, owner):
        return 'gd-get'
    def __delete__(self, obj):
        print('gd-delete')
class C:
    d = Data('d')
    n = NonData()
    s = SetOnly()
    gd = GetDelete()
    plain = 'class-attr'
c = C()
print(c.d, C.d)
c.d = 5
print(c.__dict__, c.d)
c.__dict__['d'] = 'shadow?'
print(c.d)
del c.d
print(c.n, C.n)
c.n = 'instance wins'
print(c.n, C.n)
del c.n
print(c.n)
print(C.s is C.__dict__['s'], type(c.s).__name__)
c.s = 3
c.__dict__['s'] = 'in dict'
print(c.s)
c.s = 4
print(c.gd)
c.__dict__['gd'] = 'dict-gd'
print(c.gd)
del c.gd
c.plain = 'inst'
print(c.plain, C.plain)
try:
    del c.missing
except AttributeError as e:
    print('AttributeError', e)
# descriptors on the metaclass vs the class
class Meta(type):
    md = Data('md')
    mn = NonData()
class K(metaclass=Meta):
    mn = 'class own'
    md = 'class own md'
print(K.md, K.mn)
try:
    K.md = 'via meta'
except TypeError as e:
    print('TypeError', e)
print('_md' in K.__dict__, K.md)
# __get__ with a descriptor that raises AttributeError falls back to __getattr__
class Raising:
    def __get__(self, obj, owner):
        raise AttributeError('from descriptor')
class G:
    r = Raising()
    def __getattr__(self, name):
        return 'getattr:' + name
print(G().r)
# functions are non-data descriptors
class F:
    def m(self):
        return 'method'
f = F()
f.m = lambda: 'instance function'
print(f.m(), F.m(f), F.__dict__['m'].__get__(f, F)(), F.__dict__['m'].__get__(None, F) is F.__dict__['m'])
# property is a data descriptor even without a setter
class P:
    @property
    def x(self):
        return 'prop'
p = P()
p.__dict__['x'] = 'dict'
print(p.x)
try:
    p.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
