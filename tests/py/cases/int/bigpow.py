# Arbitrary-precision powers, products and their digits.
print(2 ** 100)
print(2 ** 200)
print(3 ** 150)
print(7 ** 77)
print((-3) ** 101)
print((-2) ** 64)
print(10 ** 50 + 1)
print(10 ** 50 - 1)
print(12345678901234567890 ** 3)
big = 1
for i in range(1, 40):
    big = big * 1000003 + i
print(big)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:40])
print(str(2 ** 1000)[-40:])
s = 0
for ch in str(2 ** 500):
    s += int(ch)
print(s)
p = 2 ** 127 - 1
q = 2 ** 89 - 1
print(p * q)
print(p * q // q == p, (p * q) % q)
print(p // 1000000007, p % 1000000007)
a = 3 ** 200
b = 2 ** 300
print(a > b, a < b, a == b, a != b)
print(a - b)
print(b - a)
print(-(a - b) == b - a)
print((2 ** 64) * (2 ** 64) == 2 ** 128)
print(2 ** 128 // 2 ** 64 == 2 ** 64)
x = 1
for i in range(100):
    x *= 3
print(x)
for i in range(100):
    x //= 3
print(x)
print(abs(-(10 ** 30)), abs(10 ** 30))
print(-(10 ** 30) < -(10 ** 29), 10 ** 30 > 10 ** 29)
