# compile(..., PyCF_ONLY_AST) of statements: every node and position as CPython's.
import _ast


def dump(node):
    # Like ast.dump(node, include_attributes=True), without importing ast.
    if isinstance(node, _ast.AST):
        parts = []
        for name in node._fields + node._attributes:
            if hasattr(node, name):
                parts.append('%s=%s' % (name, dump(getattr(node, name))))
        return '%s(%s)' % (type(node).__name__, ', '.join(parts))
    if isinstance(node, list):
        return '[%s]' % ', '.join(dump(x) for x in node)
    return repr(node)


for src in [
    'x = 1',
    'a, *b = c = d',
    'x += 2\ny //= 3\nz @= w',
    'x: int = 5\n(y): str\nz.a: list',
    'del a, b[1], c.d',
    'def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    """doc"""\n    return a',
    '@dec\n@dec2(1)\nasync def g():\n    await x\n    async for i in y: pass\n    async with a as b: pass',
    'class C(B, metaclass=M):\n    x = 1\n    def m(self): pass',
    'for i in range(3):\n    continue\nelse:\n    break',
    'while x:\n    pass\nelse:\n    x = 1',
    'if a:\n    b\nelif c:\n    d\nelse:\n    e',
    'with open(f) as g, h:\n    pass',
    'try:\n    x\nexcept E as e:\n    y\nexcept:\n    z\nelse:\n    w\nfinally:\n    v',
    'try:\n    x\nexcept* E:\n    y',
    'raise X from Y\nraise\nassert x, "msg"',
    'import a.b as c, d\nfrom ..m import (x as y, z)\nfrom . import *',
    'def f():\n    global g\n    nonlocal_ = 1\n    def h():\n        nonlocal nonlocal_',
    'lambda: (yield)\n',
    'x = 1; y = 2\n',
    'print("é", b"\\x00")  # comment\n',
]:
    print(dump(compile(src, '<src>', 'exec', _ast.PyCF_ONLY_AST)))
print(dump(compile('x = 1\n', '<src>', 'single', _ast.PyCF_ONLY_AST)))
print(dump(compile(b'y = "bytes source"', '<src>', 'exec', _ast.PyCF_ONLY_AST)))
