# Closures: captured variables, nonlocal counters, factories, late binding.
def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(10))


def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders


print([a(10) for a in make_adders()])


def late():
    fs = []
    for i in range(3):
        def g():
            return i
        fs.append(g)
    return [h() for h in fs]


print(late())


def outer():
    x = 'outer'

    def middle():
        def inner():
            return x + '!'
        return inner()
    return middle()


print(outer())


def accumulator():
    total = 0
    items = []

    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, len(items)
    return add


acc = accumulator()
for v in [5, 10, -3]:
    print(acc(v))
