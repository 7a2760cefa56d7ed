# Mixed int/float arithmetic and conversion at the edges of precision.
print(1 + 1.0, 1 - 0.5, 3 * 0.25, 7 / 2, 7 / 2.0, 8 / 4)
vals = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 10 ** 17, -(10 ** 17), 2 ** 63]
for v in vals:
    print(v, float(v), float(v) == v, int(float(v)), v / 1, v * 1.0)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53), 2 ** 60 + 1 > 2.0 ** 60)
print(0.5 + 1, 1 + 0.5, 10 - 0.1, 0.1 * 3, 3 * 0.1, 1 / 10, 6 / 3, 0 / 5, -0 / 5, 0 / -5.0)
print(2 ** 0.5 * 2 ** 0.5, 10 ** -1, 2 ** -2, (-2) ** -2, 4 ** 0.5, 0 ** 0.0, 1.0 ** 1000)
print(int(0.999999999999), int(1e15 + 0.5), int(-1e-10), int(123.456e3))
print(float(1) / 3 == 1 / 3, 1 // 0.3, 1 % 0.3, -1 // 0.3, -1 % 0.3)
print(int(2.5 + 0.5), int(-2.5 - 0.5))
total = 0
for i in range(10):
    total += i / 10
print(total, total == 4.5, abs(total - 4.5) < 1e-9)
mean = sum([1, 2, 3, 4]) / 4
print(mean, mean * 4 == 10, sum([1, 2.5]), sum([2 ** 60, 0.5]))
print(max(1, 1.5, 2), min(2, 1.5), max(3.0, 3), max(3, 3.0), min(-0.0, 0), min(0, -0.0))
print(sorted([3, 2.5, -1, 0.0, 0, 1e-9, -1e9]))
print(10 ** 20 / 3, 10 ** 20 // 3, float(10 ** 20 // 3), 10 ** 20 % 3.0)
print(2 ** 1023 * 1.0, 1e308 + 10 ** 300, float(-(2 ** 1023)))
try:
    print(1.5 / (2 ** 60 - 2 ** 60))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
