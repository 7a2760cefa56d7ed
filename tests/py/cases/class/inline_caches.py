# Attribute, method, global and class-call sites that run many times while
# the classes, instances, modules and namespaces they depend on change: every
# answer must follow the change (the interpreter caches these per
# instruction).
import math
import sys


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v

    def kind(self):
        return 'base'


class Left(Base):
    def kind(self):
        return 'left'


class Right(Base):
    def __init__(self, v):
        self.pad = 0
        Base.__init__(self, v)


def read_all(objs):
    out = []
    for o in objs:
        out.append((o.v, o.w, o.get(), o.kind()))
    return out


objs = [Base(1), Left(2), Right(3), Left(4), Base(5)]
for _ in range(3):
    print(read_all(objs))

# A data descriptor added to the class later takes precedence over the dict.
Left.v = property(lambda self: -1)
print(read_all(objs))
del Left.v
print(read_all(objs))

# A method replaced on the class, then shadowed by an instance attribute.
for i in range(3):
    if i == 1:
        Base.get = lambda self: 'patched'
    if i == 2:
        objs[0].get = lambda: 'instance'
    print([o.get() for o in objs])

# Stores through a site that sees a __setattr__ class, slots and plain ones.
class Loud:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


class Slotted:
    __slots__ = ('v', 'w')


def store(o, n):
    o.v = n
    o.w = n + 1
    return (o.v, o.w)


for o in [Base(0), Loud(), Slotted(), Base(0), Loud()]:
    print(type(o).__name__, store(o, 3))
try:
    Slotted().other = 1
except AttributeError as e:
    print('AttributeError', e)

# Module attributes and methods through a module.
def module_reads():
    return math.floor(2.5), math.pi > 3


for i in range(3):
    if i == 1:
        math.floor = lambda x: 'patched floor'
    if i == 2:
        del math.floor
        try:
            module_reads()
        except AttributeError as e:
            print('AttributeError', e)
        continue
    print(module_reads())

# Globals and builtins: a global that later shadows a builtin, then goes away.
def use_len():
    return len('abc')


def use_counter():
    return counter


import builtins
original_len = builtins.len
for i in range(4):
    if i == 1:
        len = lambda s: 'global len'
    if i == 2:
        del len
    if i == 3:
        builtins.len = lambda s: 'builtin replaced'
    print(use_len())
builtins.len = original_len
print(use_len())
counter = 1
for i in range(3):
    counter += 1
    print(use_counter())
del counter
try:
    use_counter()
except NameError as e:
    print('NameError', e)

# Many globals added between two reads (the globals table grows and moves).
def read_abs():
    return abs(-4)


print(read_abs())
for i in range(200):
    globals()['g%d' % i] = i
print(read_abs(), g199)

# Class calls: __init__ run inline must behave like type.__call__.
class Point:
    def __init__(self, x, y=0, *, z=0):
        self.x, self.y, self.z = x, y, z


def make(n):
    return [Point(i, y=i + 1, z=-i) for i in range(n)]


print([(p.x, p.y, p.z) for p in make(3)])


class BadInit:
    def __init__(self):
        return 42


for _ in range(2):
    try:
        BadInit()
    except TypeError as e:
        print('TypeError', e)


class Raising:
    def __init__(self, n):
        if n > 1:
            raise ValueError('n=%d' % n)
        self.n = n


for n in range(3):
    try:
        print(Raising(n).n)
    except ValueError as e:
        print('ValueError', e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


class Caller:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name


def who():
    return Caller().caller


print(who(), who())


class WithNew:
    def __new__(cls, *args):
        print('__new__', args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


class NotInstance:
    def __new__(cls, a):
        return 'not an instance'

    def __init__(self, a):
        print('never called')


class Meta(type):
    def __call__(cls, *args):
        return ('meta', args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


for _ in range(2):
    print(WithNew(1).a, NotInstance(2), WithMeta(3))


class Changing:
    def __init__(self):
        self.tag = 'first'


for i in range(3):
    if i == 1:
        def second_init(self):
            self.tag = 'second'
        Changing.__init__ = second_init
    if i == 2:
        del Changing.__init__
    print(vars(Changing()))

from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self):
        pass

    @abstractmethod
    def area(self):
        pass


class Square(Shape):
    def area(self):
        return 4


for cls in [Square, Shape, Square]:
    try:
        print(cls().area())
    except TypeError as e:
        print('TypeError', e)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(50)
depth = 0
while d.child:
    d = d.child
    depth += 1
print(depth)
try:
    class Forever:
        def __init__(self):
            Forever()
    Forever()
except RecursionError as e:
    print('RecursionError', e)

# Attributes of classes (functions called unbound, constants, descriptors).
class K:
    LIMIT = 3
    name_ = 'k'

    def f(self, x):
        return ('f', x)

    @classmethod
    def c(cls):
        return ('c', cls.__name__)

    @staticmethod
    def s(x):
        return ('s', x)

    @property
    def p(self):
        return 'p'


class KMeta(type):
    @property
    def LIMIT(cls):
        return 'meta property'


class K2(K, metaclass=KMeta):
    pass


def class_reads(cls):
    return (cls.LIMIT, cls.name_, cls.f(None, 1), cls.c(), cls.s(2), type(cls.p).__name__,
            cls.__name__, cls.__init__ is object.__init__, cls.f is K.f)


for i in range(4):
    if i == 1:
        K.LIMIT = 4
    if i == 2:
        K.f = lambda self, x: ('new f', x)
    for cls in (K, K2, K):
        print(class_reads(cls))
    for v in (K, K(), K2, K2()):
        print(v.LIMIT, v.c(), v.s(0))
