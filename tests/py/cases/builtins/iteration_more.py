# Iteration builtins in detail: map/filter/zip/enumerate laziness, iter() sentinel, sorted stability, min/max keys.
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20, 30], [100, 200])), list(map(str, [])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, '', None, [], 'x', 1])))
z = zip([1, 2, 3], 'ab')
print(list(z), list(zip()), list(zip([1])), list(zip(*[[1, 2], [3, 4]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print('ValueError', e)
e = enumerate('abc', start=-1)
print(next(e), list(e), list(enumerate([], 5)), type(e).__name__)
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True), sorted(data, reverse=True))
l = [3, 1, 2]
print(sorted(l), l, sorted('bca', key=None), sorted({3: 'x', 1: 'y'}), sorted([], reverse=True))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1], 2)
except TypeError as e:
    print('TypeError', e)
print(min([3, 1, 2], key=lambda x: -x), max('apple', 'banana', 'cherry', key=len), min([], default=None), max([1, 5, 5, 2], key=lambda x: x % 5))
print(max([(1, 'b'), (1, 'a')]), min(iter([4, 2, 8])), max(range(0)) if False else max(range(3)))
try:
    max([], key=len)
except ValueError as e:
    print('ValueError', e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print('TypeError', e)
try:
    max(5)
except TypeError as e:
    print('TypeError', e)
count = iter([1, 2, 3, 4])
print(list(iter(lambda: next(count), 3)))
class Countdown:
    def __init__(self, n): self.n = n
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(5), 0)))
print(next(iter(()), 'empty'), next(iter('x')), all(iter([])), any(x > 2 for x in [1, 2, 3]))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
r = reversed(range(5))
print(type(r).__name__, list(r), list(reversed('abc')), list(reversed((1, 2))), list(reversed([])))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
try:
    reversed(iter([1]))
except TypeError as e:
    print('TypeError', e)
print(sum([[1], [2]], start=[]), sum((0.1 for _ in range(3)), 0.0), sum([1, 2.5, 3j]), sum([], 5))
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError', e)
print(list(range(-5, 5, 3)), range(0, 10, 2)[-1], range(10)[2:8:2], len(range(0, 10, 3)), 6 in range(0, 10, 3), range(5).index(3))
print(range(1, 10, 2).count(3), range(3) == range(0, 3), hash(range(3)) == hash(range(0, 3, 1)), repr(range(1, 2, 3)), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
s = slice(1, 10, 2)
print(s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), s.start, s.stop, s.step, repr(slice(3)))
print(list(map(len, ['a', 'bb'])), [*map(abs, [-1, 2])], dict(map(lambda x: (x, x * x), range(3))))
