# int <-> str conversions: bases, prefixes, underscores, whitespace, limits.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

cases = ["0", "-0", "+7", "  42  ", "\t-13\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101",
         "0x_1f", "0_0", "00", "01", "0b", "0x", "", " ", "-", "12a", "1 2", "- 1", "\u30001\u3000", "9" * 30,
         "-" + "9" * 40, "0xffffffffffffffffffffff", "z", "Z", "zz", "1e5", "1.0", "0b_1", "0b1_", "0o8", "+_1"]
for s in cases:
    for base in [0, 2, 8, 10, 16, 36]:
        show(f"int({s!r}, {base})", lambda: int(s, base))
show("base 1", lambda: int("1", 1))
show("base 37", lambda: int("1", 37))
show("base -1", lambda: int("1", -1))
show("non-str base", lambda: int(12, 10))
show("list", lambda: int([]))
show("none", lambda: int(None))
show("long invalid", lambda: int("x" * 300))
show("limit in", lambda: int("1" * 4301))
show("limit ok", lambda: len(str(int("1" * 4300))))
show("limit out", lambda: str(10**4300))
show("limit out ok", lambda: len(str(10**4299)))
show("limit out neg", lambda: len(str(-(10**4299))))
show("limit hex ok", lambda: len(hex(10**5000)))
show("limit base 16 ok", lambda: int("f" * 5000, 16) % 1000)
show("int float", lambda: int(3.99))
show("int neg float", lambda: int(-3.99))
show("int big float", lambda: int(1e300))
show("int nan", lambda: int(float("nan")))
show("int inf", lambda: int(float("-inf")))
show("int bool", lambda: int(True))
show("int bytes", lambda: int(b" 12 "))
show("int kw", lambda: int("ff", base=16))
show("int missing", lambda: int(base=16))

class WithIndex:
    def __index__(self):
        return 7

class WithInt:
    def __int__(self):
        return 8

class BadInt:
    def __int__(self):
        return "x"

show("index", lambda: int(WithIndex()))
show("int", lambda: int(WithInt()))
show("bad int", lambda: int(BadInt()))
for v in [0, 1, -1, 255, -255, 2**64, -(2**100)]:
    print(v, hex(v), oct(v), bin(v), str(v), repr(v))
    print(format(v, ""), format(v, "d"), format(v, "x"), format(v, "X"), format(v, "b"), format(v, "o"))
    print(format(v, ","), format(v, "_"), format(v, "+"), format(v, ">30"), format(v, "#x"), format(v, "020d"))
# Digits of other scripts and Unicode whitespace.
for s in ["\u0661\u0662\u0663", " \u0663 ", "\uff11\uff10", "\u00e9", "1\u00e9", "\u0663x", "\u0966\u0967"]:
    show(f"int({s!r})", lambda: int(s))
    show(f"float({s!r})", lambda: float(s))
    show(f"int16({s!r})", lambda: int(s, 16))
nan = float("nan")
print(hash(nan) == hash(nan), {nan: 1}[nan], len({float("nan"), float("nan")}))
show("bytes invalid", lambda: int(b"x"))
show("bytes base", lambda: int(b"ff", 16))
