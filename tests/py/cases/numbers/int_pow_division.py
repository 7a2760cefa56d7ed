# pow (2 and 3 arguments), true division of huge ints, rounding.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**70, -(3**50)]:
    for b in [-3, -2, -1, 0, 1, 2, 3, 10]:
        show(f"{a} ** {b}", lambda: a ** b)
        for m in [1, -1, 2, 7, -7, 97, 10**20 + 39, -(2**65)]:
            show(f"pow({a}, {b}, {m})", lambda: pow(a, b, m))
show("pow 0 mod", lambda: pow(3, 2, 0))
show("pow non invertible", lambda: pow(4, -1, 8))
show("pow inverse", lambda: pow(38, -1, 97))
show("0 ** -1", lambda: 0 ** -1)
show("big ** -1", lambda: (10**400) ** -1)
show("2 ** -1075", lambda: 2 ** -1075)
show("2 ** -1074", lambda: 2 ** -1074)
nums = [1, 2, 3, 7, 10, 2**53 + 1, 2**54 - 1, 10**22, 10**23, 3**100, 2**1023, 2**1024 - 2**970, 2**1024 - 2**971,
        10**308, 10**309, 10**400, 7**500]
for a in nums:
    for b in nums:
        show(f"{a % 1000} / {b % 1000}", lambda: a / b)
        show("neg", lambda: -a / b)
show("tiny", lambda: 1 / 10**330)
show("tiny2", lambda: 3 / 10**323)
show("tiny3", lambda: 10**20 / 10**343)
show("tiny4", lambda: 1 / (2**1074))
show("tiny5", lambda: 1 / (2**1075))
show("tiny6", lambda: 3 / (2**1076))
show("overflow", lambda: 10**400 / 3)
show("0 / -5", lambda: 0 / -5)
show("big / 0", lambda: 10**30 / 0)
show("0 // 0", lambda: 0 // 0)
show("big % 0", lambda: 10**30 % 0)
show("divmod 0", lambda: divmod(10**30, 0))
for n in [0, 1, 5, 15, 25, 35, 45, 12345, -12345, 125, -125, 10**30 + 5 * 10**10, 2**100]:
    for d in [None, 0, 1, -1, -2, -3, -10, -40]:
        show(f"round({n}, {d})", lambda: round(n, d))
show("round float nd", lambda: round(15, 1.0))
print(float(2**53 + 1), float(2**53 + 3), float(-(2**60 + 2**7)), float(2**1023 * 3 // 2), float(10**308))
show("float huge", lambda: float(10**309))
show("float exact", lambda: float(2**1024 - 2**970))
show("float round up overflow", lambda: float(2**1024 - 2**969))
for args in [(0, -1, 1), (2, -1, -1), (-3, 2, -7), (3, -2, -7), (2, 10**20, 10**9 + 7), (-(10**30), 3, 10**12 + 1)]:
    show(f"pow{args}", lambda: pow(*args))
show("small edge", lambda: [abs(-2**62), -(-2**62), (-2**62) // -1, (-2**62) * -1, divmod(-2**62, -1)])
show("int.__new__(bool)", lambda: int.__new__(bool, 3))
show("int.__new__(int)", lambda: int.__new__(int, "5"))
