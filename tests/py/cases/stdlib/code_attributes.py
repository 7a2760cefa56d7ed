# Code object attributes (co_*), repr shape and replace().
import sys
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    x = a + b
    def g():
        return x + c
    return g

co = f.__code__
print(co.co_name, co.co_qualname, co.co_filename == __file__, co.co_firstlineno)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars)
print(hex(co.co_flags))
g = f(1, 2, 3, e=4)
print(g.__code__.co_freevars, g.__code__.co_qualname, hex(g.__code__.co_flags))
print(type(co).__name__, repr(co).startswith('<code object f at 0x'), repr(co).endswith(', line 3>'))

def gen():
    yield 1
print(hex(gen.__code__.co_flags & 0x20))
async def coro():
    pass
print(hex(coro.__code__.co_flags & 0x80))
def simple(): pass
print(simple.__code__.co_flags, simple.__code__.co_varnames, simple.__code__.co_nlocals)
print((lambda: 0).__code__.co_name)

def uses_names():
    return len(sys.argv) + undefined_global
print('len' in uses_names.__code__.co_names, 'sys' in uses_names.__code__.co_names)
def docd():
    "docstring here"
    return 42
print(docd.__code__.co_consts[0])

c2 = co.replace(co_name='renamed', co_firstlineno=99)
print(c2.co_name, c2.co_firstlineno, co.co_name, c2.co_varnames == co.co_varnames)
def ret7(): return 7
ret7.__code__ = ret7.__code__.replace(co_name='other')
print(ret7(), ret7.__code__.co_name, ret7.__name__)
