# compile() of hand-built _ast trees: exec/eval of the code, and CPython's
# TypeError/ValueError for malformed trees.
import _ast as a

L = dict(lineno=1, col_offset=0)


def name(n, ctx=None):
    return a.Name(n, ctx or a.Load(), **L)


def const(v):
    return a.Constant(v, **L)


tree = a.Module(body=[
    a.Assign([name('x', a.Store())], a.BinOp(const(6), a.Mult(), const(7), **L), **L),
    a.FunctionDef('double', a.arguments([], [a.arg('v', **L)], None, [], [], None, []),
                  [a.Return(a.BinOp(name('v'), a.Add(), name('v'), **L), **L)], [], **L),
    a.For(name('i', a.Store()), a.Call(name('range'), [const(3)], [], **L),
          [a.Expr(a.Call(name('print'), [name('i'), a.Call(name('double'), [name('i')], [], **L)],
                         [a.keyword('sep', const('-'), **L)], **L), **L)], [], **L),
    a.If(a.Compare(name('x'), [a.Eq()], [const(42)], **L),
         [a.Expr(a.Call(name('print'), [const('forty-two')], [], **L), **L)], [], **L),
], type_ignores=[])
code = compile(tree, '<built>', 'exec')
print(type(code).__name__)
ns = {}
exec(code, ns)
print(ns['x'], ns['double'](21))
print(eval(compile(a.Expression(a.BinOp(const(2), a.Pow(), const(10), **L)), '<e>', 'eval')))
print(compile(tree, '<built>', 'exec', a.PyCF_ONLY_AST) is tree)

# A tree from the parser compiles back to the same behaviour.
t = compile('def f(n):\n    return [i * i for i in range(n) if i % 2]\nprint(f(10))', '<p>', 'exec', a.PyCF_ONLY_AST)
exec(compile(t, '<p>', 'exec'))


def check(tree, mode='exec'):
    try:
        compile(tree, '<bad>', mode)
        print('compiled')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


check(a.Module(body=[a.Expr(const(1))], type_ignores=[]))
check(a.Module(body=[a.Expr(**L)], type_ignores=[]))
check(a.Module(body=[a.Expr(5, **L)], type_ignores=[]))
check(a.Module(body=5, type_ignores=[]))
check(a.Module(body=[]))
check(a.Module(body=[a.Expr(a.Name(5, a.Load(), **L), **L)], type_ignores=[]))
check(a.Module(body=[a.Expr(a.Name('x', 5, **L), **L)], type_ignores=[]))
check(a.Module(body=[a.Expr(a.Name('x', a.Store(), **L), **L)], type_ignores=[]))
check(a.Module(body=[a.Assign([name('x')], const(1), **L)], type_ignores=[]))
check(a.Module(body=[a.Expr(a.Name('x', a.Load(), lineno='a', col_offset=0), **L)], type_ignores=[]))
check(a.Module(body=[], type_ignores=[]), 'eval')
check(a.Expression(const(1)), 'exec')
check(5)
check(a.Module(body=[a.Expr(const([1]), **L)], type_ignores=[]))
check(a.Module(body=[a.Expr(a.BinOp(const(1), a.Add, const(1), **L), **L)], type_ignores=[]))
check(a.Module(body=[a.Expr(a.BinOp(const(1), None, const(1), **L), **L)], type_ignores=[]))
check(a.Module(body=[a.Expr(name('None'), **L)], type_ignores=[]))
check(a.Module(body=[a.Assign([], const(1), **L)], type_ignores=[]))
check(a.Expression(name('x')), 'single')
check(a.Module(body=[a.Expr(a.Constant('x', kind=5, **L), **L)], type_ignores=[]))
check(a.Module(body=[a.FunctionDef('f', a.arguments([], [], None, [], [], None, []), [], [], **L)], type_ignores=[]))
check(a.Module(body=[a.Assign([a.BinOp(const(1), a.Add(), const(1), **L)], const(1), **L)], type_ignores=[]))
check(a.Module(body=[a.Import([a.alias('os')], **L)], type_ignores=[]))
check(a.Module(body=[a.Import([a.alias('os', **L)], **L)], type_ignores=[]))
