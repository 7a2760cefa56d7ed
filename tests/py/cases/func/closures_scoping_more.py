# Scoping: closures over loop variables, nonlocal/global, class scope rules, comprehension scopes, del of free vars.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
x = 'global'
def shadow():
    x = 'local'
    def inner():
        global x
        return x
    return inner()
print(shadow())
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(free_unbound())
def deleted_free():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleted_free()
class Scope:
    a = 1
    b = [a * 2]
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        c = str(e)
    d = (lambda: a) if False else None
    def method(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(Scope.b, Scope.c, Scope().method())
a = 'module a'
print(Scope().method())
def gen_scope():
    v = 10
    return list(v + i for i in range(2)), [v * i for i in range(2)], {v: i for i in range(1)}
print(gen_scope())
print([(i, j) for i in range(3) if i for j in range(i)], [j for i in range(3) for j in range(i) if j])
i = 'outer'
_ = [i for i in range(2)]
print(i)
print([(walrus := k) for k in range(3)], walrus)
def nonlocal_chain():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    return mid(), a
print(nonlocal_chain())
for src in ['def f():\n    nonlocal q\n', 'def f():\n    x = 1\n    global x\n', 'nonlocal y\n', 'def f(a):\n    global a\n',
            'def f():\n    [x := 1 for x in range(2)]\n', 'class C:\n    [(y := 1) for _ in range(1)]\n']:
    try:
        compile(src, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
def defaults_evaluated_once(lst=[]):
    lst.append(1)
    return len(lst)
print(defaults_evaluated_once(), defaults_evaluated_once(), defaults_evaluated_once([]))
def class_in_function():
    value = 'captured'
    class Local:
        attr = value
        def m(self):
            return value
    return Local.attr, Local().m(), Local.__qualname__
print(class_in_function())
def super_in_closure():
    class P:
        def who(self): return 'P'
    class Q(P):
        def who(self):
            return (lambda: super().who())() + 'Q'
    return Q().who()
print(super_in_closure())
