# weakref.py and _weakrefset.py on top of _weakref: WeakSet,
# WeakValueDictionary, WeakKeyDictionary, finalize, WeakMethod.
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def method(self):
        return self.name
    def __repr__(self):
        return 'Obj(%s)' % self.name

def names(it):
    return sorted(o.name for o in it)

keep = [Obj('a'), Obj('b')]
ws = weakref.WeakSet(keep)
def add_temp(s):
    s.add(Obj('temp'))
add_temp(ws)
gc.collect()
print(len(ws), names(ws), keep[0] in ws, Obj('x') in ws)
ws.discard(keep[1])
print(names(ws), len(ws))

wvd = weakref.WeakValueDictionary()
wvd['a'] = keep[0]
def add_value(d):
    d['gone'] = Obj('gone')
add_value(wvd)
gc.collect()
print(sorted(wvd.keys()), wvd.get('gone'), 'a' in wvd, wvd['a'])
try:
    wvd['gone']
except KeyError as e:
    print(type(e).__name__, e)

wkd = weakref.WeakKeyDictionary()
wkd[keep[0]] = 1
def add_key(d):
    d[Obj('k')] = 2
add_key(wkd)
gc.collect()
print(len(wkd), list(wkd.values()), keep[0] in wkd)

log = []
def make_finalized():
    o = Obj('f')
    f = weakref.finalize(o, log.append, 'finalized')
    return f
fin = make_finalized()
gc.collect()
print(log, fin.alive)
o2 = Obj('g')
f2 = weakref.finalize(o2, log.append, 'called early')
print(f2.alive, f2(), f2.alive, log)

wm = weakref.WeakMethod(keep[0].method)
print(wm()(), type(wm).__name__)
def dead_method():
    return weakref.WeakMethod(Obj('m').method)
dm = dead_method()
gc.collect()
print(dm())
r = weakref.ref(keep[0])
print(r() is keep[0], weakref.getweakrefcount(keep[0]) >= 1, isinstance(r, weakref.ReferenceType))
p = weakref.proxy(keep[0])
print(p.name, p.method())
