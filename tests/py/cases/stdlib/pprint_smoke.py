# pprint: pformat of nested structures at several widths, depths and
# options; dataclasses, sorted dicts, long strings and bytes; saferepr and
# recursion.
import collections
import dataclasses
import pprint

data = {"name": "pystm", "versions": list(range(30)), "nested": {"a": [1, {"b": (2, 3, {"c": "deep" * 5})}]},
        "set": set(range(12)), "frozen": frozenset("abc"), "text": "word " * 30, "bytes": b"x" * 70,
        "ordered": collections.OrderedDict((str(i), i) for i in range(6)), "counter": collections.Counter("mississippi"),
        "default": collections.defaultdict(list, {"k": [1]}), "deque": collections.deque(range(25))}
for width in (20, 40, 80, 120):
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, depth=2, compact=True))
print(pprint.pformat(data, sort_dicts=False, width=60, indent=3))
print(pprint.pformat(data, underscore_numbers=True) == pprint.pformat(data))
print(pprint.pformat(12345678, underscore_numbers=True))


@dataclasses.dataclass
class Config:
    host: str
    ports: list
    extra: dict = dataclasses.field(default_factory=dict)


print(pprint.pformat(Config("localhost", list(range(20)), {"debug": True, "level": 3}), width=50))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"), pprint.saferepr(r).replace(str(id(r)), "ID"), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]))
pp = pprint.PrettyPrinter(width=30, compact=True)
pp.pprint(list(range(40)))
pprint.pp({"z": 1, "a": 2})
pprint.pprint(("tuple", ["of", "things"] * 8), width=40)
