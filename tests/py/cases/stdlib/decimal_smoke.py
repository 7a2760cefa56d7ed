# decimal on pystm: the pure-Python _pydecimal fallback behind decimal
# (there is no _decimal), contexts, rounding, quantize, signals.
import decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

print(decimal.__name__, Decimal.__module__, type(getcontext()).__name__)
a, b = Decimal('1.10'), Decimal('3')
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(Decimal('-2.5')), a ** 2, b.sqrt(), b.ln(), b.exp(), b.log10())
print(Decimal('1.23456').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP),
      Decimal('-7.5').to_integral_value(), Decimal(0.1), Decimal((0, (1, 4, 1, 4), -3)), Decimal('1e10').normalize(),
      Decimal('NaN').is_nan(), Decimal('-Infinity'), Decimal('12.500').as_tuple(), Decimal('3.14').as_integer_ratio())
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
with localcontext(rounding=ROUND_DOWN, prec=3):
    print(Decimal('2.999') + 0, Decimal(10) / 3)
print(getcontext().prec, sum(Decimal('0.1') for _ in range(10)), Decimal('0.1') * 3 == Decimal('0.3'))
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7), Decimal('1.5') < 2, max(Decimal('1'), Decimal('1.0')))
print('{:.3f}'.format(Decimal('3.14159')), '{:,}'.format(Decimal('1234567.891')), f"{Decimal('0.5'):%}", str(Decimal('1E+2')))
for expr in [lambda: Decimal('x'), lambda: Decimal(1) / 0, lambda: Decimal(-1).sqrt()]:
    try:
        print(expr())
    except (InvalidOperation, DivisionByZero) as e:
        # (The exception arguments differ between _decimal and _pydecimal.)
        print(type(e).__name__, isinstance(e, ArithmeticError))
ctx = decimal.Context(prec=5, traps=[])
print(ctx.divide(Decimal(1), Decimal(0)), bool(ctx.flags[DivisionByZero]), ctx.sqrt(Decimal(-1)))
