# range, enumerate, zip, sorted, len over many kinds of iterables.
print([i for i in range(5)], [i for i in range(2, 8)], [i for i in range(10, 0, -2)])
print(len(range(0)), len(range(10)), len(range(0, 100, 7)), len(range(5, 0, -1)), len(range(3, 3)))
r = range(1, 20, 4)
print(r[0], r[-1], r[1:3][0], 13 in r, 14 in r)
for i, ch in enumerate('abc'):
    print(i, ch)
for i, v in enumerate([10, 20, 30], 1):
    print(i, v, end='; ')
print()
print([p for p in enumerate(['x', 'y'], start=5)])
for a, b in zip([1, 2, 3], 'xyz'):
    print(a, b, end=' ')
print()
print([t for t in zip([1, 2, 3, 4], (5, 6))], [t for t in zip()], [t for t in zip('ab', 'cd', 'ef')])
names = ['carol', 'alice', 'bob', 'dave']
ages = [35, 30, 25, 40]
people = [p for p in zip(names, ages)]
print(sorted(people))


def age(p):
    return p[1]


print(sorted(people, key=age), sorted(people, key=age, reverse=True))
print(sorted('banana'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted([2.5, -1, 0, 10 ** 20, -(2 ** 70)]))
stable = [(1, 'b'), (0, 'x'), (1, 'a'), (0, 'y')]


def first(p):
    return p[0]


print(sorted(stable, key=first))
print(len('hello'), len([1, 2]), len((1,)), len({'a': 1, 'b': 2}), len(''), len(range(3)))
d = {'z': 26, 'a': 1, 'm': 13}
for i, k in enumerate(d):
    print(i, k, d[k])
for k, v in zip(d, d.values()):
    print(k, v, end=' ')
print()
total = 0
for i, (name, a) in enumerate(zip(names, ages)):
    total += i * a
print(total)
print(sum([a for a in ages if a > 28]), max(ages))
