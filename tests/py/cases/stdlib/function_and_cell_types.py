# types.FunctionType(code, globals, ...) and types.CellType(...).
import types

def adder(a, b=10):
    return a + b
g = {'__builtins__': __builtins__}
f = types.FunctionType(adder.__code__, g, 'renamed', (5,))
print(f(1), f.__name__, f.__defaults__, f.__globals__ is g)
def outer():
    x = 3
    def inner():
        return x
    return inner
inner = outer()
cell = types.CellType(40)
f2 = types.FunctionType(inner.__code__, globals(), None, None, (cell,))
print(f2(), f2.__name__, cell.cell_contents)
cell.cell_contents = 41
print(f2())
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
print(repr(empty).endswith(': empty>'), repr(cell).startswith('<cell at 0x'), ': int object at 0x' in repr(cell))
for bad in [lambda: types.FunctionType(inner.__code__, {}), lambda: types.FunctionType(adder.__code__, {}, None, [1]),
            lambda: types.FunctionType(1, {}), lambda: types.FunctionType(adder.__code__, []),
            lambda: types.FunctionType(inner.__code__, {}, None, None, (1,))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
