# The unchanged stdlib ast.py over the native _ast module: parse, dump,
# unparse, literal_eval, NodeTransformer, fix_missing_locations, walk.
# (ast.get_docstring imports inspect, which needs _io: not yet.)
import ast
t = ast.parse("x = [1, 2+3, {'a': (4, 5)}]\nfor i in range(3):\n    print(i)\n")
print(ast.dump(t, indent=2)[:300])
print(ast.unparse(t))
print(ast.literal_eval("{'a': [1, 2.5, -3j, (True, None)], 'b': b'x'}"))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int): return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t2 = ast.fix_missing_locations(T().visit(ast.parse("print(1 + 2)")))
exec(compile(t2, "<t>", "exec"))
print([type(n).__name__ for n in ast.walk(ast.parse("a.b(c)"))])
src = '''
import os, sys as system
from . import x
@decorator(1)
class C(Base, metaclass=M):
    a: int = 3
    def f(self, x, /, y=2, *args, z, **kw) -> "C":
        global g
        for i in range(10):
            if i % 2 and not x or y:
                continue
            elif (w := i * 2) > 3:
                break
        else:
            pass
        try:
            return [j async for j in k] if x else {a: b for a, b in kw.items()}
        except (ValueError, TypeError) as e:
            raise RuntimeError("no") from e
        finally:
            del x[1:2, ::3]
        with open("f") as fh, lock:
            yield from fh
        return lambda q, *r: q ** -r[0]
match point:
    case (0, y) | [y, 0] if y > 1:
        print(f"{y!r:>{width}}")
    case {"k": v, **rest}:
        pass
    case Point(x=0) | None:
        pass
'''
tree = ast.parse(src)
again = ast.unparse(tree)
print(ast.dump(ast.parse(again)) == ast.dump(tree), len(again) > 1000)
for bad in ["__import__('os')", "[1, 2", "{1: x}"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__)
v = ast.increment_lineno(ast.parse("x = 1"), 3)
print(v.body[0].lineno, v.body[0].end_lineno)
