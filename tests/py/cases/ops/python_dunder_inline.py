# Binary operators whose left operand's class defines the method in Python:
# the interpreter runs that method as an inline call. Results, NotImplemented
# fallbacks (reflected method, TypeError), in-place fallbacks, subclass
# priority, defaults, *args, recursion and tracebacks must be CPython's.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other, scale=1):
        return V((self.x - other.x) * scale)

    def __mul__(self, *args):
        return V(self.x * args[0])

    def __truediv__(self, other):
        return NotImplemented

    def __repr__(self):
        return 'V(%r)' % (self.x,)


class R:
    def __radd__(self, other):
        return ('radd', other)

    def __rtruediv__(self, other):
        return ('rtruediv', other)


class W(V):
    def __radd__(self, other):
        return ('W.radd', other.x)


print(V(1) + V(2), V(1) + 5, V(7) - V(2), V(3) * 4)
print(V(1) + R())
print(V(1) / R())
try:
    V(1) + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    V(1) / V(2)
except TypeError as e:
    print('TypeError', e)
try:
    V(1) ** 2
except TypeError as e:
    print('TypeError', e)
print(V(1) + W(10))  # the subclass's reflected method goes first
v = V(1)
v += V(2)
v -= V(1)
v *= 3
print(v)
acc = V(0)
for i in range(1000):
    acc = acc + i
print(acc)


class Bad:
    def __add__(self, other):
        return 1 / 0


def inner():
    return Bad() + 1


try:
    inner()
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if self.n == 0:
            return other
        return Deep(self.n - 1) + other


print(Deep(500) + 3)


class Arity:
    def __add__(self):
        return 0


try:
    Arity() + 1
except TypeError as e:
    print('TypeError', e)


class Gen:
    def __add__(self, other):
        yield other


print(list(Gen() + 5))


class Frame:
    def __add__(self, other):
        return sys._getframe(1).f_code.co_name


def caller():
    return Frame() + 1


print(caller())


class Mod:
    def __mod__(self, other):
        return 'mod %s' % (other,)

    def __matmul__(self, other):
        return 'matmul'

    def __lshift__(self, other):
        return NotImplemented


print(Mod() % 3, Mod() @ Mod())
try:
    Mod() << Mod()
except TypeError as e:
    print('TypeError', e)
x = Mod()
x %= 2
print(x)
print(sum([V(1), V(2)], V(0)))
