# json.loads through the decoder's value scanner (the _json accelerator's
# make_scanner): objects, arrays, numbers, constants, whitespace, the
# decoder's hooks, error messages and positions, deep nesting.
import json
from collections import OrderedDict
from decimal import Decimal

good = [
    '{}', '[]', ' [ ] ', '{ }', '{"a": 1, "b": [1, 2.5, -3e2, 0, -0, 0.0, 1E+2, 2e-3], "c": {"d": null}}',
    '[true, false, null]', '"s"', '  7  ', '-1', '0', '12345678901234567890123', '1.5e400', '-1.5e400',
    '[1.0e5, 1e5, 1.25, 10E-1]', '{"k": "\\u00e9\\n", "k": 2}', '[[[[[]]]]]', '[{"a": [{}]}]',
    '\t\n\r [1 ,\t2 ,\n3]\r\n', 'NaN', '[Infinity, -Infinity, NaN]', '1.', '01', '1e', '1e+', '-', '2.e3',
    '{"a":1}', '[1,2]', '"\\ud83d\\ude00"',
]
bad = [
    '', ' ', '[', '{', '[1,', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":}', '{a:1}', '[1 2]', '{"a":1 "b":2}',
    'nul', 'tru', 'fals', '[-]', '-Inf', 'infinity', '"abc', '[1]x', '{"a":1}}', '{,}', '[,1]', '{"a":1,,}',
    '\x00', '[nan]', '{"a\x01":1}', "{'a':1}", '[1,\n  2,\n  x]', '+1', '.5',
]
for text in good:
    try:
        value = json.loads(text)
        print(repr(text), '->', repr(value))
    except Exception as e:
        print(repr(text), type(e).__name__, e)
for text in bad:
    try:
        print(repr(text), 'parsed', repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), 'JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)

print(json.loads('{"a": 1.5, "b": 2, "c": [3.25]}', parse_float=Decimal, parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('["a\tb"]', strict=False))
try:
    json.loads('["a\tb"]')
except json.JSONDecodeError as e:
    print('strict', e)
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('{"x": "y"}'))
try:
    d.scan_once('[1]', -1)
except ValueError as e:
    print('ValueError', e)
try:
    d.scan_once('[1]', 5)
except StopIteration as e:
    print('StopIteration', e.value)
print(d.scan_once('xx[1, {"a": null}]yy', 2))
for hook_error in [lambda s: 1 / 0]:
    try:
        json.loads('[1.5]', parse_float=hook_error)
    except ZeroDivisionError as e:
        print('hook raised', e)
try:
    json.loads('[1.5]', object_hook=None, parse_int=int, parse_float=float)
    print('defaults ok')
except Exception as e:
    print(type(e).__name__, e)

for depth in [50, 100000]:
    try:
        v = json.loads('[' * depth + ']' * depth)
        n = 0
        while v:
            v = v[0]
            n += 1
        print('depth', depth, n)
    except RecursionError as e:
        print('depth', depth, 'RecursionError', e)
    try:
        json.loads('{"a":' * depth + '1' + '}' * depth)
        print('objects', depth, 'ok')
    except RecursionError as e:
        print('objects', depth, 'RecursionError', e)

doc = {'order': 1, 'items': [{'id': i, 'name': 'caf\u00e9 %d' % i, 'p': i / 3, 'ok': i % 2 == 0, 'n': None}
                             for i in range(20)]}
for kwargs in [{}, {'indent': 2, 'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
    assert json.loads(json.dumps(doc, **kwargs)) == doc
print(json.loads(json.dumps(doc))['items'][7])
