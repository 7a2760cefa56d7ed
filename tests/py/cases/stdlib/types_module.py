# `import types` and the objects it names: SimpleNamespace, GenericAlias,
# UnionType, FunctionType, CodeType, FrameType, TracebackType.
import sys
import types

def f(): pass
print(types.FunctionType is type(f), types.CodeType is type(f.__code__), types.LambdaType is types.FunctionType)
print(types.FrameType.__name__, types.TracebackType.__name__, types.GeneratorType.__name__)
print(types.SimpleNamespace.__name__, types.GenericAlias.__name__, types.UnionType.__name__)
print(types.ModuleType is type(sys), types.BuiltinFunctionType is type(len), types.MethodType.__name__)

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns == types.SimpleNamespace(a=1))
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
class NS(types.SimpleNamespace):
    pass
print(NS(z=3))
rec = types.SimpleNamespace()
rec.me = rec
print(rec)

# PEP 585 aliases
la = list[int]
print(la, type(la).__name__, la.__origin__ is list, la.__args__, la.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(la([1, 2]), la.__name__ if hasattr(la, '__name__') else '-')
print(types.GenericAlias(dict, (str, int)))
print(list[int].__mro_entries__((list[int],)))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([3]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)

# PEP 604 unions
u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, int | str | int, (int | str) | float, int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int))
print(list[int] | None)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)

# frames and tracebacks (enough for sys._getframe(n).f_globals)
def caller_name():
    return sys._getframe(1).f_code.co_name
def outer():
    return caller_name()
print(outer(), sys._getframe().f_globals is globals(), sys._getframe(0).f_code.co_name)
def locals_of():
    x = 5
    return sys._getframe().f_locals
print(locals_of())
try:
    sys._getframe(10000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
