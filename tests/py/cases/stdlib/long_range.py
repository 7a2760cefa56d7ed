# range() with bounds beyond 64 bits (the standard library's
# _collections_abc takes type(iter(range(1 << 1000)))).
big = 1 << 100
r = range(big)
print(r, r.start, r.stop, r.step, type(iter(r)).__name__)
it = iter(range(big, big + 3))
print(next(it), next(it), next(it), next(it, 'done'))
print(list(range(big, big + 10, 3)), list(reversed(range(big, big + 10, 3))))
print(list(range(-big, -big - 5, -2)))
print(big + 3 in range(big, big + 10), big + 3 in range(big, big + 10, 2), 5 in range(big))
print(range(big)[5], range(big)[-1], range(big, 0, -7)[2])
try:
    len(range(big))
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(big, big + 10)), range(big, big + 10).index(big + 4))
try:
    range(big).index(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(big)[big]
except IndexError as e:
    print(type(e).__name__, e)
print(range(big, big + 1) == range(big, big + 1), range(big, big) == range(0), range(0, big) == range(0, big, 2))
print(bool(range(big)), bool(range(big, 0)), range(2**63, 2**63 + 2, 1))
print(3.0 in range(big), range(10**20, 10**20 + 2)[1])
