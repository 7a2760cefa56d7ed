# __getattribute__ vs __getattr__ vs __setattr__/__delattr__, object.__getattribute__ bypass, super() inside them.
class Tracer:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(('get', name))
        if name == 'boom':
            raise AttributeError('boom not allowed')
        if name == 'err':
            raise KeyError('err')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        if name == 'frozen':
            raise AttributeError('frozen!')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
    def method(self):
        return 'm'
t = Tracer()
t.a = 1
print(t.a, t.missing, t.boom, t.method())
try:
    t.err
except KeyError as e:
    print('KeyError', e)
try:
    t.frozen = 1
except AttributeError as e:
    print('AttributeError', e)
del t.a
try:
    del t.a
except AttributeError as e:
    print('AttributeError', e)
print(t.log)
print(getattr(t, 'zzz'), getattr(t, 'boom', 'default'), hasattr(t, 'err') if False else '')
class Lazy:
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        value = name.upper()
        setattr(self, name, value)
        return value
l = Lazy()
print(l.foo, l.__dict__, hasattr(l, '_private'), getattr(l, '_x', 'dflt'))
class NoAttr:
    __slots__ = ()
try:
    NoAttr().x
except AttributeError as e:
    print('AttributeError', e)
try:
    NoAttr().x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    object().foo = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    (1).real = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    del (1).real
except AttributeError as e:
    print('AttributeError', e)
try:
    'abc'.upper = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    setattr(t, 1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    getattr(t, None)
except TypeError as e:
    print('TypeError', e)
class GAError:
    def __getattribute__(self, name):
        raise TypeError('not AttributeError')
    def __getattr__(self, name):
        return 'never'
try:
    GAError().x
except TypeError as e:
    print('TypeError', e)
try:
    hasattr(GAError(), 'x')
except TypeError as e:
    print('TypeError', e)
class Base:
    def __getattr__(self, name):
        return 'base:' + name
class Derived(Base):
    def __getattr__(self, name):
        if name == 'up':
            return super().__getattr__(name)
        raise AttributeError(name)
print(Derived().up)
try:
    Derived().down
except AttributeError as e:
    print('AttributeError', e)
class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name
class WithMeta(metaclass=Meta):
    x = 1
print(WithMeta.x, WithMeta.y)
try:
    WithMeta().y
except AttributeError as e:
    print('AttributeError', e)
