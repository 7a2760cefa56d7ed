# __set_name__ calls at class creation, property chaining (getter/setter/deleter), classmethod/staticmethod wrapping.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset-' + self.name)
class Model:
    a = Field()
    b = Field()
    c = 3
m = Model()
print(m.a, m.b, Model.a.name)
f = Field()
class Late:
    pass
Late.x = f
print(hasattr(f, 'name'))
f.__set_name__(Late, 'x')
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('no ' + name)
try:
    class Bad:
        z = Boom()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else '', getattr(e, '__notes__', None))
class NotCallable:
    __set_name__ = 5
try:
    class Bad2:
        q = NotCallable()
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
class P:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    def delx(self):
        print('deleting')
    x = property(getx, setx, delx, 'the x')
    @property
    def y(self):
        'y doc'
        return 'y'
    @y.setter
    def y(self, v):
        print('y set', v)
    @y.deleter
    def y(self):
        print('y del')
p = P()
p.x = 5
print(p.x, P.x.__doc__, P.y.__doc__, P.x.fget.__name__, P.y.fset.__name__, P.y.fdel is not None)
del p.x
p.y = 1
del p.y
ro = property(lambda self: 1)
print(ro.fset, ro.fdel, ro.__isabstractmethod__, property().__get__(None, P) is not None)
try:
    property().__get__(p, P)
except AttributeError as e:
    print('AttributeError', e)
try:
    property().__set__(p, 1)
except AttributeError as e:
    print('AttributeError', e)
class Sub(property):
    pass
s = Sub(lambda self: 'sub')
print(type(s.setter(lambda self, v: None)).__name__, s.__get__(1, int))
class CM:
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def st(*a):
        return a
    @classmethod
    @property
    def cprop(cls):
        return 'classprop of ' + cls.__name__
class CM2(CM):
    pass
print(CM.make(1), CM2.make(2), CM2().make(3), CM.st(4), CM2().st(5), CM.__dict__['make'].__func__.__name__)
print(CM.cprop, CM2.cprop, CM.__dict__['st'].__func__.__name__, isinstance(CM.__dict__['st'], staticmethod))
sm = staticmethod(len)
print(sm.__get__(None, int)('abc'), callable(sm), sm('xy'))
cm = classmethod(lambda cls, x: (cls, x))
print(cm.__get__(None, int)(1), cm.__get__(3)(2), cm.__get__(3, str)(0))
print(CM.__dict__['make'].__wrapped__ is CM.__dict__['make'].__func__, CM.st.__name__)
