# isinstance/issubclass with tuples, __instancecheck__/__subclasscheck__, ABC registration, __subclasshook__.
import abc
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 10
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class Big(metaclass=Meta):
    pass
print(isinstance(11, Big), isinstance(5, Big), isinstance('x', Big), issubclass(bool, Big), issubclass(str, Big))
print(isinstance(Big(), Big))
print(isinstance(1, (str, (list, int))), issubclass(bool, (str, int)), isinstance(1, ()))
for bad in [(1, 1), (1, (int, 1))]:
    try:
        isinstance(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(int, 1)
except TypeError as e:
    print('TypeError', e)
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__') or NotImplemented
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance([], Sized), isinstance(5, Sized))
class Registered(abc.ABC):
    pass
Registered.register(tuple)
@Registered.register
class Decorated:
    pass
print(issubclass(tuple, Registered), isinstance((), Registered), issubclass(Decorated, Registered), issubclass(list, Registered))
print(Registered.register(dict) is dict, isinstance({}, Registered))
class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
class Half(Abstract):
    def f(self): return 1
class Full(Half):
    def g(self): return 2
for cls in [Abstract, Half, Full]:
    try:
        print(type(cls()).__name__, sorted(cls.__abstractmethods__))
    except TypeError as e:
        print('TypeError', e)
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.MutableSet), isinstance((x for x in []), cabc.Generator))
print(isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Sequence), issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable))
class Dodgy:
    __class__ = int
print(isinstance(Dodgy(), int), type(Dodgy()).__name__, isinstance(Dodgy(), Dodgy))
class WithBases:
    @property
    def __bases__(self):
        return (int,)
try:
    issubclass(WithBases(), int)
except TypeError as e:
    print('TypeError', e)
print(isinstance(True, int), isinstance(int, type), isinstance(type, object), issubclass(type, object), issubclass(object, type))
