# _weakref and gc: references die with their referents after gc.collect(),
# callbacks run after the collection, proxies forward, hash/eq follow the
# referent, subclasses of ref carry attributes.
import _weakref as weakref
import gc

class C:
    def __init__(self, n):
        self.n = n
    def method(self):
        return self.n * 2
    def __call__(self, x):
        return x + self.n
    def __eq__(self, other):
        return isinstance(other, C) and other.n == self.n
    def __hash__(self):
        return hash(self.n)
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i * 10

log = []
def make_ref(n, callback=None):
    obj = C(n)
    r = weakref.ref(obj, callback)
    return obj, r

keep, r1 = make_ref(1)
print(r1() is keep, r1().n, r1.__callback__, type(r1).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.getweakrefcount(keep), weakref.getweakrefs(keep) == [r1])
print(weakref.ref(keep) is r1, weakref.ref(keep, print) is r1)

def dying(n):
    obj = C(n)
    return weakref.ref(obj, lambda ref: log.append(('dead', n, ref() is None)))
r2 = dying(2)
gc.collect()
print('after collect', log, r2())

# hash and equality follow the referent while it lives
a, ra = make_ref(5)
b, rb = make_ref(5)
print(ra == rb, ra != rb, hash(ra) == hash(5), ra == r1)
d = {ra: 'x'}
print(d[rb])
def dead_ref():
    return weakref.ref(C(9))
dr = dead_ref()
gc.collect()
print(dr(), dr == dead_ref(), dr == dr)
try:
    hash(dr)
except TypeError as e:
    print(type(e).__name__, e)
h = hash(ra)
print(hash(ra) == h)

# what can be weakly referenced
for obj in [1, 'str', (1,), [1], {}, None, 2.5, object()]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__, e)
def func(): pass
s = {1}
print(weakref.ref(func)() is func, weakref.ref(C)() is C, weakref.ref(s)() is s)
print(weakref.ref(len)() is len, weakref.ref(gc)() is gc)
class MyList(list): pass
ml = MyList([1])
print(weakref.ref(ml)() is ml)

# proxies
p = weakref.proxy(keep)
print(type(p).__name__, p.n, p.method(), len(p), p[3], bool(p), p == C(1))
p.extra = 7
print(keep.extra)
callable_obj = C(3)
cp = weakref.proxy(callable_obj)
print(type(cp).__name__, cp(10))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
def dead_proxy():
    return weakref.proxy(C(4))
dp = dead_proxy()
gc.collect()
try:
    dp.n
except ReferenceError as e:
    print(type(e).__name__, e)

# subclassing ref (as weakref.KeyedRef does)
class KeyedRef(weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
kr = KeyedRef(keep, None, 'the key')
print(kr.key, kr() is keep, isinstance(kr, weakref.ref), kr is weakref.ref(keep))

# _remove_dead_weakref
store = {'live': weakref.ref(keep), 'dead': dead_ref()}
gc.collect()
weakref._remove_dead_weakref(store, 'dead')
weakref._remove_dead_weakref(store, 'live')
weakref._remove_dead_weakref(store, 'missing')
print(sorted(store))

# callback exceptions are reported, not raised
def bad_callback(ref):
    raise ValueError('boom')
def make_bad():
    return weakref.ref(C(8), bad_callback)
bad = make_bad()
gc.collect()
print('still running', bad())

# several references with callbacks: newest first
order = []
def many():
    obj = C(11)
    return [weakref.ref(obj, lambda r, i=i: order.append(i)) for i in range(3)]
refs = many()
gc.collect()
print(order, [r() for r in refs])
print(gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())

# __slots__ without '__weakref__' make instances not weakly referenceable
class Slotted:
    __slots__ = ('a',)
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
class SlottedChild(Slotted):
    pass
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw, weakref.ref(SlottedChild()) is not None)
