# Class creation details the standard library relies on: keyword arguments
# reach __init_subclass__, __class_getitem__ is implicitly a classmethod,
# __bases__ can be reassigned, a slot may be named __doc__.
class Base:
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class Sweet(Base, flavor='sugar'):
    pass
class Plain(Base):
    pass
print(Sweet.flavor, Plain.flavor)
try:
    class Bad(flavor='x'):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Box[int], Box['x', 1])

class A:
    def hello(self):
        return 'A'
class B:
    def hello(self):
        return 'B'
class C(A):
    pass
c = C()
print(c.hello(), C.__bases__)
C.__bases__ = (B,)
print(c.hello(), C.__bases__, C.__mro__)
for bad in [(), [A], (1,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)

class Documented:
    __slots__ = ('_name', '__doc__')
    def __init__(self, doc):
        self.__doc__ = doc
d = Documented('instance doc')
print(d.__doc__)

import types
m = types.ModuleType('made', 'its doc')
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m), types.ModuleType('bare').__doc__)
class MyModule(types.ModuleType):
    pass
mm = MyModule('sub')
print(type(mm).__name__, mm.__name__)
try:
    types.ModuleType()
except TypeError as e:
    print(type(e).__name__, e)

for exc in [PendingDeprecationWarning, FutureWarning, ResourceWarning, BrokenPipeError, TimeoutError,
            ConnectionRefusedError, InterruptedError, UnicodeTranslateError, EncodingWarning]:
    print(exc.__name__, exc.__mro__[1].__name__)
import sys
print(sys.flags.optimize, sys.flags.debug, sys.warnoptions)
