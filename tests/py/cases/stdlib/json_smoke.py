# json: dumps/loads of every type with the formatting options, custom
# encoders/decoders (default, object_hook, object_pairs_hook, parse_float),
# special floats, errors with their positions, and files.
import decimal
import io
import json

doc = {"s": "caf\u00e9 \"q\" \\ \n\t\u2603 \U0001f600", "i": [0, -1, 2 ** 80], "f": [1.5, -0.0, 1e300, 3.14159],
       "b": [True, False, None], "nested": {"a": [{"b": []}, {}]}, "z": "last"}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False, sort_keys=True))
print(json.dumps(doc, indent=2, separators=(",", ": ")))
print(json.dumps(doc, indent="\t", sort_keys=True)[:120])
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("x"), json.dumps(None), json.dumps({1: "int key", 2.5: "f"}))
print(json.loads(json.dumps(doc)) == doc)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
# (The messages of allow_nan=False and of control characters come from
# CPython's C accelerator; pystm runs json's pure-Python fallback.)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError")
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"set": {3, 1, 2}, "c": 1 + 2j}, cls=Enc))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", str(e)[:40])
print(json.loads('{"a": 1.10, "b": [1, 2]}', parse_float=decimal.Decimal))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=str), json.loads('"\\ud83d\\ude00 \\u00e9"'))
print(json.loads(b'{"bytes": "utf-8 \xc3\xa9"}'), json.loads('  [1]  '))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"unterminated', "[1] x", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
buf = io.StringIO()
json.dump(doc, buf, indent=1)
buf.seek(0)
print(json.load(buf) == doc, list(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": [2]})))
