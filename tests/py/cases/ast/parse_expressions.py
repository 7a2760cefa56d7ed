# compile(..., PyCF_ONLY_AST) of expressions (mode 'eval'): nodes, operators,
# contexts, constants and positions as CPython's.
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
    'a and b or not c', '(x := 5)', '1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m', 'a << b >> c | d ^ e & f',
    '-x + ~y', 'a < b <= c == d != e > f >= g is h is not i in j not in k',
    'x if y else z', '{1: 2, **m}', '{1, 2}', '[1, 2][0]', '(1,)', '()', 'a[1:2, ::3]', 'a[...]',
    '[x for x in y if x for z in w]', '{x for x in y}', '{k: v for k, v in d.items()}',
    '(x async for x in y)', 'f(a, *b, c=1, **d)', 'a.b.c', 'lambda x, *y, z=1, **w: 0',
    "f'{x!r:>{w}} and {y=}'", "'a' 'b'", "u'unicode'", "b'\\xff'", '1_000_000', '0xff', '1.5e10',
    '10**100', '1e400', 'None, True, False, ...', "'''multi\nline'''", '(\n  a +\n  b\n)',
    '"é" + x', 'await x', '*a, b',
]:
    print(dump(compile(src, '<src>', 'eval', _ast.PyCF_ONLY_AST)))
