# Digits of pi and e with big-integer arithmetic (Machin's formula, series for e).
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = 0
    term = unity
    k = 1
    while term:
        total += term
        term //= k
        k += 1
    return total // 10 ** 10


p = str(pi_digits(300))
print(p[0] + '.' + p[1:61])
print(p[-40:], len(p))
e = str(e_digits(200))
print(e[0] + '.' + e[1:61])
counts = [0] * 10
for ch in p:
    counts[int(ch)] += 1
print(counts, sum(counts))
print(p.find('999999'), p.find('14159'), p.find('26535'))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


r2 = str(isqrt(2 * 10 ** 200))
print(r2[0] + '.' + r2[1:61], len(r2))
print(isqrt(10 ** 40), isqrt(2 ** 127) ** 2 <= 2 ** 127 < (isqrt(2 ** 127) + 1) ** 2)
