# divmod() and pow() with float operands (float.__divmod__, error messages).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, 1e300, -1e-300, inf, -inf, nan, 3, -3, 0]
for a in vals:
    for b in vals:
        show(f"divmod({a!r}, {b!r})", lambda: divmod(a, b))
print(float.__divmod__(7.5, 2), float.__rdivmod__(7.5, 2), float.__divmod__(7.5, "x"))
show("pow 3 args", lambda: pow(2.0, 3, 5))
show("pow 3 args int", lambda: pow(2, 3.0, 5))
show("pow 3 args mod float", lambda: pow(2, 3, 5.0))
show("pow 2 args", lambda: pow(2.0, -2))
show("pow kw", lambda: pow(base=2, exp=0.5))
show("divmod big", lambda: divmod(10**30, 7.0))
show("divmod neg zero", lambda: divmod(-0.0, 5))
show("divmod huge int", lambda: divmod(1.0, 10**400))
