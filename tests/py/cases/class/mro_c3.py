# C3 linearisation: diamonds, deep hierarchies, the "consistent MRO" errors, duplicate bases, mro() overrides.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()], Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Order(O, A): pass
except TypeError as e:
    print('TypeError', e)
class Ok(A, O): pass
print([c.__name__ for c in Ok.__mro__])
try:
    class FromInstance(1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Layout(int, str): pass
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def mro(cls):
        print('mro() called for', cls.__name__)
        return [cls, object]
class Custom(A, metaclass=Meta): pass
print([c.__name__ for c in Custom.__mro__], issubclass(Custom, A), isinstance(Custom(), A))
class Shape:
    def describe(self):
        return ['Shape']
class Colored(Shape):
    def describe(self):
        return ['Colored'] + super().describe()
class Sized(Shape):
    def describe(self):
        return ['Sized'] + super().describe()
class Box(Colored, Sized):
    def describe(self):
        return ['Box'] + super().describe()
print(Box().describe(), [c.__name__ for c in Box.__mro__])
print(int.__mro__, bool.__mro__, object.__mro__, type.__mro__)
print(type.mro(bool), type(object.__mro__).__name__)
try:
    type('T', (X, XY), {})
except TypeError as e:
    print('TypeError', e)
print([c.__name__ for c in type('T2', (XY, X), {}).__mro__])
