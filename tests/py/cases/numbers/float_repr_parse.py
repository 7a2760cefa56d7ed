# float repr (shortest round-trip), float(str) grammar, hex/fromhex.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0, 1e17, 1.5e-5, 1e-4,
        0.0001234, 1e-5, 123456789.123, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1234567890123456.0, 12345678901234567.0, 0.5, 0.25,
        1e100, 1e-100, 123e-20, float("inf"), float("-inf"), float("nan")]
for v in vals:
    # hash(nan) depends on the object's identity since 3.10.
    print(repr(v), str(v), v.hex(), v.is_integer(), hash(v) if v == v else "nan")
# A deterministic walk over many doubles (products and quotients).
x = 1.0
for i in range(400):
    x = x * 1.37 + 1 / (i + 3)
    if x > 1e30:
        x = x / 1e33
    print(repr(x), repr(-x / 7), repr(x * 1e-300), repr(x * 1e290), repr(float(repr(x))) == repr(x))
strings = ["1", "1.5", "  -2.5  ", "+.5", "5.", ".", "1e5", "1E-5", "1e+5", "1_000.000_1", "1_.5", "1._5", "1e_5",
           "1e5_", "_1", "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "nan", "-NaN", "infinit", "nana", "1e500",
           "-1e500", "1e-500", "0x10", "1,5", "", " ", "1 5", "\u20031.25\u2003", "0e0", "00.5", "1e0001",
           "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623158e308",
           "1.7976931348623159e308", "123456789012345678901234567890", "0." + "0" * 400 + "1", "1" + "0" * 400]
for s in strings:
    show(f"float({s[:40]!r})", lambda: float(s))
for s in ["0x1.8p0", "1.8p0", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p1023", "0x1p1024",
          "0x.8p1", "0x1.fffffffffffff8p1023", "  0x10  ", "inf", "-nan", "zz", "0x", "0x1p", "0x1.p+3", "0x1pp3"]:
    show(f"fromhex({s!r})", lambda: float.fromhex(s))
show("float list", lambda: float([]))
show("float bytes", lambda: float(b"2.5"))
show("float int", lambda: float(10**400))
show("float bool", lambda: float(True))

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 3

class BadFloat:
    def __float__(self):
        return 1

show("__float__", lambda: float(WithFloat()))
show("__index__", lambda: float(WithIndex()))
show("bad __float__", lambda: float(BadFloat()))
show("float()", lambda: float())
