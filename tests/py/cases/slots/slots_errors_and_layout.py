# __slots__: descriptors on the class, inheritance, __dict__/__weakref__ slots, error cases at class creation and use.
class P:
    __slots__ = ('x', 'y')
print(type(P.__dict__['x']).__name__, P.x.__name__, P.x.__objclass__ is P, '__weakref__' in P.__dict__, repr(P.x))
p = P()
try:
    p.x
except AttributeError as e:
    print('AttributeError', e)
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError', e)
print(P.x.__get__(None, P) is P.x)
try:
    P.x.__get__(5)
except TypeError as e:
    print('TypeError', e)
try:
    P.x.__set__(5, 1)
except TypeError as e:
    print('TypeError', e)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 5
except ValueError as e:
    print('ValueError', e)
try:
    class BadName:
        __slots__ = ('not valid',)
except TypeError as e:
    print('TypeError', e)
try:
    class NotStr:
        __slots__ = (1,)
except TypeError as e:
    print('TypeError', e)
try:
    class TwoDicts:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print('TypeError', e)
try:
    class IntSlots(int):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError', e)
class Str(str):
    __slots__ = ()
print(Str('ok'), hasattr(Str('x'), '__dict__'))
class One:
    __slots__ = 'only'
o = One()
o.only = 'single string slot'
print(o.only, One.__slots__)
class FromList:
    __slots__ = ['a', 'b']
class FromDict:
    __slots__ = {'a': 'doc of a', 'b': None}
print(FromDict.a.__doc__, FromList.__slots__)
class Child(P):
    __slots__ = ('z',)
c = Child()
c.x, c.z = 1, 2
print(c.x, c.z, hasattr(c, '__dict__'))
class WithDict(P):
    __slots__ = ('__dict__',)
w = WithDict()
w.anything = 1
w.x = 2
print(w.__dict__['anything'], w.x)
class WeakSlots:
    __slots__ = ('__weakref__',)
import weakref
ws = WeakSlots()
print(weakref.ref(ws)() is ws)
try:
    weakref.ref(p)
except TypeError as e:
    print('TypeError', e)
class Private:
    __slots__ = ('__secret',)
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret
pr = Private()
pr.set(9)
print(pr.get(), sorted(k for k in Private.__dict__ if 'secret' in k))
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print('AttributeError', e)
print(Empty.__dict__.get('__slots__'), '__dict__' in Empty.__dict__)
