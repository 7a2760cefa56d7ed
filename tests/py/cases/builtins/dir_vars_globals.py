# dir(), vars(), globals(), locals() details, __dir__, module attributes.
import types
class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    def __init__(self):
        self.inst = 2
b = B()
d = dir(b)
print('cls_attr' in d, 'method' in d, 'inst' in d, '__init__' in d, d == sorted(d), '__dict__' in d, '__module__' in d)
print([n for n in dir(B) if not n.startswith('__')], [n for n in dir(A) if not n.startswith('_')])
class CustomDir:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(CustomDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError', e)
m = types.ModuleType('mymod', 'doc here')
m.x = 1
print(dir(m), m.__name__, m.__doc__, repr(m))
print(vars(b), vars(B)['__init__'].__name__, type(vars(B)).__name__)
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError', e)
print(vars() is globals(), 'A' in globals(), globals()['__name__'], type(globals()).__name__)
def f(a, b=2):
    c = a + b
    return sorted(vars()), sorted(locals())
print(f(1))
globals()['dynamic'] = 'created'
print(dynamic)
def nested():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(nested())
print(sorted(dir())[:5] == sorted(dir())[:5], 'f' in dir(), '__builtins__' in dir())
import math
print('sqrt' in dir(math), dir(math) == sorted(dir(math)), 'pi' in vars(math))
print(dir(1) == dir(int), 'real' in dir(1), 'append' in dir([]), 'keys' in dir({}))
class Meta(type):
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    x = 1
print('meta_method' in dir(WithMeta), 'x' in dir(WithMeta), 'mro' in dir(WithMeta))
class Slotted:
    __slots__ = ('p', 'q')
s = Slotted()
s.p = 1
print('p' in dir(s), 'q' in dir(s))
try:
    vars(s)
except TypeError as e:
    print('TypeError', e)
m2 = types.ModuleType('m2')
print(sorted(vars(m2)), m2.__spec__, m2.__loader__, m2.__package__)
try:
    m2.missing
except AttributeError as e:
    print('AttributeError', e)
del m2.__doc__
print(hasattr(m2, '__doc__'))
