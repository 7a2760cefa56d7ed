# Comparisons across small and big ints, bools and floats; str/repr/int round trips.
vals = [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 62, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 30, -(10 ** 30)]
for a in vals:
    print(a, [int(a < b) for b in vals], [int(a == b) for b in vals])
print(sorted(vals))
print(sorted(vals, reverse=True)[:3], max(vals), min(vals), sum(vals))
print(True == 1, True < 2, False < True, 1 == 1.0, 2 ** 63 == 2.0 ** 63, 10 ** 30 < 1e31)
print(-(2 ** 63) == -9223372036854775808, 2 ** 63 - 1 == 9223372036854775807)
for v in vals:
    s = str(v)
    print(s, int(s) == v, repr(v) == s, int('-' + s.replace('-', '')) == -abs(v))
print(int('1' * 40) + 1, int('-' + '9' * 30) - 1)
n = 1
for i in range(1, 26):
    n = n * 10 + i % 10
print(n, str(n)[::-1], int(str(n)[::-1]))
print(abs(-(2 ** 100)) == 2 ** 100, -(-(2 ** 100)) == 2 ** 100, 0 == -0, str(-0))
print(isinstance(2 ** 100, int), isinstance(10 ** 30 // 10 ** 29, int), 10 ** 30 // 10 ** 29)
print(int(2 ** 70 / 2 ** 10) == 2 ** 60, 2 ** 70 // 2 ** 10 == 2 ** 60)
small = [n % 1000 for n in vals]
print(small, sorted(small))
print([v // 7 for v in vals[:6]], [v % 7 for v in vals[:6]])
