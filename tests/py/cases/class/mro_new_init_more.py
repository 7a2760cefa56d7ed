# Class machinery: C3 MRO conflicts, __bases__, __mro__, __subclasses__, __qualname__, __init__ return, __new__ rules.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], D.__bases__, D.mro() == list(D.__mro__), A.__subclasses__())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError', e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class FromInt(1):
        pass
except TypeError as e:
    print('TypeError', e)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner.__module__, Outer.__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError', e)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NewReturnsOther())
class NewReturnsSub:
    def __new__(cls, *a):
        return object.__new__(Sub)
    def __init__(self, *a):
        print('init called with', a)
class Sub(NewReturnsSub):
    pass
print(type(NewReturnsSub(1)).__name__)
try:
    object.__new__(A, 1)
except TypeError as e:
    print('TypeError', e)
try:
    A(1)
except TypeError as e:
    print('TypeError', e)
for obj in [object(), A(), NewReturnsOther.__new__(NewReturnsSub)]:
    try:
        obj.__init__(1)
        print('accepted', type(obj).__name__)
    except TypeError as e:
        print('TypeError', e)
class OwnNew:
    def __new__(cls, *a):
        return super().__new__(cls)
OwnNew().__init__(1, 2)
print(type(OwnNew(5)).__name__)
class Slotless:
    pass
s = Slotless()
s.__dict__ = {'x': 1}
print(s.x, vars(s))
try:
    s.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
class Other:
    pass
s.__class__ = Other
print(type(s).__name__)
try:
    s.__class__ = int
except TypeError as e:
    print('TypeError', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError', e)
print(isinstance(A, type), isinstance(type, type), type(type), type(object), object.__bases__, type.__bases__, type.__mro__)
B.__bases__ = (C,)
print([k.__name__ for k in B.__mro__], [k.__name__ for k in D.__mro__])
try:
    A.__bases__ = (D,)
except TypeError as e:
    print('TypeError', e)
class Named:
    pass
Named.__name__ = 'Renamed'
Named.__qualname__ = 'Q.Renamed'
print(Named, Named.__name__, repr(Named()).split(' ')[0])
try:
    Named.__name__ = 5
except TypeError as e:
    print('TypeError', e)
class WithDoc:
    'docstring'
print(WithDoc.__doc__, Outer.__doc__, WithDoc.__module__, sorted(k for k in WithDoc.__dict__ if k not in ('__dict__', '__weakref__')))
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Counter2(Counter):
    pass
Counter(); Counter2(); Counter2()
print(Counter.count, Counter2.count)
print(hasattr(A, '__dict__'), type(A.__dict__).__name__, 'x' in dir(Slotless), A.__class__, A().__class__.__class__)
class Abstract:
    def method(self):
        raise NotImplementedError('subclass must implement')
try:
    Abstract().method()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(NotImplemented, repr(NotImplemented), bool.__bases__, type(None)(), type(...)(), type(NotImplemented).__name__)
