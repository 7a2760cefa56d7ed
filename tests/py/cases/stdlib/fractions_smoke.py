# fractions on pystm: arithmetic, conversions, hashing with sys.hash_info.
from fractions import Fraction
from decimal import Decimal
import math

a, b = Fraction(3, 4), Fraction('-5/6')
print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(b), a ** 2, a ** -2, 2 ** Fraction(1, 2))
print(Fraction(0.1), Fraction('1.25e-3'), Fraction(Decimal('1.1')), Fraction(7), Fraction(' 3/9 '), Fraction(-8, -12))
print(Fraction(355, 113).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), round(Fraction(7, 2)),
      round(Fraction(5, 2)), round(Fraction(22, 7), 3), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)),
      math.trunc(Fraction(-7, 2)), int(Fraction(9, 2)), float(Fraction(1, 3)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(1, 3)), hash(Fraction(-1, 3)),
      hash(Fraction(2**70, 3)))
print(a < b, a == 0.75, a == Fraction(6, 8), b < 0, sorted([a, b, Fraction(0)]), a.as_integer_ratio(),
      a.numerator, b.denominator, Fraction(5, 10).is_integer() if hasattr(Fraction, 'is_integer') else '',
      a + 1, 1 - a, a * 2.0, complex(1, 1) * a)
for bad in [('1/0',), (1, 0), ('x',)]:
    try:
        Fraction(*bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print('{:.3f}'.format(float(Fraction(2, 3))), repr(Fraction(2, 3)), str(Fraction(4, 1)))
