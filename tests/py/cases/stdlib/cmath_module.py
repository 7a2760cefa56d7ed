# cmath: every function over a grid of special and finite values (signed
# zeros, subnormals, huge, infinities, nan) compared by repr, so results,
# signs of zeros and ValueError/OverflowError all match; rect, polar, log
# with a base, isclose, argument conversion and constants.
import cmath

inf, nan = float('inf'), float('nan')
parts = [-inf, -1e308, -2.5, -1.0, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 3.0, 1e308, inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin',
         'sinh', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']


def call(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return '%s(%s)' % (type(e).__name__, e)


for name in names:
    f = getattr(cmath, name)
    print(name, [call(f, complex(x, y)) for x in parts for y in parts])
finite = [-7.25, -1.5, -0.3, 0.001, 0.7, 1.2, 2.0, 20.0, 700.0, 711.0]
for name in names[:17]:
    f = getattr(cmath, name)
    print(name, [call(f, complex(x, y)) for x in finite for y in finite])
rect_parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
print('rect', [call(cmath.rect, r, p) for r in rect_parts for p in rect_parts])
print('rect', [call(cmath.rect, r, p) for r in [0.5, 3, -2] for p in [0.1, cmath.pi, -cmath.pi / 2, 1e300]])
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


class Cplx:
    def __complex__(self):
        return 3 + 4j


class Flt:
    def __float__(self):
        return 0.25


class Idx:
    def __index__(self):
        return 2


class Bad:
    def __complex__(self):
        return 5


for arg in [4, -4, 2.25, True, Cplx(), Flt(), Idx(), 10**400, 'x', None, Bad()]:
    print(type(arg).__name__, call(cmath.sqrt, arg), call(cmath.phase, arg), call(cmath.isnan, arg))
for args in [(8, 2), (100j, 10), (2, 1), (0,), (1, 0), (0j, 2), (-1, -1), (1e308, 1e-308), (2, 'x')]:
    print(args, call(cmath.log, *args))
print(call(cmath.log10, 0), call(cmath.exp, 1000), call(cmath.cosh, 1000), call(cmath.sinh, -1000 + 1j),
      call(cmath.polar, complex(1e308, 1e308)), call(cmath.atanh, 1), call(cmath.atan, 1j), call(cmath.rect, 1, inf))
for a, b, kw in [(1, 1 + 1e-10, {}), (1, 1.1, {}), (1j, 1.05j, {'rel_tol': 0.1}), (0, 1e-10, {'abs_tol': 1e-9}),
                 (inf, inf, {}), (inf, -inf, {}), (nan, nan, {}), (1 + 1j, 1 + 1.0000000001j, {}), (2, 2, {})]:
    print(a, b, kw, cmath.isclose(a, b, **kw))
print(call(lambda: cmath.isclose(1, 2, rel_tol=-1)), call(lambda: cmath.isclose(1, 2, abs_tol=-1)),
      call(lambda: cmath.isclose(1, 'x')))
