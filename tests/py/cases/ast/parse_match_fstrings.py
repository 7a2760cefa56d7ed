# compile(..., PyCF_ONLY_AST) of match statements (every pattern) and
# nested f-strings: nodes and positions as CPython's.
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


src = '''
match command.split():
    case [action]:
        pass
    case [action, obj, *rest] if obj:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"key": value, **others}:
        pass
    case (1 | 2 | 3) as num:
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | -2.5 | "s" | b"b" | a.b.c:
        pass
    case [*_]:
        pass
    case _:
        pass
'''
print(dump(compile(src, '<src>', 'exec', _ast.PyCF_ONLY_AST)))
for s in ["f'{a}{b!s:{c}}'", "f'''{\n x}'''", "f'{a:{b}.{c}}' f'x' 'y'", "f'{{literal}}'", "rf'\\d{x}'"]:
    print(dump(compile(s, '<src>', 'eval', _ast.PyCF_ONLY_AST)))
