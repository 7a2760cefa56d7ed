# benchmarks/py/fib.py — recursive Fibonacci: Python->Python call overhead.
N = 32


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(3):
    total += fib(N - i)
print('fib', N, fib(N), total)
