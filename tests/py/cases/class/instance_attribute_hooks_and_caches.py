# Attribute hooks, __slots__, built-in subclasses with a dict, and attribute
# sites that see many layouts and types (the interpreter's caches).
import gc


class Logged:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "fallback:" + name

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

lg = Logged()
lg.b = 5
print(lg.a, lg.b, lg.missing, vars(lg))
del lg.a
print(lg.a, vars(lg))

class Intercept:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name.startswith("v_"):
            return name.upper()
        return object.__getattribute__(self, name)

it = Intercept()
print(it.real, it.v_x, vars(it))
for _ in range(3):
    print(it.real, it.v_y)

# __slots__ classes, with and without a __dict__ slot, and subclasses.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as exc:
    print("AttributeError:", exc)

class SlottedWithDict:
    __slots__ = ("a", "__dict__")

sd = SlottedWithDict()
sd.a = 1
sd.other = 2
print(sd.a, sd.other, vars(sd)["other"])

class Sub(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = "e"

sb = Sub()
sb.b = 2
print(sb.a, sb.b, sb.extra, "extra" in vars(sb))

# Subclasses of built-in types keep a dict.
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "t"

ml = MyList([1, 2])
ml.more = 3
print(ml, ml.tag, vars(ml))

class MyInt(int):
    pass

mi = MyInt(5)
mi.note = "n"
print(mi + 1, mi.note, vars(mi))

class MyExc(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 42

try:
    raise MyExc("boom")
except MyExc as exc:
    print(exc, exc.code, vars(exc))

# One site, many classes and layouts: the right value every time.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

class A(Base):
    def __init__(self, v):
        self.first = "A"
        super().__init__(v)

class B(Base):
    def __init__(self, v):
        super().__init__(v)
        self.after = "B"

class C(B):
    pass

objs = [Base(0), A(1), B(2), C(3), A(4)]
objs[4].dyn = 1
objs[2].__dict__["v"] = 20
for _ in range(3):
    print([o.get() for o in objs], [o.v for o in objs])

# A store site that adds attributes in different orders.
def fill(obj, names):
    for i, n in enumerate(names):
        setattr(obj, n, i)
    return list(vars(obj).items())

class Plain:
    pass

for names in (["a", "b", "c"], ["b", "a"], ["a", "b", "c", "d"], ["c"]):
    print(fill(Plain(), names))

def store_x(o, v):
    o.x = v

def load_x(o):
    return o.x

ps = [Plain() for _ in range(4)]
ps[1].y = "y first"
ps[2].__dict__
ps[3].x = "before"
for i, o in enumerate(ps):
    store_x(o, i)
print([load_x(o) for o in ps], [list(vars(o)) for o in ps])

# An instance attribute shadows a method, then stops shadowing it.
class M:
    def f(self):
        return "method"

ms = [M() for _ in range(3)]
ms[1].f = lambda: "instance attr"
results = []
for rnd in range(3):
    results.append([m.f() for m in ms])
    if rnd == 1:
        del ms[1].f
        ms[2].f = lambda: "late shadow"
print(results)

# The class changes under a warm site: a data descriptor now takes over.
class Late:
    def __init__(self):
        self.val = "instance"

def read_val(o):
    return o.val

lt = Late()
print([read_val(lt) for _ in range(3)])
Late.val = property(lambda self: "property")
print(read_val(lt), vars(lt))
del Late.val
print(read_val(lt))

# Attributes survive collections, with many live instances.
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
        self.payload = [i] * 3

head = None
for i in range(3000):
    head = Node(i, head)
    if i % 500 == 0:
        gc.collect()
total = 0
n = head
while n is not None:
    total += n.i + n.payload[2]
    n = n.nxt
print(total)

# One site alternating between modules, classes and instances.
import types

mod = types.ModuleType("m")
mod.x = "module x"
mod.pad1 = mod.pad2 = 0

class HasX:
    x = "class x"

    def __init__(self):
        self.x = "instance x"
        self.a, self.b, self.c, self.d = "a", "b", "c", "d"
        self.e, self.f, self.g, self.h = "e", "f", "g", "h"

def get_x(o):
    return o.x

seq = [mod, HasX(), HasX, mod, HasX(), HasX(), HasX, mod]
print([get_x(o) for o in seq * 2])
