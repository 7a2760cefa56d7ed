# Functions as values: composition, shadowing, passing and returning functions.
def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def double(x):
    return x * 2


def inc1(x):
    return x + 1


print(compose(double, inc1)(5), compose(inc1, double)(5), compose(str, double)(21))


def shadow():
    x = 1

    def inner():
        x = 2
        return x
    return inner(), x


print(shadow())


def apply_n(fn, n, x):
    for i in range(n):
        x = fn(x)
    return x


print(apply_n(double, 10, 1), apply_n(inc1, 5, 0), apply_n(str, 2, 5))
table = {'double': double, 'inc': inc1}
for name in sorted(table):
    print(name, table[name](7))


def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run


print(pipeline(inc1, double, double, str)(1), pipeline()(42))
print(sorted([3, -1, 2, -5], key=abs), max(['aa', 'b', 'cccc'], key=len))
