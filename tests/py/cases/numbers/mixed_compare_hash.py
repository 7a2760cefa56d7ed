# Exact comparisons between ints and floats, and hashes consistent across types.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ints = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63, 2**63 + 1, 2**64 - 1, 10**20, 10**308, 10**309,
        -(10**400), 2**1024, 9007199254740993, 123456789012345678901234567890]
floats = [0.0, -0.0, 1.0, 0.5, -0.5, 9007199254740992.0, 9007199254740994.0, 9.223372036854776e18,
          1.8446744073709552e19, 1e20, 1e308, 1.7976931348623157e308, float("inf"), float("-inf"),
          float("nan"), 1.5, -1e400 / 1e400 if False else -1.5]
for i in ints:
    for f in floats:
        print(i < f, i <= f, i == f, i != f, i > f, i >= f, f < i, f <= i, f == i, f != i, f > i, f >= i)
for v in ints:
    show(f"hash {v}", lambda: hash(v))
    show("float", lambda: float(v))
    show("float hash eq", lambda: hash(float(v)) == hash(v) if float(v) == v else None)
for v in floats:
    if v == v:
        print(repr(v), hash(v))
for v in [0.5, 0.25, 1.5, -0.5, 1e-300, 2.0**-1074, 1e300, 1234.5678, -1234.5678, 2.0**61, 2.0**62, 2.0**-61]:
    print(repr(v), hash(v), hash(-v))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**61 - 2), hash(-2), hash(-1), hash(2**122))
print(1 == 1.0, 2**100 == 2.0**100, 2**100 + 1 == 2.0**100, {1: "a", 1.0: "b"}, {2**70: 1, 2.0**70: 2})
print(max(1, 1.5, 2**60), min(-1e300, -(10**301)), sorted([3, 1.5, 2**62, -0.5, 10**20, 1e19]))
