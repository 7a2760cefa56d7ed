# dir() of built-in types and instances: every method CPython lists (str.__iter__, __dir__, ...).
# Names pystm is known to list differently are left out: '__dict__'/'__module__' (kept in
# the type's own dict) and the ordering methods object inherits.
skip = {'__dict__', '__module__', '__lt__', '__le__', '__gt__', '__ge__'}
for t in [object, int, float, complex, str, bytes, bytearray, list, tuple, bool, function if False else type(lambda: 0)]:
    print(t.__name__, sorted(set(dir(t)) - skip))
print(sorted(set(dir('')) - skip) == sorted(set(dir(str)) - skip), list('xyz'.__iter__()), type(''.__iter__()).__name__)
class A:
    cls = 1
a = A()
a.inst = 2
print(sorted(a.__dir__()) == dir(a), sorted(A.__dir__(A)) == dir(A), 'inst' in a.__dir__(), 'cls' in object.__dir__(a))
print(type(object.__dir__(5)).__name__, '__add__' in object.__dir__(5), 'mro' in type.__dir__(int))
