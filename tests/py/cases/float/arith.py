# Float arithmetic, int/float mixing, comparisons between them.
a = 7.5
b = -2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 3, a ** 0.5)
print(-a // 2, -a % 2, a // -2, a % -2, -7.5 // -2, -7.5 % -2)
print(5.0 % 3, -5.0 % 3, 5 % -3.0, 0.0 % 5, 5.5 // 0.5, 1e300 * 1e10)
print(3 + 0.5, 3 * 0.5, 3 / 2, 3 // 2.0, 3 % 2.0, 2 ** -1, 2 ** 0.5, 10 ** -3)
print(1 / 4, 1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.7, 1.1 * 3, 0.3 - 0.1)
print(2.5 == 2.5, 1 == 1.0, 1.0 != 1, 2 < 2.5, 3 >= 3.0, -0.0 == 0.0)
print(10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 1000 > 1e300, 2 ** 1000 < float('inf'), -(2 ** 1000) > float('-inf'))
inf = float('inf')
nan = float('nan')
print(inf + 1, inf * -1, inf - inf, inf * 0, -inf < 0, inf > 1e308, 1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan + 1, nan * 0)
print(abs(-3.5), abs(-0.0), abs(-inf), max(1.5, 2), min(-0.5, 3), sum([0.1] * 10))
print(int(7.9), int(-7.9), float(10), 7.0 / 2, 7.0 // 2, 7.0 % 2)
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total)
x = 2.0
for i in range(6):
    x = (x + 2.0 / x) / 2.0
print(x, x * x)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 1e-200 * 1e-200)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 3 * 0.1)
vals = [3.0, -1.5, 2, 0.5, -7, 10 ** 3, 1e-3]
print(sorted(vals), max(vals), min(vals), sum(vals))
for bad in [(1.0, 0.0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(bad[0] / bad[1])
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
for bad in [(1.0, 0), (5.5, 0.0)]:
    try:
        print(bad[0] // bad[1])
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(bad[0] % bad[1])
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
