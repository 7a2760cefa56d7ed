# Arithmetic and comparisons of small ints and floats at the edges of the
# interpreter's fast paths: signs of // and %, shifts near 63 bits, products
# and sums leaving the small-int range, true division of ints, ints mixed
# with floats, exactness of int/float comparisons, and the errors.
vals = [0, 1, -1, 7, -7, 3, -3, 2 ** 31, -(2 ** 31), 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1,
        2 ** 61, -(2 ** 61), 2 ** 62 - 1, -(2 ** 62), 2 ** 62, 2 ** 63, -(2 ** 63) - 5]
out = []
for x in vals:
    for y in vals:
        row = [x + y, x - y, x * y, x & y, x | y, x ^ y]
        if y:
            row += [x // y, x % y, x / y]
        for s in (0, 1, 5, 31, 61, 62, 63, 64, 70):
            row.append(x >> s)
            row.append(x << s)
        out.append(hash(tuple(row)))
print(sum(out) % 1000000007)
for x in vals[:12]:
    acc = x
    for i in range(70):
        acc = acc * 3 + i
        acc -= acc // 7
    print(acc)
fl = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 1e-308, float('inf'), float('-inf'), float('nan'), 3.0]
for a in fl:
    row = []
    for b in fl + [0, 1, -3, 2 ** 53 + 1, 2 ** 62 - 1]:
        row.append(repr(a + b))
        row.append(repr(a - b))
        row.append(repr(b * a))
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append('ZeroDivisionError ' + str(e))
        try:
            row.append(repr(b / a))
        except ZeroDivisionError as e:
            row.append('ZeroDivisionError ' + str(e))
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(row)
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, 2 ** 53 == 2.0 ** 53, -big < -float(big))
print(10 / 4, -10 / 4, (2 ** 53) / 3, (2 ** 60) / 3, 7 / -7, 0 / 5)
for a, b in [(1, 0), (1.5, 0), (0, 0.0), (5, 0.0)]:
    for op in ('/', '//', '%'):
        try:
            print(eval('a %s b' % op))
        except ZeroDivisionError as e:
            print(op, 'ZeroDivisionError', e)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError', e)
try:
    print(1 >> -1)
except ValueError as e:
    print('ValueError', e)
x = 5
x //= 2
x <<= 61
x += x
x *= -1
x %= 1000003
x ^= 12345
x /= 4
print(x)
print(True + True, True * 3, 3 - False, True & 1, 1.5 + True, True / 2)
