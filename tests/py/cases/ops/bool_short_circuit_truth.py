# and/or return operands, not/bool conversions through __bool__/__len__, truth of builtins, conditional expressions, any/all with objects.
class T:
    def __init__(self, v, name):
        self.v, self.name = v, name
    def __bool__(self):
        print('bool of', self.name)
        return self.v
    def __repr__(self):
        return self.name
t, f = T(True, 't'), T(False, 'f')
print(t and f)
print(f and t)
print(t or f)
print(f or t)
print(not t, not f)
print([x for x in (t, f) if x])
print(t if f else 'else branch')
r = f or t and f
print(r)
print(0 or [] or '' or None, 1 and 'yes' and [0], (0 and 1/0), (1 or 1/0), '' or 'default', [] and 'never')
print(bool(0.0), bool(-0.0), bool(1e-300), bool(float('nan')), bool(0j), bool(1j), bool(range(0)), bool(b'\x00'), bool(bytearray()))
x = 5
print(0 < x < 10, 0 < x > 10, not 0 < x, (0 < x) == True, x == 5 == 5.0, x is not None is not False)
class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('len called')
        return self.n
print(bool(Len(0)), bool(Len(2)), Len(0) or 'fallback', not Len(3))
a = b = None
print(a is b is None, a == b != 1)
def side(v):
    print('side', v)
    return v
print(side(0) and side(1), side(1) and side(2), side(0) or side(0), side(3) or side(4))
print(all([]), any([]), all(x > 0 for x in [1, 2, -1, side(9)]), any(side(v) for v in [0, 0, 5, 6]))
print(True + True, True * 3, -True, True / 2, sum([True, True, False]), True == 1, max(True, 2))
