# Factorials, binomials and Fibonacci numbers, iterative and recursive.
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r


def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)


for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
print(fact(100))
print(fact(100) == fact_rec(100))
print(len(str(fact(300))))


def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))


for n in [10, 50, 100]:
    row = []
    for k in [0, 1, 2, n // 2, n - 1, n]:
        row.append(binom(n, k))
    print(n, row)


def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


print([fib(i) for i in range(20)])
print(fib(90), fib(91), fib(92), fib(93))
print(fib(300))
zeros = 0
f = fact(200)
while f % 10 == 0:
    zeros += 1
    f //= 10
print(zeros)
