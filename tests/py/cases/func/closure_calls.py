# Calls of functions with cells and free variables (closures, captured
# parameters, comprehensions) take the interpreter's inline binding: cells
# must start with the argument, free variables come from the closure, and
# defaults still fill missing parameters.
import sys


def history(first):
    seen = [first]

    def record(item=None, twice=False):
        seen.append(item)
        if twice:
            seen.append(item)
        return len(seen), first

    return record, seen


rec, log = history('start')
print(rec(), rec(5, True), rec('x'), log, rec.__closure__[1].cell_contents)


def captured_param(a, b=2):
    def inner():
        return a * b
    a += 1
    return inner, inner()


f, v = captured_param(3)
print(v, f(), captured_param(4, 5)[1])


def comprehension_closures(vec, n):
    return ({vec[i] + i for i in range(n)}, [vec[i] - i for i in range(n)],
            {i: vec[i] for i in range(n)}, sum(vec[i] for i in range(n)))


print(comprehension_closures([3, 1, 4, 1, 5], 5))


def recursive_closure(n):
    memo = {}

    def fib(k):
        if k in memo:
            return memo[k]
        r = k if k < 2 else fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r
    return fib(n), len(memo)


print(recursive_closure(60))


def cell_unbound_until_set():
    def read():
        return later
    try:
        read()
    except NameError as e:
        print('NameError', e)
    later = 'set'
    return read()


print(cell_unbound_until_set())


def argument_errors():
    x = 1

    def g(a, b):
        return a + b + x
    for args in [(1,), (1, 2, 3)]:
        try:
            g(*args)
        except TypeError as e:
            print('TypeError', e)
    print(g(1, 2), g(b=2, a=1))


argument_errors()


def deep(n):
    def step(k):
        return k if k == 0 else step(k - 1)
    return step(n)


print(deep(200))
try:
    deep(sys.getrecursionlimit() + 50)
except RecursionError:
    print('RecursionError')


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        return [Point(self.x * k, self.y * k) for _ in range(2)]


print([(p.x, p.y) for p in Point(1, 2).scaled(3)])
gens = [(lambda i=i: (lambda: i))() for i in range(3)]
print([g() for g in gens])
