# three-argument pow, negative exponents, shifts by negative/huge counts, division errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b, e, m in [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (-7, 5, -3), (5, 0, 1), (5, 0, -1), (0, 0, 7),
                (2**100, 2**50, 10**9 + 7), (3, -1, 7), (2, -3, 11), (-3, -1, 10), (7, -2, 10**20 + 39)]:
    t(lambda: pow(b, e, m))
t(lambda: pow(2, -1, 4)), t(lambda: pow(2, 3, 0)), t(lambda: pow(2.0, 3, 5)), t(lambda: pow(2, 3.0, 5)), t(lambda: pow(2, 3, 5.0))
t(lambda: pow(2, -2)), t(lambda: pow(0, -1)), t(lambda: 0 ** -2), t(lambda: (-8) ** -1), t(lambda: pow(-2, 0.5)), t(lambda: pow(2, 3, None))
t(lambda: pow(base=2, exp=5)), t(lambda: pow(2, 5, mod=3)), t(lambda: pow(4, 0.5)), t(lambda: (-4) ** 0.5)
for a, n in [(1, 0), (1, 63), (-1, 100), (5, -1), (5, 200), (-5, 1), (2**100, 99), (-2**100, 99), (-2**100, 200), (7, 2**63)]:
    t(lambda: a << n)
    t(lambda: a >> n)
t(lambda: 1 << 2**100), t(lambda: 0 << 2**100), t(lambda: 1 >> 2**100), t(lambda: -1 >> 2**100), t(lambda: 1 << -2**100)
t(lambda: 1 << 1.0), t(lambda: 1.0 << 1), t(lambda: 1 >> 'a')
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (2**70, 3), (-2**70, 7), (2**70, -2**35), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -a // b)
t(lambda: 1 // 0), t(lambda: 1 % 0), t(lambda: divmod(1, 0)), t(lambda: 1 / 0), t(lambda: 2**70 // 0), t(lambda: 0 % 0)
t(lambda: 10**400 / 1), t(lambda: 10**400 / 10**399), t(lambda: 1 / 10**400), t(lambda: (10**400 + 1) / 10**400), t(lambda: 2**1100 / 3)
print(True + True, True * 10, -True, ~True, True << 3, True / 2, True // 2, abs(-True), True & 3, True | 2, True ^ True)
print(~0, ~-1, ~2**70, -(-2**63), abs(-2**63), (2**63) - 1, -2**63 - 1, 2**64 % 2**32, (-2**64) % 7, 2**64 % -7)
