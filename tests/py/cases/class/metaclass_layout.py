# Classes whose metaclass is defined in Python: their MRO, attributes and
# dict; type(name, bases, ns) delegates to the bases' most derived metaclass;
# class bodies run in a __prepare__ mapping that overrides __setitem__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made_by = mcls.__name__
        return cls

class A(metaclass=Meta):
    x = 1
class B(A):
    y = 2
class C(B, A):
    pass
print(A.__mro__)
print(B.__mro__)
print(C.__mro__)
print(B.made_by, B.x, B.y, type(C).__name__, vars(A)['x'])

D = type('D', (B,), {'z': 3})
print(type(D).__name__, D.made_by, D.z, D.__mro__)

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls

class Fields(metaclass=OrderMeta):
    b = 1
    a = 2
    def m(self): pass
    del b
print(Fields.order, hasattr(Fields, 'b'))

class Other(type):
    pass
try:
    class Bad(A, metaclass=Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)
