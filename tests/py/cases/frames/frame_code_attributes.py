# frame and code objects: f_locals, f_lineno, f_back, f_globals, f_code; code attributes.
import sys
def outer():
    a = 1
    def inner(x, *args, k=2, **kw):
        b = x + a
        f = sys._getframe()
        return f
    return inner(5, 6, k=3, z=4)
f = outer()
print(sorted(f.f_locals), f.f_code.co_name, f.f_back.f_code.co_name, f.f_globals is globals(), f.f_lineno)
co = f.f_code
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_freevars, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_filename == __file__, co.co_qualname, co.co_firstlineno)
def g():
    return sys._getframe(1)
def caller():
    fr = g()
    return fr.f_code.co_name, fr.f_lineno
print(caller())
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
def lineno():
    return sys._getframe().f_lineno
print(lineno())
def closures():
    x = 1
    y = 2
    def use():
        return x + y
    return use
u = closures()
print(u.__code__.co_freevars, closures.__code__.co_cellvars, [c.cell_contents for c in u.__closure__])
print(type(u.__closure__[0]).__name__)
def defaults(a, b=2, *, c=3):
    pass
print(defaults.__defaults__, defaults.__kwdefaults__, defaults.__name__, defaults.__qualname__, defaults.__module__)
defaults.__defaults__ = (9,)
defaults.attr = 'x'
print(defaults.__defaults__, defaults.__dict__, defaults.__annotations__)
def annotated(a: int, b: 'str' = 'x') -> list:
    pass
print(annotated.__annotations__)
def gen():
    yield sys._getframe().f_back.f_code.co_name
print(next(gen()))
g2 = gen()
print(g2.gi_frame.f_code.co_name, g2.gi_code.co_name, g2.gi_frame.f_lasti >= -1)
code = compile('a = 1\nb = a + 1\n', 'fake.py', 'exec')
print(code.co_names, code.co_filename, code.co_name, code.co_firstlineno, type(code.co_code).__name__)
c2 = code.replace(co_name='renamed', co_filename='other.py')
print(c2.co_name, c2.co_filename, code.co_name)
ns = {}
exec(c2, ns)
print(ns['b'])
tb_lines = []
try:
    def deep():
        raise KeyError('x')
    deep()
except KeyError as e:
    tb = e.__traceback__
    while tb:
        tb_lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
print(tb_lines)
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
def loc():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    return sorted(l1), sorted(l2), l1 is l2
print(loc())
class K:
    v = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
