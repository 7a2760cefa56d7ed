# Function data attributes: __defaults__, __kwdefaults__, __code__, closures, ...
def f(a, b=2, *args, c=3, **kw):
    "the doc"
    x = 1
    def g():
        return x + a
    return g

print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__closure__)
print(f.__globals__ is globals(), type(f.__builtins__).__name__)
print(f.__annotations__)
f.__defaults__ = (10,)
print(f(1).__closure__[0].cell_contents, f(1).__closure__[1].cell_contents)
def h(a, b=2):
    return a, b
print(h(1))
h.__defaults__ = (5,)
print(h(1))
h.__defaults__ = None
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
def k(*, x=1):
    return x
k.__kwdefaults__ = {'x': 42}
print(k())
try:
    k.__kwdefaults__ = 3
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__, C.m.__name__)
C.m.__name__ = 'renamed'
print(C.m.__name__)
try:
    C.m.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.m.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)

def ann(a: int, b: "str" = "x") -> list:
    pass
print(ann.__annotations__)
def noann(): pass
print(noann.__annotations__, noann.__annotations__ is noann.__annotations__)
noann.__annotations__ = {'r': int}
print(noann.__annotations__)

f.attr = 'hello'
print(f.attr, f.__dict__)
f.__doc__ = 'changed'
print(f.__doc__)
f.__module__ = 'elsewhere'
print(f.__module__)

# __code__ swapping
def one(): return 1
def two(): return 2
one.__code__ = two.__code__
print(one())
try:
    one.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def outer():
    y = 3
    def inner(): return y
    return inner
try:
    one.__code__ = outer().__code__
except ValueError as e:
    print(type(e).__name__, e)

# cells
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
cell = c.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 100
print(c())
def empty_cell():
    if False:
        z = 1
    def use(): return z
    return use
try:
    empty_cell().__closure__[0].cell_contents
except ValueError as e:
    print(type(e).__name__, e)
lam = lambda q: q
print(lam.__name__, lam.__qualname__)
