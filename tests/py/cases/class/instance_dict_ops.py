# Instance __dict__: direct manipulation, replacement (must be a dict), vars() views it live, attribute order, __dict__ of classes is read-only.
class A:
    cls_attr = 'c'
    def __init__(self):
        self.x = 1
        self.y = 2
a = A()
print(a.__dict__, vars(a) is a.__dict__, list(a.__dict__))
a.__dict__['z'] = 3
print(a.z, hasattr(a, 'z'))
del a.__dict__['x']
print(hasattr(a, 'x'), a.__dict__)
vars(a)['w'] = 4
print(a.w)
a.__dict__ = {'fresh': True}
print(a.__dict__, a.fresh, hasattr(a, 'y'), a.cls_attr)
for bad in [5, [('a', 1)], None]:
    try:
        a.__dict__ = bad
    except TypeError as e:
        print('TypeError', e)
class D(dict):
    pass
a.__dict__ = D(sub=1)
print(type(a.__dict__).__name__, a.sub)
try:
    A.__dict__['new'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    A.__dict__ = {}
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
b = A()
b.a1, b.a2, b.a3 = 1, 2, 3
del b.a2
b.a2 = 'readded'
print(list(vars(b)))
import copy
c = copy.copy(b)
c.x = 'changed'
print(b.x, c.x, c.__dict__ is not b.__dict__)
def f():
    pass
f.__dict__['attr'] = 'on function'
print(f.attr, vars(f))
f.__dict__ = {'other': 1}
print(f.other, hasattr(f, 'attr'))
import types
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
del ns.a
print(ns, vars(ns), ns == types.SimpleNamespace(b=2, c=3), sorted(ns.__dict__))
