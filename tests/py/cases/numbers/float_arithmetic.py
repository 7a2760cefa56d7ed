# float arithmetic: signs of % and //, special values, ** rules, round, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf = float("inf")
nan = float("nan")

def complex_power(a, b):
    # A negative base to a fractional power gives a complex number (no complex type yet).
    return a < 0 and b == b and b != inf and b != -inf and b != int(b)
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, 1e300, -1e-300, inf, -inf, nan, 3, -3, 0]
for a in vals:
    for b in vals:
        show(f"{a!r} + {b!r}", lambda: a + b)
        show("-", lambda: a - b)
        show("*", lambda: a * b)
        show("/", lambda: a / b)
        show("//", lambda: a // b)
        show("%", lambda: a % b)
        if not complex_power(a, b):
            show("**", lambda: a ** b)
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
for a in [2.0, -2.0, 0.5, -0.5, 10.0, -8.0, 1.0, -1.0]:
    for b in [0.5, -0.5, 2.0, 3.0, -3.0, 1e10, -1e10, 1024.0, 1075.0, -1075.0, 0.0]:
        if not complex_power(a, b):
            show(f"{a} ** {b}", lambda: a ** b)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("-0.0 ** -1.0", lambda: (-0.0) ** -1.0)
show("-0.0 ** 3", lambda: (-0.0) ** 3.0)
show("-0.0 ** 0.5", lambda: (-0.0) ** 0.5)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("1.0 // 0", lambda: 1.0 // 0)
show("1 % 0.0", lambda: 1 % 0.0)
show("1e308 * 10", lambda: 1e308 * 10)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16 + 1, -2.5, 0.125, 0.375, 1e300, 123.456, -0.0, 5e-324]:
    show(f"round({x!r})", lambda: round(x))
    for nd in [0, 1, 2, 3, -1, -2, 20, 400, -400]:
        show(f"round({x!r}, {nd})", lambda: round(x, nd))
show("round nan", lambda: round(nan))
show("round inf", lambda: round(inf))
show("round nan 2", lambda: round(nan, 2))
show("round overflow", lambda: round(1.7e308, -308))
show("round huge nd", lambda: round(1.5, 10**100))
show("round -huge nd", lambda: round(-1.5, -10**100))
show("round float nd", lambda: round(1.5, 1.0))
for v in [0.0, -0.0, 0.5, -1.25, 3.0, 1e300, 5e-324, 2.0**-1060, inf, -inf, nan]:
    show(f"ratio {v!r}", lambda: v.as_integer_ratio())
    show("int", lambda: int(v))
    show("floor", lambda: v.__floor__())
    show("ceil", lambda: v.__ceil__())
    show("trunc", lambda: v.__trunc__())
print(abs(-2.5), -(2.5), +(2.5), bool(0.0), bool(-0.0), bool(0.1), (2.5).conjugate(), (2.5).real, (2.5).imag)
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.5, "x"), float.__rsub__(1.5, 2))
print(float.__eq__(1.0, 1), float.__lt__(1.0, "x"), float.__rpow__(2.0, 3), float.__rtruediv__(2.0, 1))
print(f"{3.14159:.2f}", format(2.5, ""), format(1e20, "g"), format(-0.0, ".1f"), format(1234.5, ",.1f"))
