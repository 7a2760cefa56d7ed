# Small number-crunching programs on big ints and floats.
def pi_digits(n):
    # Machin's formula with fixed-point big ints.
    scale = 10 ** (n + 10)

    def arctan_inv(x):
        total, term, k, sign = 0, scale // x, 1, 1
        while term:
            total += sign * (term // k)
            term //= x * x
            k += 2
            sign = -sign
        return total

    return (4 * (4 * arctan_inv(5) - arctan_inv(239))) // 10**10

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(pi_digits(300))
print(isqrt(2 * 10**200), isqrt(10**100) == 10**50, isqrt(2**127 - 1))
f1000 = fib(1000)
print(f1000, f1000.bit_length(), f1000 % 1000000007, gcd(fib(300), fib(200)), gcd(-(2**100), 6**40))
print(fib(90) / fib(89), fib(1000) / fib(999), float(f1000), f1000 * 1.0 > 1e208)
fact = 1
for i in range(1, 301):
    fact *= i
print(len(str(fact)), str(fact)[:30], fact % (10**9 + 9), fact // 10**600, hash(fact))
n = 2**89 - 1
print(pow(3, n - 1, n) == 1, pow(2, 10**18, 10**9 + 7), pow(7, -1, 10**30 + 1) * 7 % (10**30 + 1))
acc = 0.0
for i in range(1, 2001):
    acc += 1.0 / (i * i)
print(acc, (6 * acc) ** 0.5, round(acc, 5), round(acc * 1000), int(acc * 1e15))
x = 1
for i in range(64):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    if i % 8 == 0:
        print(x, x >> 33, x & 0xFFFF, hex(x), x ^ (x >> 17), -x // 3, x / 2**64)
collatz_max = 0
for start in range(1, 400):
    v, steps = start, 0
    while v != 1:
        v = v // 2 if v % 2 == 0 else 3 * v + 1
        steps += 1
    collatz_max = max(collatz_max, steps)
print(collatz_max, sum(i * i for i in range(10**4)), sum(1 / 2**i for i in range(60)))
