# Mixed int/float/complex/bool/Fraction/Decimal arithmetic, comparisons and hashing consistency.
from fractions import Fraction
from decimal import Decimal
import math
vals = [0, 1, -1, True, False, 2.5, -0.0, 1 + 0j, Fraction(1, 2), Fraction(5, 1), Decimal('2.5'), 10 ** 20, 1e20, float('inf')]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(a == b)
        except TypeError:
            row.append('T')
    print(repr(a), row)
for a, b in [(Fraction(1, 2), 0.5), (Decimal('0.5'), 0.5), (Fraction(1, 3), 1 / 3), (2 ** 53 + 1, float(2 ** 53 + 1)), (10 ** 20, 1e20)]:
    print(repr(a), repr(b), a == b, a < b, a > b, hash(a) == hash(b))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal('1.5')) == hash(1.5), hash(Fraction(7)) == hash(7), hash(True) == hash(1))
print(Fraction(1, 3) + 1, Fraction(1, 3) * 3, Fraction(1, 3) + 0.5, 1 / Fraction(3, 4), Fraction(3, 4) ** 2, 2 ** Fraction(1, 2))
print(Decimal('1.1') + 1, Decimal(3) / Decimal(7), Decimal('1.10') * 2, -Decimal('0'), Decimal('1e3').to_integral())
try:
    Decimal('1.1') + 1.0
except TypeError as e:
    print('TypeError')
try:
    Decimal('1') + Fraction(1, 2)
except TypeError as e:
    print('TypeError')
print(True + 1.5, True * 1j, 3 // 2.0, 3 % 2.0, 7 / 7, type(7 / 7).__name__, 2 ** -2, (-2) ** 2, -2 ** 2)
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3]), math.gcd(12, 18), math.lcm(4, 6))
print(math.isqrt(10 ** 20 + 1), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.floor(-0.5), math.ceil(-0.5))
print(sorted([3, 1.5, Fraction(5, 2), True, Decimal('0.5')]), max(1, 1.0), max(1.0, 1), min(Fraction(1), 1))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Decimal('2.5')), round(2.675, 2), round(Fraction(2675, 1000), 2))
print(int(Fraction(-7, 2)), float(Fraction(1, 3)), complex(Fraction(1, 2)), int(Decimal('-3.9')), float(Decimal('0.1')))
print(divmod(Fraction(7, 2), 1), divmod(-7, 2.5), Fraction(-7, 2) // 1, Fraction(7, 2) % Fraction(1, 3))
print((5).__truediv__(Fraction(1, 2)), Fraction(1, 2).__rtruediv__(5), (0.5).__eq__(Fraction(1, 2)), Fraction(1, 2).__eq__(0.5))
print(float('nan') != float('nan'), math.nan in [math.nan], [math.nan] == [math.nan], float('nan') in {float('nan')})
print(1 < 2.0 < 3 < Fraction(7, 2) < Decimal(4), (1, 2.0) < (1, 3), [1, Fraction(1, 2)] == [1.0, 0.5])
