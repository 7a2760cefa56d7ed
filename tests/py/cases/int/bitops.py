# Bitwise operators and shifts on small, negative and big ints.
vals = [0, 1, 5, 12, 255, -1, -6, -256, 2 ** 40 + 3, -(2 ** 70) + 11]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a & 0xff, a | 0x0f0, a ^ 0x5a5a)
for a in vals[:6]:
    print([a & b for b in vals], [a | b for b in vals[:4]], [a ^ b for b in vals[:4]])
print(1 << 100, (1 << 100) >> 99, (1 << 100) >> 200)
print(-1 >> 100, -(1 << 100) >> 98, -5 >> 1, -5 << 70)
print(0xdeadbeef, 0o777, 0b101101, 1_000_000)
print(0xffffffffffffffffffff & 0x123456789abcdef0123)
print(0xffffffffffffffffffff ^ -1)
print(-(2 ** 65) | 0xff, -(2 ** 65) & (2 ** 66 - 1))
x = 0
for i in range(0, 128, 7):
    x |= 1 << i
print(x)
count = 0
y = x
while y:
    count += y & 1
    y >>= 1
print(count)
m = 0x5555
m &= 0x0ff0
print(m)
m ^= 0xffff
print(m)
m <<= 4
print(m)
m >>= 8
print(m)
print(True & False, True | False, True ^ True, ~True, True << 3)
