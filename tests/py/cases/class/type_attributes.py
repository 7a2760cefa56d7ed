# Class-level attributes: __name__/__qualname__/__module__/__doc__/__bases__ assignment rules, type repr, __dict__ contents, type() forms.
class Outer:
    '''Outer doc'''
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer().method().__qualname__, Outer.__module__, Outer.__doc__)
print(repr(Outer), repr(Outer.Inner), str(int), repr(type), Outer.Inner.__name__, Outer.method.__qualname__)
Outer.__name__ = 'Renamed'
Outer.__qualname__ = 'Qual.Renamed'
print(Outer.__name__, Outer.__qualname__, repr(Outer))
for attr, value in [('__name__', 5), ('__qualname__', None), ('__name__', 'bad\x00name')]:
    try:
        setattr(Outer, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    int.new_attr = 1
except TypeError as e:
    print('TypeError', e)
try:
    del Outer.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class A:
    pass
class B:
    pass
class C(A):
    pass
C.__bases__ = (B,)
print(C.__bases__, C.__mro__, issubclass(C, A), issubclass(C, B))
try:
    C.__bases__ = ()
except TypeError as e:
    print('TypeError', e)
print(type(A.__dict__).__name__, '__module__' in A.__dict__, '__doc__' in A.__dict__, A.__doc__, sorted(k for k in vars(C) if not k.startswith('__')))
X = type('X', (A,), {'v': 1, '__doc__': 'made by type', 'm': lambda self: self.v})
print(X.__name__, X.__qualname__, X.__bases__, X.v, X().m(), X.__doc__, X.__module__)
print(type(X), type(type), type(object), object.__bases__, type.__bases__, int.__base__, bool.__base__, object.__base__)
print(A.__class__, A().__class__, type(A()) is A, A.__subclasses__(), sorted(c.__name__ for c in A.__subclasses__()))
obj = A()
obj.__class__ = B
print(type(obj).__name__, isinstance(obj, B))
try:
    obj.__class__ = int
except TypeError as e:
    print('TypeError', e)
try:
    (5).__class__ = bool
except TypeError as e:
    print('TypeError', e)
print(A.__init__ is object.__init__, A.__repr__(A()) [:10], A.__eq__(A(), 5), A.__ne__(obj, obj), A.__sizeof__(A()) > 0)
print(sorted(n for n in type.__dict__ if n in ('__call__', 'mro', '__subclasses__', '__prepare__', '__instancecheck__')))
