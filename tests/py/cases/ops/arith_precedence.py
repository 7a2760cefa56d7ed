# Operator precedence and associativity across arithmetic, bitwise and boolean operators.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** -1, 2 ** -1, - - 2, -(-2) ** 3)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5), 2 ** 2 ** 3)
print(17 // 5 * 5 + 17 % 5, 7 % 3 * 2, 7 * 3 % 4, -7 // 2 * 2, 1 + 2 * 3 - 4 / 2)
print(1 << 2 + 1, (1 << 2) + 1, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 | 8, 6 & (3 | 8))
print(~1 + 1, ~(1 + 1), -~5, ~-5, 3 + ~0, 5 >> 1 << 1)
print(1 + 2 == 3, 1 + (2 == 3), 3 > 2 == 2, (3 > 2) == 2, 3 > 2 and 2 == 2)
print(not 1 + 1 == 3, not (1 + 1) == 2, True + True * 2, not 0 and 5, not 0 or 5)
print(0 or 1 and 2, (0 or 1) and 2, 1 and 0 or 3, 1 and (0 or 3), None or 0 or 'x')
print(2 * 'ab' + 'c', 'a' + 'b' * 3, ('a' + 'b') * 3, [0] * 2 + [1] * 3)
print(5 - 3 < 4 - 1 < 2 * 3, 1 < 2 in [True], 'a' in 'abc' == True)
x = 5
y = 3
print(x * y + x // y - x % y, (x + y) * (x - y), x ** y - y ** x, -x ** 2 + y)
print(x > y and x - y or y - x, x < y and x - y or y - x)
print(2.0 * 3 ** 2 / 4 - 1, 10 / 4 * 4, 10 // 4 * 4.0, 7.5 // 2 ** 1)
a = [1, 2, 3]
print(a[1] + a[2] * a[0], -a[0], a[-1] ** 2, a[1:][0] * 10)
s = 'hello'
print(s[1] + s[-1] * 2, len(s) * 2 + 1, s[len(s) - 1], s[:2] * 2 + s[2:])
expr = 0
for i in range(10):
    expr = expr * 3 + i % 4 - (i // 3) ** 2 & 0xff
print(expr)
print(1e3 * 10 ** -2, 3 * 1.1 - 3.3, 3 * 2)
