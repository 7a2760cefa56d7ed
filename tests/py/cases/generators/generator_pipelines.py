# Generator pipelines: lazy chaining, early termination with explicit close (no refcount finalization assumed), send-driven accumulators, itertools interplay.
import itertools
def numbers(limit):
    for i in range(limit):
        yield i
def closing_numbers(limit):
    try:
        for i in range(limit):
            yield i
    finally:
        print('closing_numbers closed at limit', limit)
def squares(src):
    for n in src:
        yield n * n
def evens(src):
    return (n for n in src if n % 2 == 0)
pipeline = evens(squares(numbers(10)))
print(list(pipeline))
src = closing_numbers(100)
p2 = squares(src)
for v in p2:
    if v > 20:
        break
p2.close()
src.close()
print('after break')
print(list(itertools.islice(squares(numbers(1000)), 3)))
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)
print(list(itertools.chain(numbers(2), 'ab')), list(zip(numbers(3), itertools.count(10))))
print(list(itertools.takewhile(lambda x: x < 3, numbers(50))), sum(itertools.accumulate(range(5))))
print([list(g) for k, g in itertools.groupby('aabbbc')], list(itertools.permutations('abc', 2))[:4], list(itertools.product([0, 1], repeat=2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)), next(x for x in fib() if x > 1000))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
def tee_like():
    g1, g2 = itertools.tee(numbers(3))
    return list(g1), list(g2)
print(tee_like())
print(dict(enumerate(squares(range(4)))), sorted(squares([3, -1, 2]), reverse=True), max(squares(range(5))), min(numbers(5)))
