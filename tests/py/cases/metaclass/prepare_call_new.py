# Metaclass hooks in order: __prepare__ (custom namespace), __new__, __init__, __call__; keyword arguments; conflicts.
class Namespace(dict):
    def __setitem__(self, key, value):
        print('ns set', key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Namespace()
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, type(ns).__name__, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print('call', cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        obj.via_meta = True
        return obj
class Base(metaclass=Meta, flag=1):
    x = 1
    def method(self):
        return 'm'
class Child(Base, flag=2):
    y = 2
    def __init__(self, v):
        self.v = v
c = Child(7)
print(c.v, c.via_meta, Child.created_by, type(Child).__name__, type(Base.__dict__).__name__)
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2): pass
except TypeError as e:
    print('TypeError', e)
class M3(M1, M2): pass
class Resolved(A1, A2, metaclass=M3): pass
print(type(Resolved).__name__)
class Sub1(M1): pass
class A3(metaclass=Sub1): pass
class Winner(A1, A3): pass
print(type(Winner).__name__)
def func_meta(name, bases, ns, **kw):
    print('func_meta', name, kw)
    return 42
class NotAClass(metaclass=func_meta, k=3):
    pass
print(NotAClass)
class PrepareBad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class UsesBad(metaclass=PrepareBad):
        pass
except TypeError as e:
    print('TypeError', e)
print(type('Dyn', (), {'a': 1}).a, type(3), type('Dyn2', (Base,), {}).created_by)
try:
    type('X', 5, {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (), 5)
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
class NewReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return 'not a class'
class Strange(metaclass=NewReturnsOther):
    pass
print(Strange)
class Counting(type):
    def __call__(cls, *args, **kwargs):
        return ('intercepted', args)
class NeverInit(metaclass=Counting):
    def __init__(self):
        print('never')
print(NeverInit(1, 2))
