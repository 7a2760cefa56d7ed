# vars/dir/locals/globals: contents, ordering (sorted), errors for objects without __dict__, custom __dir__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
c = C()
print(vars(c), [n for n in dir(c) if not n.startswith('__')], [n for n in dir(C) if not n.startswith('__')])
print('__init__' in dir(c), '__class__' in dir(c), dir(c) == sorted(dir(c)), '__dict__' in dir(c), 'mro' in dir(type))
t(lambda: vars(5)), t(lambda: vars(c, c)), t(lambda: vars('s'))
class CustomDir:
    def __dir__(self):
        return ['z', 'a', 'm', 'a']
print(dir(CustomDir()))
class BadDir:
    def __dir__(self):
        return 5
t(lambda: dir(BadDir()))
class Slotted:
    __slots__ = ('p', 'q')
t(lambda: vars(Slotted()))
def f(a, b=2, *args, k, **kw):
    x = 10
    loc = locals()
    return sorted(loc.items())
print(f(1, k=3, extra=4))
def g():
    y = 1
    before = dict(locals())
    z = 2
    return sorted(before), sorted(locals())
print(g())
def closure():
    outer = 'o'
    def inner():
        return sorted(locals()), outer
    return inner()
print(closure())
print('t' in globals(), globals()['__name__'], type(globals()).__name__, globals() is globals())
print(vars() is globals(), sorted(k for k in vars() if k in ('t', 'f', 'g')))
import math
print('sqrt' in dir(math), 'pi' in vars(math), dir(math) == sorted(dir(math)))
print(sorted(n for n in dir(5) if not n.startswith('_'))[:6], 'append' in dir([]), 'keys' in dir({}), 'upper' in dir(''))
class Meta(type):
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    pass
print('meta_method' in dir(WithMeta), 'meta_method' in dir(WithMeta()), hasattr(WithMeta, 'meta_method'))
exec('q = 5; r = q * 2', ns := {})
print(sorted(k for k in ns if k != '__builtins__'), ns['r'])
print(eval('a + b', {'a': 1}, {'b': 2}), eval('x', {}, {'x': 'local'}), eval('len', {}))
t(lambda: eval('undefined_thing', {})), t(lambda: eval('1', [])), t(lambda: exec('x=1', {}, 5))
