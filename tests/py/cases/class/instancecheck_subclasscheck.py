# __instancecheck__ / __subclasscheck__ on metaclasses, tuples and unions in isinstance/issubclass, __subclasshook__ via ABCMeta.
class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return sub is bool
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance('x', IntLike), isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(int, IntLike), issubclass(IntLike, IntLike))
print(isinstance(3, (str, IntLike)), issubclass(bool, (str, (float, IntLike))), isinstance(3, int | str), issubclass(bool, int | None))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return 'yes'
class T(metaclass=Truthy):
    pass
print(isinstance(1, T))
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(int, (int, 1))
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, (str, 1))
except TypeError as e:
    print('TypeError', e)
print(isinstance(1, (int, 1)), issubclass(int, ()))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()) is Fake, Fake().__class__)
class HasBases:
    __bases__ = (int,)
try:
    issubclass(HasBases(), int)
except TypeError as e:
    print('TypeError', e)
import abc
class Closeable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any('close' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class File:
    def close(self):
        pass
class Stone:
    pass
print(issubclass(File, Closeable), issubclass(Stone, Closeable), isinstance(File(), Closeable))
class Registered:
    pass
Closeable.register(Registered)
print(issubclass(Registered, Closeable), isinstance(Registered(), Closeable))
class AbstractThing(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
try:
    AbstractThing()
except TypeError as e:
    print('TypeError', e)
class Half(AbstractThing):
    def run(self):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Full(Half):
    name = 'n'
print(Full().run(), sorted(AbstractThing.__abstractmethods__), Full.__abstractmethods__)
