# super(): zero-argument form, explicit two-argument forms, unbound super, super in classmethods/staticmethods/properties, errors.
class A:
    def who(self):
        return ['A']
    @classmethod
    def cwho(cls):
        return ['A.c', cls.__name__]
    @property
    def p(self):
        return 'A.p'
    def __repr__(self):
        return 'A-repr'
class B(A):
    def who(self):
        return ['B'] + super().who()
    @classmethod
    def cwho(cls):
        return ['B.c'] + super().cwho()
    @property
    def p(self):
        return 'B.p+' + super().p
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
    def explicit(self):
        return super(B, self).who(), super(D, self).who(), super(C, self).who()
d = D()
print(d.who(), D.cwho(), d.p, d.explicit())
print(super(D, d).who(), super(B, D).cwho(), super(D, D).who(d), super(A, d).__repr__()[:17])
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__, repr(super(B))[:14])
print(super(B, B).cwho(), super(B, d).cwho())
def outside(self):
    return super().who()
try:
    outside(d)
except RuntimeError as e:
    print('RuntimeError', e)
class E(A):
    def m(self):
        return super(E, 5).who()
try:
    E().m()
except TypeError as e:
    print('TypeError', e)
try:
    super(1, 2)
except TypeError as e:
    print('TypeError', e)
class F(A):
    def m(self):
        def inner():
            return super().who()
        return inner()
try:
    F().m()
except RuntimeError as e:
    print('RuntimeError', e)
class G(A):
    def m(self):
        return [super().who() for _ in range(2)]
    @staticmethod
    def st():
        return super(G, G()).who()
print(G().m(), G.st())
class H(A):
    def who(self):
        return ['H'] + super().who()
    def later(self):
        self = 'rebound'
        return self
print(H().who(), H().later())
class Attr(A):
    x = 'Attr.x'
class Attr2(Attr):
    x = 'Attr2.x'
    def getx(self):
        return super().x, super().__class__.__name__
print(Attr2().getx())
try:
    super(Attr2, Attr2()).missing
except AttributeError as e:
    print('AttributeError', e)
class Setter(A):
    def set(self):
        super().__setattr__('v', 1)
        return self.v
print(Setter().set())
class Init:
    def __init__(self, *a):
        print('Init', a)
class Init2(Init):
    def __init__(self):
        super().__init__(1, 2)
        super(Init, self).__init__()
Init2()
class NewSuper:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.args = a
        return obj
print(NewSuper(1, 2).args)
