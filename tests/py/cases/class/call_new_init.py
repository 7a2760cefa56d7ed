# __new__ vs __init__: __init__ skipped when __new__ returns another type, __init__ must return None, __call__ on instances, object() arg checks.
class A:
    def __new__(cls, *args, **kw):
        print('A.__new__', cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print('A.__init__', args, kw)
a = A(1, k=2)
class Other:
    pass
class B:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never called')
print(type(B()).__name__)
class C:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.from_new = x
        return inst
print(C(5).from_new)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)
for f in [lambda: object(1), lambda: object(k=1), lambda: Other(1), lambda: Other(k=1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(3).x)
try:
    OnlyInit()
except TypeError as e:
    print('TypeError', e)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try:
    object.__new__(OnlyNew, 1)
    print('object.__new__ with extra args allowed when __new__ overridden')
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(5)
except TypeError as e:
    print('TypeError', e)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError', e)
class Callable:
    def __call__(self, *a, **k):
        return ('called', a, k)
c = Callable()
print(c(1, x=2), callable(c), callable(Callable))
c.__call__ = lambda: 'instance attr ignored'
print(c())
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        self.inits = getattr(self, 'inits', 0) + 1
s1, s2 = Singleton(), Singleton()
print(s1 is s2, s1.inits)
class IntLike(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __init__(self, v):
        self.orig = v
il = IntLike(21)
print(il, il.orig, type(il).__name__, il + 1, isinstance(il, int))
class StrLike(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(StrLike('abc'), StrLike('abc').lower(), type(StrLike('x') + 'y').__name__)
class ListLike(list):
    def __init__(self, *a):
        super().__init__(a)
print(ListLike(1, 2, 3), len(ListLike()), type(ListLike(1) + [2]).__name__)
