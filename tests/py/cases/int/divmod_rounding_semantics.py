# Integer division semantics: floor division and modulo signs, divmod identities, round-half-even for ints, pow with negatives, abs/bool/hash of big ints.
for a in [-7, -6, -1, 0, 1, 6, 7, 2**65 + 3, -(2**65) - 3]:
    for b in [-3, -2, -1, 1, 2, 3, 2**33, -(2**33)]:
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r > 0) == (b > 0)), (a, b)
        print(a, b, q, r, a // b == q, a % b == r, end='; ')
    print()
print([round(v, -1) for v in (5, 15, 25, 35, -5, -15, 14, 16)], [round(v, -2) for v in (50, 150, 250, 149, 151)])
print(round(2**80 + 2**79, -24), round(-(2**70), -3), round(12345, 2), round(12345, 0), type(round(12345, -2)).__name__)
print(pow(-2, 3), pow(-2, 4), pow(-8, -1), pow(2, 0), pow(0, 0), (-1) ** 1001, (-1) ** 1000, 0 ** 5, (-2) ** 65)
print(abs(-2**100), bool(2**100), bool(-1), hash(2**100) == hash(2**100 % (2**61 - 1)), hash(-2**100), hash(2**61 - 1), hash(2**61))
print(int.__floordiv__(7, 2), int.__mod__(-7, 2), int.__divmod__(7, -2), int.__rfloordiv__(2, 7), int.__truediv__(1, 4), (7).__rmod__(20))
print(7 // True, True // 2, divmod(True, True), -(-7 // 2), -7 // 2, 7 % -1, -7 % 1, 0 // -5, 0 % -5)
