# __getattribute__/__getattr__/__setattr__/__delattr__ overrides, super() delegation, and recursion guards.
log = []
class Traced:
    def __init__(self):
        object.__setattr__(self, 'data', {})
    def __getattribute__(self, name):
        if not name.startswith('__'):
            log.append('ga ' + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append('gattr ' + name)
        data = object.__getattribute__(self, 'data')
        if name in data:
            return data[name]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
    def __setattr__(self, name, value):
        log.append('set ' + name)
        self.data[name] = value
    def __delattr__(self, name):
        log.append('del ' + name)
        del self.data[name]
t = Traced()
t.x = 5
print(t.x, log)
log.clear()
del t.x
try:
    t.x
except AttributeError as e:
    print('AttributeError', e)
print(log)
print(getattr(t, 'nothing', 'dflt'), hasattr(t, 'nothing'))
class Base:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
class Child(Base):
    def __setattr__(self, name, value):
        super().__setattr__(name.upper(), value)
c = Child()
c.a = 3
print(vars(c))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
tg = Target()
p = Proxy(tg)
p.z = 9
print(tg.z, p.z, p.__class__.__name__, sorted(vars(p)))
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
class GetattrRaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(GetattrRaisesOther(), 'x', 'default')
except KeyError as e:
    print('KeyError', e)
print(hasattr(GetattrRaisesOther, 'x'))
class GaRaises:
    def __getattribute__(self, name):
        raise AttributeError('always ' + name)
    def __getattr__(self, name):
        return 'rescued ' + name
print(GaRaises().foo)
class SlotsAndSetattr:
    __slots__ = ('a',)
    def __setattr__(self, name, value):
        if name == 'a' and value < 0:
            raise ValueError('negative')
        object.__setattr__(self, name, value)
s = SlotsAndSetattr()
s.a = 1
try:
    s.a = -1
except ValueError as e:
    print('ValueError', e)
try:
    s.b = 1
except AttributeError as e:
    print('AttributeError', e)
print(s.a)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
    __delattr__ = __setattr__
f = Frozen(1)
try:
    f.v = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    del f.v
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(f.v)
try:
    object.__setattr__(1, 'x', 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(str, 'x', 2)
except TypeError as e:
    print('TypeError', e)
print(object.__getattribute__(t, 'data'), type(t).__getattribute__ is Traced.__getattribute__)
class Lazy:
    def __getattr__(self, name):
        value = name * 2
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.ab, vars(lz), lz.ab)
class DelNonexistent:
    pass
try:
    del DelNonexistent().x
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(DelNonexistent, 'x')
except AttributeError as e:
    print('AttributeError', e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print('TypeError', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError', e)
class MetaHooks(type):
    def __setattr__(cls, name, value):
        print('meta set', name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('meta del', name)
        super().__delattr__(name)
class Hooked(metaclass=MetaHooks):
    pass
Hooked.q = 1
print(Hooked.q)
del Hooked.q
print(hasattr(Hooked, 'q'))
try:
    del Hooked.q
except AttributeError as e:
    print('AttributeError', e)
try:
    type.__delattr__(str, 'upper')
except TypeError as e:
    print('TypeError', e)
