# The native math module: constants, float functions with CPython's domain/range errors, exact integer functions, fsum.
import math
from math import sqrt, pi
print(sqrt(16), math.sqrt(2), pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.floor(10 ** 20), type(math.floor(1.5)).__name__)
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(10 ** 400) > 900, math.exp(1))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6), math.isqrt(10 ** 20 + 1))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isnan(float('nan')), math.isinf(-math.inf), math.isfinite(1e308))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fmod(7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.pow(2, 10), math.fabs(-3), math.gamma(5), math.erf(0), math.expm1(0), math.log1p(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.pow(0, -1), lambda: math.acos(2), lambda: math.sqrt('x'),
            lambda: math.isqrt(-4), lambda: math.fsum([math.inf, -math.inf])]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
