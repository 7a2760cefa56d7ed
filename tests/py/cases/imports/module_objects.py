# Module objects made at runtime: types.ModuleType attributes, module __getattr__/__dir__ (PEP 562), sys.modules injection, reload-free re-import.
import sys
import types
mod = types.ModuleType('dynmod', 'the doc')
print(mod.__name__, mod.__doc__, repr(mod), sorted(k for k in vars(mod)), type(mod).__name__)
mod.value = 41
def __getattr__(name):
    if name == 'lazy':
        return 'computed lazily'
    raise AttributeError(f'module dynmod has no attribute {name!r}')
def __dir__():
    return ['value', 'lazy', 'zeta']
mod.__getattr__ = __getattr__
mod.__dir__ = __dir__
print(mod.value, mod.lazy, dir(mod))
try:
    mod.missing
except AttributeError as e:
    print('AttributeError', e)
sys.modules['dynmod'] = mod
import dynmod
print(dynmod is mod, dynmod.value + 1)
from dynmod import value, lazy
print(value, lazy)
try:
    from dynmod import nothing_here
except ImportError as e:
    print('ImportError', e)
del sys.modules['dynmod']
try:
    import dynmod as again
    print('reimported?', again)
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
plain = types.ModuleType('plain')
try:
    plain.attr
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(plain, '__spec__'), plain.__spec__, plain.__loader__ if hasattr(plain, '__loader__') else 'no loader')
this = sys.modules[__name__]
print(this.__name__, this is sys.modules['__main__'], hasattr(this, 'mod'))
import math as m1
import math as m2
print(m1 is m2, 'math' in sys.modules, m1.__name__)
try:
    types.ModuleType(5)
except TypeError as e:
    print('TypeError', e)
del mod.value
try:
    mod.value
except AttributeError as e:
    print('AttributeError', e)
