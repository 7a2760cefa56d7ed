# Small-int arithmetic: every operator on a grid of signed values.
values = [-7, -3, -1, 0, 1, 2, 5, 12]
for a in values:
    row = []
    for b in values:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 2, 7 ** 2)
print(-7 + 3, -7 - 3, -7 * 3, -7 / 2, -7 // 2, -7 % 2, (-7) ** 2)
print(-7 ** 2, 2 ** 10, 2 ** 0, 0 ** 0, 1 ** 100)
print(+5, -(-5), -0, ~0, ~5, ~-6)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
n = 0
i = 0
while i < 100:
    n = n + i * i - 3 * i
    i += 1
print(n)
print(1000000 * 1000000, 123456789 * 987654321)
print(4611686018427387903 + 1, -4611686018427387904 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3037000500 * 3037000500)
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63))
