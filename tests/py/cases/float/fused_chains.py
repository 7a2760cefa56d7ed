# Chains of float arithmetic and comparisons (a + b*c, a*b < c, if x < y):
# the interpreter runs them on unboxed doubles and jumps on comparisons
# directly; every operand kind that has no float fast path, and every
# special value, must still give Python's answer.
import math
import sys

nan = float('nan')
inf = float('inf')


class F(float):
    def __add__(self, other):
        return 'F.add'

    def __radd__(self, other):
        return 'F.radd'

    def __mul__(self, other):
        return 'F.mul'

    def __rmul__(self, other):
        return 'F.rmul'

    def __lt__(self, other):
        return 'F.lt'

    def __gt__(self, other):
        return 'F.gt'


class I(int):
    def __radd__(self, other):
        return 'I.radd'


def chains(a, b, c):
    out = []
    out.append(a + b * c)
    out.append(a * b + c)
    out.append(2.0 * a * b + c)
    out.append(a * b - c * a)
    out.append(a * b < c)
    out.append(a * b > c * 2)
    out.append(c < a + b)
    out.append(a / (b or 0.5) + c)
    out.append(a * b == c)
    out.append(a * b != c)
    out.append(a - b <= c)
    out.append(a - b >= c)
    out.append(a * 3 + 1)
    out.append(a + b // 2)
    out.append(a + b ** 2 + c)
    out.append(a * b % 3 + c)
    return out


def show(values):
    return [v if isinstance(v, (str, bool)) else repr(v) for v in values]


for args in [(1.5, 2.0, 3.25), (1, 2.0, 3), (0.1, 0.2, 0.3), (nan, 1.0, 2.0), (1.0, nan, nan),
             (inf, 0.0, 1.0), (-0.0, 0.0, -0.0), (1e308, 10.0, 1e308), (2**60, 0.5, 2**53 + 1),
             (3.0, -1.5, 2**62)]:
    print(args, show(chains(*args)))

# Operands that leave the fast path in the middle of a chain.
x = 1.5
print(x * 2.0 + F(1.0), F(1.0) + x * 2.0, x * F(2.0), x + 2.0 < F(1.0), F(1.0) < x + 2.0)
print(x * 2.0 + I(1), I(3) + x * 2.0)
print(x * 2.0 + True, True + x * 2.0, (x * 2.0 < True), x * 2.0 == 3)
print(x * 2.0 + 2**70, 2**70 + x * 2.0, x * 2.0 < 2**70, 2**70 > x * 2.0)
print(x * 2.0 < 2**53 + 1, x * 2.0 + 2**53 + 1)
print(float(2**53) + 1.0 == 2**53 + 1, 1.0 * (2**53) == 2**53 + 1, 1.0 * 2**53 < 2**53 + 1)
print(x + 1.0 == complex(2.5, 0), x * 2 + 1j)
print(x + 1.0 < 3, x + 1.0 in [2.5], x * 0 == 0)

for bad in ['s', None, [1]]:
    try:
        print(x * 2.0 + bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        print(x * 2.0 < bad)
    except TypeError as e:
        print('TypeError', e)

try:
    print(x * 2.0 / 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(x * 2.0 / 0 + 1.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(1e200 * 1e200 ** 2)
except OverflowError as e:
    print('OverflowError', e)
print(1e200 * 1e200 * 1e200, -1e200 * 1e200 - inf, (inf - inf) * 0.0)


def unbound_in_chain(flag):
    if flag:
        y = 2.0
    return 1.5 * 2.0 + y


try:
    unbound_in_chain(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)
print(unbound_in_chain(True))

# Comparisons that jump.
def branches(a, b):
    out = []
    if a < b:
        out.append('lt')
    if a * 1.0 <= b:
        out.append('le')
    if not a == b:
        out.append('ne')
    while a * 2.0 > b:
        a = a - 1.0
        out.append('w')
        if len(out) > 6:
            break
    out.append(a)
    if a is not None and a + 0.0 > b:
        out.append('and')
    return out


for pair in [(1.0, 2.0), (2.0, 1.0), (nan, 1.0), (1, 1), (3, 2), (2.5, 2.5), (-0.0, 0.0), (inf, inf)]:
    print(pair, branches(*pair))

# A float subclass on the left of a comparison whose right side is a chain.
print(F(1.0) < 2.0 * 3.0, 2.0 * 3.0 > F(1.0))

# A Julia-set orbit: chains that feed a comparison and a jump each step.
def escape(zr, zi, limit):
    for n in range(limit):
        if zr * zr + zi * zi >= 4.0:
            return n, zr, zi
        zr, zi = zr * zr - zi * zi - 0.4, 2.0 * zr * zi + 0.6
    return limit, zr, zi


print([escape(x / 10.0, 0.3, 50) for x in range(-20, 6, 3)])
total = 0.0
for i in range(1000):
    total += i * 0.5 - total / 3.0
print(total, math.fsum([0.1] * 10) == 0.1 * 10, sys.float_info.max * 2.0 > 1e308)

# A product of two loads on the right of a chain (a*b + c*d, a*b < c*d): it
# is float arithmetic only when one of the two is a float.
def pairs(a, b, c, d):
    return [a * b + c * d, a * b - c / d, a * b < c * d, a * b >= c - d, a / b + c ** d, a * b + c % d]


big = 2**53 + 1
for args in [(1.5, 2.0, 3.0, 4.0), (0.5, 3, 2, 0.25), (1.0, 1.0, big, 1), (2.0, 0.5, big, 3), (nan, 1.0, 2.0, 3.0),
             (inf, 2.0, -inf, 1.0), (1e308, 10.0, 1e308, -10.0)]:
    print(args, pairs(*args))
x = 0.5 * 2.0
i, j = big, 1
print(x + (i + j), x * 1.0 - (i * 3), x + 0.0 < i + j, x + 0.0 + (j * 2.5), x + (i * 1.0))
try:
    print(x * 2.0 + (j / 0.0))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(x * 2.0 + (j + 's'))
except TypeError as e:
    print('TypeError', e)
