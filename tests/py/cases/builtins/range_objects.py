# range: lengths with any step, indexing/slicing, containment for ints and non-ints, count/index, equality and hashing, huge ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(5,), (2, 10), (10, 2), (0, 10, 3), (10, 0, -3), (-5, 5, 2), (5, 5), (0, 1, 10), (0, -10, -1), (3, 4, -1)]:
    r = range(*args)
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None, r[::2], r[::-1], 4 in r, r.count(4), bool(r))
print(range(10).index(3), range(0, 20, 5).index(15), range(10)[2:8:3], range(10)[-3:], range(100)[::-10][:3])
t(lambda: range(10).index(10)), t(lambda: range(0, 10, 2).index(3)), t(lambda: range(5)[5]), t(lambda: range(5)[-6]), t(lambda: range(1, 2, 0))
t(lambda: range(1.5)), t(lambda: range('a')), t(lambda: range()), t(lambda: range(1, 2, 3, 4)), t(lambda: range(5)['x'])
print(3.0 in range(5), 3.5 in range(5), True in range(2), '3' in range(5), range(3).count(1.0), range(5).count('a'))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(0)) == hash(range(4, 4)), hash(range(1, 10, 3)) == hash(range(1, 11, 3)), {range(3): 'a'}[range(0, 3)])
big = range(10**20)
print(len(range(2**62)), big[10**19], big[-1], 10**19 in big, big.index(12345), range(-10**20, 10**20, 10**19)[3])
t(lambda: len(big)), t(lambda: len(range(2**63)))
print(big.start, big.stop, big.step, range(3).start, range(1, 5, 2).step, repr(range(0, -5, -1)), str(range(2, 3)))
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(reversed(r)), sum(r), max(r), sorted(range(5, 0, -2)), list(enumerate(range(3, 6))))
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, Idx()), range(10)[Idx()], list(range(Idx())[::2]), Idx() in range(5))
t(lambda: range(0, 10)[::0]), t(lambda: range(3).__setitem__(0, 1))
