# json's string literal scanning and string quoting (the _json accelerator's
# scanstring and encode_basestring(_ascii)): escapes, surrogate pairs, error
# messages and positions, strict=False, bad arguments, str subclasses.
import json
from json.decoder import scanstring
cases = ['"\\u12"', '"abc\\u12', '"\\uzzzz"', '"\\ud800\\uzzzz"', '"\\ud800\\u0041"', '"\\ud800\\udc00"', '"\\ud800\\udc0"', '"\\ud800"', '"\\ud800\\', '"\\ud800\\u', '"a\\qb"', '"a\nb"', '"abc', '"abc\\', '"x\\u0041\\n\\t\\/\\b\\f\\r\\"\\\\"', '"\\u00e9\\u2603 caf\u00e9 \u2603 \U0001f600"', '"\\u0041', '"\\u00411"', '"\\u 123"', '"\\u+123"']
for c in cases:
    try:
        print(repr(json.loads(c)))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'pos', None))
print(scanstring('"a\x01b"', 1, False))
for bad in [(1, 1), ('"abc"', 9), ('"abc"', -1)]:
    try:
        scanstring(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for s in ['plain', 'a"b\\c', '\x00\x1f\x7f\x80', 'caf\u00e9 \u2603 \U0001f600', '\b\f\n\r\t', '']:
    print(json.encoder.encode_basestring(s), json.encoder.encode_basestring_ascii(s))
print(json.dumps({'k\u00e9': ['\u2603', 1.5, None, True]}), json.dumps({'k\u00e9': ['\u2603']}, ensure_ascii=False))
for bad in [1, b'x', None]:
    try:
        json.encoder.encode_basestring_ascii(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        json.encoder.encode_basestring(bad)
    except Exception as e:
        print(type(e).__name__, e)
class S(str): pass
print(json.encoder.encode_basestring_ascii(S('x\u00e9')), scanstring(S('"ab"'), 1))
