# True division and float conversion of big ints: correctly rounded results, overflow errors, int/float mixed arithmetic and comparisons.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(1, 3), (2**53 + 1, 1), (10**30, 3), (10**300, 10**299), (2**1100, 2**1000), (-7, 2), (1, 2**1100), (3**200, 7**100), (10**400, 10**399 + 1)]:
    t(lambda: a / b)
t(lambda: 10**400 / 1), t(lambda: 2**1024 / 1), t(lambda: float(2**1024)), t(lambda: 1 / 10**400), t(lambda: (2**1024 - 1) / 2**1000)
for n in [2**53 - 1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**64 + 2**11, 2**64 + 2**11 + 1, -(2**63 + 1025), 10**16 + 1]:
    print(n, float(n), int(float(n)) - n)
print(2**53 + 1 + 0.0, 0.5 + 2**60, 3 * 1.5, 2**70 * 1.0, 1e16 + 1 == 10**16 + 1, 1e16 == 10**16, 2**63 == 9.223372036854775808e18)
print(7 // 2.0, -7 // 2.0, 7 % -2.5, 2**60 % 3.5, (2**100) // 1e10, divmod(2**80, 1.5), round(2**70 / 3), int(2**70 / 3) - 2**70 // 3)
print(1 < 1.1, 2**100 < 2.0**100 + 1, 2**100 + 1 > 2.0**100, -2**100 - 1 < -(2.0**100), 10**20 == 1e20, 10**23 == 1e23, max(1, 1.0), min(1.0, 1))
print(sum([2**60, 1.5, -2**60]), abs(-2**100) / 2**99, pow(2, -1), pow(2.0, 1000), pow(10, -3), 2**-1074 == 5e-324, 2.0 ** -1075)
