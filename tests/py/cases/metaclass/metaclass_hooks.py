# Metaclass __prepare__/__new__/__init__/__call__, keyword arguments, inheritance of metaclasses.
log = []

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, sorted(kw)))
        d = {'injected': 42}
        return d

    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(k for k in ns if not k.startswith('__'))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        log.append(('call', cls.__name__, args))
        inst = super().__call__(*args, **kw)
        inst.made_by_meta = True
        return inst


class Base(metaclass=OrderedMeta, flavour='x'):
    def __init__(self, v):
        self.v = v


class Child(Base, flavour='y', extra=1):
    pass


for entry in log:
    print(entry)
print(Base.kw, Child.kw, Base.injected, type(Child).__name__)
c = Child(5)
print(c.v, c.made_by_meta, log[-1])


class Meta2(type):
    pass


class Meta3(Meta2):
    pass


class A(metaclass=Meta2):
    pass


class B(metaclass=Meta3):
    pass


class C(A, B):
    pass


print(type(C).__name__)


class Other(type):
    pass


class D(metaclass=Other):
    pass


try:
    class E(A, D):
        pass
except TypeError as e:
    print('TypeError', e)


# A metaclass that is a plain function.
def func_meta(name, bases, ns):
    ns['tag'] = name.upper()
    return type(name, bases, ns)


class F(metaclass=func_meta):
    x = 1


print(F.tag, F.x, type(F).__name__)

# __prepare__ returning a non-mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5

try:
    class G(metaclass=BadPrepare):
        pass
except TypeError as e:
    print('TypeError', e)

# type() three-argument form and errors
T = type('T', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(T.__name__, T().f(), T.__qualname__, T.__module__)
try:
    type('T', 5, {})
except TypeError as e:
    print('TypeError', e)
try:
    type('T', (), {}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)

# metaclass methods visible on class but not instance
class WithMethod(type):
    def describe(cls):
        return 'class ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class H(metaclass=WithMethod):
    pass

print(H.describe(), H.upper_name, hasattr(H(), 'describe'))
# __class__ cell with metaclass __new__
class CellMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls

class I(metaclass=CellMeta):
    def who(self):
        return __class__.__name__

print(I().who())
# Metaclass __repr__ and __len__, __iter__, __getitem__ on classes
class Container(type):
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, k):
        return k * 2
    def __repr__(cls):
        return '<Container %s>' % cls.__name__

class J(metaclass=Container):
    pass

print(len(J), list(J), J[4], repr(J), J)
