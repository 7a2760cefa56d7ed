# Attributes of instances of Python classes: the instance's __dict__ stays in
# step with attribute access both ways, whatever way the attributes are held.
import copy
import dataclasses
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def show(label, obj):
    print(label, sorted(vars(obj).items()) if False else list(vars(obj).items()))


# Stores are seen in __dict__, in insertion order.
p = Point(1, 2)
p.z = 3
show("after stores", p)
d = p.__dict__
p.w = 4
print("dict object kept and updated:", d is p.__dict__, d)

# __dict__ mutations are seen by attribute loads.
d["x"] = 100
d["fresh"] = "new"
print(p.x, p.fresh, p.norm1())
del d["y"]
print(hasattr(p, "y"), getattr(p, "y", "missing"))
d.clear()
print(vars(p), hasattr(p, "x"))
p.x = 5
print(vars(p), p.x)

# vars() of an instance that never had attributes.
class Empty:
    pass

e = Empty()
print(vars(e))
e.a = 1
print(vars(e), e.a)

# Deletion, and re-adding goes to the end of the order.
q = Point(3, 4)
del q.x
print(vars(q))
try:
    q.x
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    del q.x
except AttributeError as exc:
    print("AttributeError:", exc)
q.x = 9
print(list(vars(q)), q.x, q.y)

# __dict__ assignment replaces every attribute.
r = Point(5, 6)
r.__dict__ = {"y": 60, "k": "v"}
print(vars(r), r.y, r.k, hasattr(r, "x"))
r.x = 7
print(vars(r))
try:
    r.__dict__ = [1, 2]
except TypeError as exc:
    print("TypeError:", exc)

class DictSub(dict):
    pass

r.__dict__ = DictSub(a=1)
print(type(r.__dict__).__name__, r.a)

# Many attributes (more than any instance keeps inline).
class Bag:
    pass

b = Bag()
for i in range(80):
    setattr(b, "attr%d" % i, i * i)
print(len(vars(b)), b.attr0, b.attr7, b.attr79, list(vars(b))[:3], list(vars(b))[-2:])
for i in range(0, 80, 3):
    delattr(b, "attr%d" % i)
print(len(vars(b)), sum(vars(b).values()))

class Wide:
    def __init__(self):
        for i in range(40):
            setattr(self, "f%d" % i, i)

ws = [Wide() for _ in range(3)]
ws[1].extra = "x"
print([len(vars(w)) for w in ws], ws[2].f39, ws[1].extra)

# getattr/setattr with computed names and str subclasses.
class Name(str):
    pass

s = Point(1, 1)
name = "".join(["x", "x"])
setattr(s, name, "computed")
print(getattr(s, "xx"), s.xx, getattr(s, Name("xx")), hasattr(s, Name("x")))
setattr(s, Name("y"), "via subclass")
print(s.y, list(vars(s)), [type(k).__name__ for k in vars(s)])

# __class__ assignment keeps the attributes.
class Other:
    def __init__(self):
        self.only = 1

    def norm1(self):
        return "Other.norm1 %r" % sorted(vars(self))

class Big:
    def __init__(self):
        for n in "abcdefghijklmn":
            setattr(self, n, n)

t = Point(2, 3)
t.__class__ = Other
print(type(t).__name__, t.norm1(), t.x)
t.z = 1
t.__class__ = Big
print(type(t).__name__, sorted(vars(t)))
t.__class__ = Point
print(t.norm1(), vars(t))
u = Big()
u.__class__ = Point
u.x, u.y = -1, -2
print(u.norm1(), len(vars(u)))

# copy, deepcopy, pickle, dataclasses.
c1 = Point(7, [8])
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.y.append(9)
print(vars(c2), vars(c3), c2.y is c1.y, c3.y is c1.y)
c4 = pickle.loads(pickle.dumps(c1))
print(type(c4).__name__, vars(c4))

@dataclasses.dataclass
class DC:
    a: int
    b: str = "b"
    c: list = dataclasses.field(default_factory=list)

dc = DC(1)
dc.c.append(2)
print(dc, dataclasses.asdict(dc), dataclasses.replace(dc, a=5), dc == DC(1, "b", [2]))

@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int
    b: int = 2

f = Frozen(1)
try:
    f.a = 3
except dataclasses.FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
print(f, vars(f), hash(f) == hash(Frozen(1)))

# Data descriptors on the class win over the instance's attributes; plain
# class attributes and methods lose to them.
class Managed:
    def __get__(self, obj, owner=None):
        return "managed" if obj is not None else self

    def __set__(self, obj, value):
        obj.__dict__["shadow"] = value

class WithDescr:
    attr = Managed()
    plain = "class value"

    def method(self):
        return "method"

w = WithDescr()
w.attr = 5
print(w.attr, vars(w))
w.__dict__["attr"] = "in dict"
print(w.attr)
w.plain = "instance value"
w.method = lambda: "instance function"
print(w.plain, w.method(), WithDescr.plain)
del w.method
print(w.method())

class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, value):
        self._v = value

pr = Prop()
pr.v = 4
print(pr.v, vars(pr))
try:
    pr.__dict__["v"] = "ignored"
    print(pr.v)
except Exception as exc:
    print(type(exc).__name__)

# Attributes set from outside the class's own functions, on many instances
# (instances made later may hold more of them inline).
class Record:
    pass

def fill_record(rec, i, n):
    for j in range(n):
        setattr(rec, "field%d" % j, i * 100 + j)
    rec.last = i
    return rec

records = [fill_record(Record(), i, 3 + i % 25) for i in range(60)]
print(sum(r.last for r in records), [len(vars(r)) for r in records[::7]])
print(all(getattr(r, "field%d" % j) == i * 100 + j
          for i, r in enumerate(records) for j in range(3 + i % 25)))
print(list(vars(records[30]))[:4], list(vars(records[59]))[-3:])
del records[10].field2
records[11].__dict__["field0"] = "changed"
print(hasattr(records[10], "field2"), records[11].field0, records[12].field0)
