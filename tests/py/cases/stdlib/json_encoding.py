# json.dumps through the encoder's native path (the _json accelerator's make_encoder):
# every value and key kind, subclasses, separators, sort_keys, skipkeys, default,
# circular references, NaN, deep nesting, custom string encoders.
import json
from collections import OrderedDict
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class S(str): pass
class L(list): pass
class T(tuple): pass
class D(dict):
    def items(self): return sorted(super().items(), reverse=True)
doc = {'a': [1, 2.5, -0.0, 1e16, 1.5e-7, True, False, None, 'x"\\\n\u00e9\u2603\U0001f600', (1, 2), []],
       'b': {}, 'c': {'n': {'m': [{}]}}, 3: 'int key', 2.5: 'float key', True: 't', None: 'n', False: 'f',
       'big': 12345678901234567890, 'neg': -5, 'sub': [I(5), F(2.5), S('s'), L([1]), T((2,)), D(x=1, y=2)],
       'od': OrderedDict([('z', 1), ('a', 2)])}
for kw in [{}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'sort_keys': False}, {'check_circular': False},
           {'separators': (';', '=')}]:
    print(json.dumps(doc, **kw))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True))
print(json.dumps({I(3): 1, F(1.5): 2}))
for bad in [{(1, 2): 1}, {'a': {1j: 2}}, [object()], {'a': set()}, [1, 2, {3}]]:
    try:
        print(json.dumps(bad))
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({(1, 2): 1, 'ok': 2, 3: [(4,)]}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps({'a': 1, (1, 2): 1, 'b': 2}, skipkeys=True))
print(json.dumps([set([1]), {2}], default=sorted))
print(json.dumps({'k': object()}, default=lambda o: 'obj'))
a = []
a.append(a)
for target in [a, {'x': None}]:
    if isinstance(target, dict):
        target['x'] = target
    try:
        json.dumps(target)
    except ValueError as e:
        print('ValueError', e)
    try:
        json.dumps(target, check_circular=False)
    except RecursionError as e:
        print('RecursionError', e)
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({float('inf'): 1}, allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({'a': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
nested = [[[[1]]]] * 3
print(json.dumps(nested), json.dumps([nested, nested]))
class E(json.JSONEncoder):
    def default(self, o):
        return list(o)
print(E().encode({'s': frozenset([1])}), E(separators=(',', ':')).encode([range(3)]))
print(json.JSONEncoder().encode('plain'), json.JSONEncoder().encode(5), json.JSONEncoder().encode(None))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
import json.encoder as je
print(je.c_make_encoder is not None)
enc = je.c_make_encoder(None, lambda o: None, je.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(enc({'a': [1]}, 0))
enc = je.c_make_encoder({}, str, lambda s: '<' + s + '>', None, ':', ',', True, False, True)
print(enc({'b': 1, 'a': 'x'}, 0))
try:
    je.c_make_encoder({}, str, lambda s: 5, None, ':', ',', True, False, True)({'a': 1}, 0)
except TypeError as e:
    print('TypeError', e)
