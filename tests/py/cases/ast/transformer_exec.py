# A tree transformer written against _ast alone: rewrites constants and
# operators of a parsed module, then compiles and runs the result.
import _ast

src = '''
def area(w, h):
    return w * h

total = 0
for w, h in [(1, 2), (3, 4)]:
    total = total + area(w, h)
print("total", total)
'''


def transform(node):
    # Swap * for + and add 10 to every int constant; visit fields depth first.
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, list):
            setattr(node, field, [transform(v) if isinstance(v, _ast.AST) else v for v in value])
        elif isinstance(value, _ast.AST):
            setattr(node, field, transform(value))
    if isinstance(node, _ast.BinOp) and isinstance(node.op, _ast.Mult):
        node.op = _ast.Add()
    if isinstance(node, _ast.Constant) and type(node.value) is int:
        new = _ast.Constant(node.value + 10)
        for attr in node._attributes:
            setattr(new, attr, getattr(node, attr))
        return new
    return node


def walk(node):
    yield node
    for field in node._fields:
        value = getattr(node, field, None)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, _ast.AST):
                yield from walk(v)


tree = compile(src, '<src>', 'exec', _ast.PyCF_ONLY_AST)
exec(compile(tree, '<src>', 'exec'))
tree = transform(tree)
counts = {}
for n in walk(tree):
    counts[type(n).__name__] = counts.get(type(n).__name__, 0) + 1
print(sorted(counts.items()))
exec(compile(tree, '<src>', 'exec'))
