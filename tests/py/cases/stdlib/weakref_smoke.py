# weakref: ref and callbacks, proxies, WeakValueDictionary,
# WeakKeyDictionary, WeakSet, WeakMethod and finalize. (What a collection
# frees is not printed: pystm's collector scans the C++ stack conservatively,
# so a dead object can outlive the collection right after it; the thread
# local test checks that values of ended threads are freed.)
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name

    def __repr__(self):
        return "Obj(%s)" % self.name


def make():
    return Obj("temp")


events = []
a = Obj("a")
r = weakref.ref(a, lambda ref: events.append("a collected"))
print(r() is a, weakref.getweakrefcount(a), r == weakref.ref(a))
p = weakref.proxy(a)
print(p.name, p.method())
p.name = "renamed"
print(a.name)


def collected_ref():
    t = make()
    return weakref.ref(t, lambda ref: events.append("temp collected"))


tr = collected_ref()
print(type(tr).__name__, callable(tr))

wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
keep = [Obj(str(i)) for i in range(5)]


def fill():
    for i, o in enumerate(keep):
        wvd[i] = o
        wkd[o] = i
        ws.add(o)


fill()
print(sorted(wvd.keys()), sorted(wkd.values()), len(ws), sorted(o.name for o in ws))
print(wvd[2], wkd[keep[3]], keep[4] in ws, Obj("other") in ws, wvd.get(99))
print(sorted(k for k, v in wvd.items()), [o.name for o in sorted(wkd.keys(), key=lambda o: o.name)])


def method_ref():
    o = Obj("m")
    wm = weakref.WeakMethod(o.method)
    return wm, wm()()


wm, result = method_ref()
print(result)
live = Obj("live")
wm2 = weakref.WeakMethod(live.method)
print(wm2()(), wm2() == live.method)


def with_finalizer():
    o = Obj("fin")
    f = weakref.finalize(o, events.append, "finalized")
    return f


f = with_finalizer()
print(type(f).__name__)
f2 = weakref.finalize(a, events.append, "explicit")
print(f2(), f2.alive, events[-1], f2())
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
print(type(p).__name__, isinstance(p, weakref.ProxyTypes))
