# The _ast node classes: hierarchy, _fields, _attributes, __match_args__,
# None defaults of optional fields, docs, constructors and their errors.
import _ast

names = sorted(n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST))
print(len(names))
for n in names:
    c = getattr(_ast, n)
    own = sorted(k for k in c.__dict__ if k not in ('__module__', '__doc__', '__weakref__', '__dict__',
                                                   '__init__', '__reduce__', '__new__', '__getattribute__',
                                                   '__setattr__', '__delattr__'))
    print(n, c.__module__, [b.__name__ for b in c.__mro__], c._fields, c._attributes, c.__match_args__, own)
    print('   ', repr(c.__doc__))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

n = _ast.Name('x', _ast.Load(), lineno=3, col_offset=4)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, sorted(n.__dict__))
print(_ast.Constant(5).kind, _ast.arg('a').annotation, _ast.ImportFrom().level)
b = _ast.BinOp(left=_ast.Constant(1), op=_ast.Add(), right=_ast.Constant(2), extra='yes')
print(b.left.value, type(b.op).__name__, b.right.value, b.extra)
r = b.__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
print(_ast.Pass().__reduce__())
print(isinstance(n, _ast.expr), isinstance(n, _ast.AST), isinstance(n, _ast.stmt), issubclass(_ast.Load, _ast.expr_context))


class MyNode(_ast.AST):
    _fields = ('a', 'b')


m = MyNode(1, b=2)
print(m.a, m.b)
for make in [lambda: _ast.Name(1, 2, 3), lambda: _ast.Pass(1), lambda: _ast.Return(1, 2),
             lambda: _ast.AST(1), lambda: _ast.Name('x', id='y'), lambda: MyNode(1, 2, 3),
             lambda: _ast.Name().id, lambda: _ast.Name('x').ctx]:
    try:
        print(make())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

match _ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Name('y')):
    case _ast.BinOp(_ast.Constant(v), _ast.Add(), _ast.Name(name)):
        print('matched', v, name)
