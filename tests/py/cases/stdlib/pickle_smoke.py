# pickle: every protocol round-trips builtin types, classes with
# __reduce__/__getstate__/__setstate__, recursive structures, shared
# references; pickletools; errors.
import collections
import copyreg
import io
import pickle
import pickletools


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = "drop me"

    def __getstate__(self):
        return {"value": self.value}

    def __setstate__(self, state):
        self.value = state["value"] * 10
        self.cache = None


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


Pair = collections.namedtuple("Pair", "left right")

values = [None, True, False, 0, -1, 2 ** 70, -2 ** 100, 3.25, float("inf"), 1 + 2j, "text", "caf\xe9 \u2603 \U0001f600",
          b"bytes\x00\xff", bytearray(b"ba"), (1, 2), [1, [2, [3]]], {"a": 1, 2: "b"}, {1, 2, 3}, frozenset({4}),
          Point(1, 2), Pair(1, "r"), collections.OrderedDict(a=1, b=2), collections.Counter("hello"),
          range(1, 10, 2), slice(1, 2, 3), Ellipsis, NotImplemented, type, len, Point]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(values, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == values, data[:2] if proto >= 2 else data[:1])
s = pickle.loads(pickle.dumps(Stateful()))
print(s.value, s.cache)
r = pickle.loads(pickle.dumps(Reduced(1, "x")))
print(type(r).__name__, r.args)

shared = [1, 2]
lst = [shared, shared]
lst.append(lst)
back = pickle.loads(pickle.dumps(lst, 2))
print(back[0] is back[1], back[2] is back, back[0])

buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=3)
p.dump({"k": [1, 2]})
p.dump("second")
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
print(len(pickletools.optimize(pickle.dumps([1, 1, 1], 2))) <= len(pickle.dumps([1, 1, 1], 2)))
out = io.StringIO()
pickletools.dis(pickle.dumps((1, "a"), 2), out)
print(out.getvalue().splitlines()[:4])
copyreg.pickle(complex, lambda c: (complex, (c.real, c.imag)))
print(pickle.loads(pickle.dumps(3j)))
for bad in [b"", b"cnosuchmodule\nthing\n."]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
print(pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"S'abc'\np0\n."))
