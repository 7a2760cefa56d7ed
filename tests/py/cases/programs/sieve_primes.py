# Sieve of Eratosthenes, prime factorization and twin primes.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(n + 1) if is_prime[i]]


primes = sieve(1000)
print(len(primes), primes[:20], primes[-5:], sum(primes))


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143, 10 ** 12 + 39]:
    print(n, factorize(n))
twins = []
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
print(len(twins), twins[:8], twins[-1])
gaps = {}
for i in range(len(primes) - 1):
    g = primes[i + 1] - primes[i]
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items()))
print(max(gaps), gaps[max(gaps)])
