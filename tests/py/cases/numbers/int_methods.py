# int and bool methods.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, 1, -1, 5, -5, 255, 2**64 - 1, -(2**64), 2**100 + 1, True, False]:
    print(repr(v), v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, v.__index__(), v.__int__(), v.__float__(), v.__abs__(), v.__neg__(),
          v.__pos__(), v.__invert__(), v.__bool__(), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(),
          v.__round__(-1), hash(v) == v.__hash__())
for v, n, order, signed in [(0, 1, "big", False), (255, 1, "big", False), (256, 2, "little", False),
                             (-1, 1, "big", True), (-128, 1, "big", True), (-129, 2, "little", True),
                             (127, 1, "big", True), (128, 1, "big", True), (256, 1, "big", False),
                             (-1, 1, "big", False), (2**64, 9, "big", False), (-(2**63), 8, "little", True),
                             (0, 0, "big", False), (1, 0, "big", True)]:
    show(f"to_bytes({v}, {n}, {order}, {signed})", lambda: v.to_bytes(n, order, signed=signed))
show("to_bytes default", lambda: (10).to_bytes())
show("to_bytes bad order", lambda: (10).to_bytes(1, "middle"))
show("to_bytes neg length", lambda: (10).to_bytes(-1, "big"))
for data in [b"", b"\x00", b"\xff", b"\x01\x00", b"\x80\x00\x00", b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", [1, 2, 3]]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            show(f"from_bytes({data!r}, {order}, {signed})", lambda: int.from_bytes(data, order, signed=signed))
show("from_bytes range", lambda: int.from_bytes([256], "big"))
print(True + True, True - False, True * 3, True / 2, True // 1, True % 2, -True, ~True, +True, abs(False))
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False, True & 3, 1 & True)
print(repr(True), str(False), bool(0), bool(7), bool(), bool([]), bool("x"), True == 1, False == 0, hash(True))
print(int.__add__(3, 4), int.__radd__(3, 4), int.__sub__(3, 4), int.__rsub__(3, 4), int.__add__(3, 4.0))
print(int.__eq__(3, 3.0), int.__lt__(3, "a"), int.__pow__(2, 10, 1000), int.__rpow__(2, 10))
print(int.__divmod__(7, -2), int.__rdivmod__(7, -2), int.__truediv__(1, 4), int.__rtruediv__(1, 4))
print((5).__format__("03d"), (5).__format__(""), int(), int("7"), 7 .__class__.__name__)
for f in [lambda: (5).__format__(3), lambda: (5.0).__format__(3), lambda: (5).__round__(1.5),
          lambda: (5.5).__round__(1.5), lambda: float.fromhex(3), lambda: (5).to_bytes(1, 3)]:
    show("arg types", f)
