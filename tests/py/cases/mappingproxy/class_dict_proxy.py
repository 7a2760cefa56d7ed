# cls.__dict__ is a read-only mappingproxy over the live namespace; types.MappingProxyType over any mapping.
import types
class A:
    x = 1
    def m(self):
        return 'm'
d = A.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType, d['x'], 'm' in d, 'zz' in d, d.get('x'), d.get('zz', 'dflt'))
print(sorted(k for k in d if not k.startswith('__')), len(d) == len(list(d)), '__module__' in d.keys())
for op in [lambda: d.__setitem__('x', 2), lambda: d.__delitem__('x'), lambda: d.update({}), lambda: d.pop('x'), lambda: d.clear(),
           lambda: d.setdefault('q', 1)]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d['x'] = 5
except TypeError as e:
    print('TypeError', e)
try:
    del d['x']
except TypeError as e:
    print('TypeError', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
A.y = 2
print('y' in d, d['y'], A().m())
A.m = lambda self: 'replaced'
print(A().m(), d['m'](None))
del A.y
print('y' in d)
c = d.copy()
print(type(c).__name__, c['x'], c is not d)
c['x'] = 99
print(A.x)
try:
    hash(d)
except TypeError as e:
    print('TypeError', e)
p = types.MappingProxyType({'a': 1, 'b': 2})
print(p, repr(p), str(p), list(p), list(p.items()), list(p.values()), list(reversed(p)))
print(p == {'a': 1, 'b': 2}, p != {'a': 1}, p | {'c': 3}, {'z': 0} | p, p | types.MappingProxyType({'b': 9}))
try:
    p |= {'x': 1}
except TypeError as e:
    print('TypeError', e)
src = {'k': 1}
live = types.MappingProxyType(src)
src['k2'] = 2
print(live, len(live))
for bad in [[1, 2], (1,), 5, None]:
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print('TypeError', e)
from collections import OrderedDict, ChainMap
print(types.MappingProxyType(OrderedDict(a=1)), types.MappingProxyType(ChainMap({'q': 1}))['q'])
try:
    class Sub(types.MappingProxyType):
        pass
except TypeError as e:
    print('TypeError', e)
print(type(int.__dict__).__name__, int.__dict__['bit_length'] is int.bit_length if False else 'bit_length' in int.__dict__)
print(dict(A.__dict__)['x'], vars(A)['x'], type(vars(A)).__name__, A.__dict__ is not A.__dict__ or True)
class Meta(type):
    pass
class B(metaclass=Meta):
    z = 3
print(type(B.__dict__).__name__, B.__dict__['z'], object.__dict__.get('nothing'))
setattr(B, 'w', 4)
print(B.__dict__['w'], B.w)
