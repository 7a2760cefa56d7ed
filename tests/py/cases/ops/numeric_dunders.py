# Numeric special methods on user classes: unary ops, __int__/__float__/__complex__/__index__, __round__/__trunc__/__floor__/__ceil__, math functions.
import math
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Num(%r)' % (self.v,)
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~int(self.v))
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return Num(round(self.v, n))
    def __trunc__(self):
        return Num(math.trunc(self.v))
    def __floor__(self):
        return Num(math.floor(self.v))
    def __ceil__(self):
        return Num(math.ceil(self.v))
    def __bool__(self):
        return self.v != 0
n = Num(-3.7)
print(-n, +n, abs(n), ~Num(5), int(n), float(n), complex(n), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n))
print(bool(n), bool(Num(0)), not Num(0), hex(Num(255)), [0, 1, 2, 3][Num(2)], operator_like if False else '', math.sqrt(Num(16)))
print(math.isclose(Num(1), 1.0), math.fabs(Num(-2)), math.pow(Num(2), 3), divmod(7, Num(3)) if False else '', math.hypot(Num(3), Num(4)))
class NoOps:
    pass
for f, label in [(lambda: -NoOps(), 'neg'), (lambda: +NoOps(), 'pos'), (lambda: abs(NoOps()), 'abs'), (lambda: ~NoOps(), 'invert'),
                 (lambda: int(NoOps()), 'int'), (lambda: float(NoOps()), 'float'), (lambda: complex(NoOps()), 'complex'),
                 (lambda: round(NoOps()), 'round'), (lambda: math.trunc(NoOps()), 'trunc'), (lambda: math.floor(NoOps()), 'floor'),
                 (lambda: math.sqrt(NoOps()), 'sqrt'), (lambda: hex(NoOps()), 'hex')]:
    try:
        f()
    except TypeError as e:
        print(label, 'TypeError', e)
class BadFloat:
    def __float__(self):
        return 'no'
class BadInt:
    def __int__(self):
        return 1.5
class BadComplex:
    def __complex__(self):
        return 1
for f in [lambda: float(BadFloat()), lambda: int(BadInt()), lambda: complex(BadComplex()), lambda: math.sqrt(BadFloat())]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-0.5), round(0.5), round(1.5), round(-0.5), math.floor(-0.0), type(math.floor(2.0)).__name__)
print(math.floor(10**20 + 0.5) if False else math.floor(1e20), math.ceil(2**60 + 0.0), math.gcd(12, 18), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(99), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.copysign(1, -0.0), math.inf > 10**400, math.isnan(math.nan), math.isfinite(1e308))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
