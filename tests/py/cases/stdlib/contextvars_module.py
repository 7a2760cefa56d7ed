# contextvars: ContextVar get/set/reset, Token, Context.run isolation,
# copy_context, the mapping interface and the errors.
import contextvars
from contextvars import ContextVar, Context, copy_context, Token

var = ContextVar('var', default=42)
other = ContextVar('other')
print(var.name, var.get(), var.get(7), other.get('fallback'))
try:
    other.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is other)
t = var.set(1)
print(var.get(), t.var is var, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = var.set(2)
print(var.get(), t2.old_value)
var.reset(t2)
print(var.get())
try:
    var.reset(t2)
except RuntimeError as e:
    print(type(e).__name__, str(e).startswith('<Token used var=<ContextVar name='))
try:
    other.reset(t)
except ValueError as e:
    print(type(e).__name__, 'different ContextVar' in str(e))
var.reset(t)
print(var.get())

ctx = copy_context()
def inside(x):
    var.set(x)
    other.set('in ctx')
    return var.get(), other.get()
print(ctx.run(inside, 99), var.get(), other.get('unset outside'))
print(ctx[var], ctx.get(other), var in ctx, len(ctx), sorted(v.name for v in ctx))
print(sorted((k.name, v) for k, v in ctx.items()), ctx.get(ContextVar('x'), 'dflt'))
try:
    ctx[ContextVar('missing')]
except KeyError as e:
    print(type(e).__name__)
try:
    ctx['not a var']
except TypeError as e:
    print(type(e).__name__, e)
def reenter():
    return ctx.run(lambda: None)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print(type(e).__name__, str(e).startswith('cannot enter context:'))
empty = Context()
print(len(empty), empty.run(var.get), list(empty))
c2 = ctx.copy()
print(c2 == ctx, c2[var], c2 is ctx)
try:
    Token()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    hash(ctx)
except TypeError as e:
    print(type(e).__name__, e)
print(ContextVar[int], type(var).__name__, repr(var).startswith("<ContextVar name='var' default=42 at 0x"))
