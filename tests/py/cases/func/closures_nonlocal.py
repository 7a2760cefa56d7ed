# Closures: late binding, nonlocal rebinding, cells shared between closures, global vs nonlocal, class scopes and closures.
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__code__.co_freevars)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
g = 'global'
def read_global():
    return g
def write_global():
    global g
    g = 'changed'
def shadow():
    g = 'local'
    return g
print(read_global(), shadow(), g)
write_global()
print(g)
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    v = 1
unbound()
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'set by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def free_before_assign():
    def reader():
        return late_var
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    late_var = 5
    return reader()
print(free_before_assign())
class Scope:
    attr = 'class attr'
    def method(self):
        try:
            return attr
        except NameError as e:
            return 'NameError: ' + str(e)
print(Scope().method())
def class_in_func():
    value = 'closure value'
    class Inner:
        v = value
        def m(self):
            return value
    return Inner.v, Inner().m()
print(class_in_func())
def deleter():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleter()
def cell_modified_after():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 'final'
    return [f() for f in fs]
print(cell_modified_after())
def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
print(recursive_closure())
def gen_closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
        yield total
    return [next(add(i)) for i in range(4)]
print(gen_closure())
x = 0
def nested_global():
    def inner():
        global x
        x += 1
    inner(); inner()
nested_global()
print(x)
