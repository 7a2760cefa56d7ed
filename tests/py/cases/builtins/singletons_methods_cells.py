# None, NotImplemented, Ellipsis, bool; bound-method equality/hash; cells; modules as objects.
import types
print(type(None), type(NotImplemented), type(...), None.__class__.__name__, bool(None), bool(...))
print(repr(None), str(None), repr(...), repr(NotImplemented), hash(None) == hash(None), None.__eq__(None), None.__eq__(1))
try:
    bool(NotImplemented)
    print('bool(NotImplemented) ok')
except TypeError as e:
    print('TypeError', e)
for t in [type(None), type(...), type(NotImplemented)]:
    print(t() is t(), t.__name__)
try:
    type(None)(1)
except TypeError as e:
    print('TypeError', e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
print(bool(), bool(0.0), bool(''), bool('0'), bool([0]), True.__and__(False), True.__or__(2), True.__xor__(True), repr(True & 2))
print(True == 1, True is not 1 if False else True, {True: 'a', 1: 'b'}, True.real, True.numerator, int.__add__(True, True))
print(str(True), format(True), f'{False!r}', '%s %d' % (True, True), True.__index__(), bin(True), divmod(True, True))
class C:
    def m(self):
        return self
c = C()
m1, m2 = c.m, c.m
print(m1 == m2, m1 is m2, hash(m1) == hash(m2), m1.__func__ is C.m, m1.__self__ is c, c.m() is c)
print(C.m == C.m, c.m != C().m, type(m1).__name__, repr(m1).startswith('<bound method C.m of'))
bm = types.MethodType(lambda self, x: (self, x), 5)
print(bm(1), bm.__self__)
try:
    types.MethodType(lambda: 1, None)
except TypeError as e:
    print('TypeError', e)
print([].append.__self__, (1).__add__.__self__, len.__self__.__name__, print.__module__, [].append.__name__)
print([1].__len__ == [1].__len__, [1].__len__ == [2].__len__, len.__qualname__, str.upper.__qualname__, dict.fromkeys.__self__)
def outer():
    v = 1
    def inner():
        return v
    return inner
cell = outer().__closure__[0]
print(type(cell).__name__, cell.cell_contents, cell == cell)
cell.cell_contents = 7
print(outer().__closure__[0].cell_contents, cell.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print('ValueError', e)
print(repr(types.CellType(3)).startswith('<cell at'), types.CellType(3).cell_contents)
mod = types.ModuleType('made')
mod.__dict__['z'] = 26
print(mod.z, mod.__name__, type(mod).__name__, isinstance(mod, types.ModuleType), repr(mod))
import sys
print(sys.modules['__main__'].__name__, __name__, type(sys).__name__, sys.__name__, 'made' in sys.modules)
class MyModule(types.ModuleType):
    def __getattr__(self, name):
        return 'dyn:' + name
mm = MyModule('mm')
print(mm.anything, mm.__name__)
sys.modules['mm'] = mm
import mm as imported
print(imported is mm, imported.x)
del sys.modules['mm']
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
