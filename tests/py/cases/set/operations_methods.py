# set/frozenset: operators vs methods (methods accept any iterable), in-place forms, comparisons, frozenset hashing, errors.
def t(f):
    try:
        r = f()
        print(sorted(r) if isinstance(r, (set, frozenset)) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
t(lambda: a | b), t(lambda: a & b), t(lambda: a - b), t(lambda: a ^ b), t(lambda: b - a)
t(lambda: a.union([9], (8,), [7])), t(lambda: a.intersection(range(3), [2, 1])), t(lambda: a.difference([1], {2})), t(lambda: a.symmetric_difference([4, 7]))
t(lambda: a | [5]), t(lambda: a & 'ab'), t(lambda: a.union()), t(lambda: a.intersection()), t(lambda: a.issubset([1, 2, 3, 4, 5])), t(lambda: a.issuperset(range(2)))
t(lambda: a.isdisjoint([7, 8])), t(lambda: a.isdisjoint(iter([1]))), t(lambda: a < b), t(lambda: {1} < {1, 2}), t(lambda: {1, 2} <= {1, 2}), t(lambda: a > {1})
t(lambda: a <= [1]), t(lambda: a == [1, 2, 3, 4]), t(lambda: a == frozenset(a)), t(lambda: frozenset() == set())
s = {1, 2}
s |= {3}
s &= {1, 3, 5}
s -= {5}
s ^= {9}
print(sorted(s))
s.update([4], (5,))
s.intersection_update(range(10), [1, 3, 4, 9, 5])
s.difference_update([1])
s.symmetric_difference_update({3, 100})
print(sorted(s))
t(lambda: s.__ior__([1])), t(lambda: s.remove(1000)), t(lambda: {4}.pop()), t(lambda: set().pop()), t(lambda: s.add([]))
s.discard(1000)
s.discard(9)
print(sorted(s), len(s))
fa = frozenset([1, 2])
print(hash(fa) == hash(frozenset([2, 1])), {fa: 'ok'}[frozenset({1, 2})], type(fa | {3}).__name__, type({3} | fa).__name__, type(fa.union([5])).__name__)
print(fa.copy() is fa, type(frozenset(fa)) is frozenset, frozenset() is frozenset() or True, {frozenset(): 1}[frozenset()])
t(lambda: fa.add(3)), t(lambda: hash({1})), t(lambda: {{1}}), t(lambda: {1} in {frozenset({1})}), t(lambda: set([[1]]))
print({1} in [{1}], frozenset({1}) in {frozenset({1})}, set('hello') == set('olleh'), {1, 1.0, True}, len({0, 0.0, -0.0, False}))
class Sub(set):
    pass
ss = Sub([1, 2])
print(type(ss | {3}).__name__, type(ss.copy()).__name__, type(ss - {1}).__name__, repr(Sub()), repr(Sub([1])), repr(frozenset()))
print(repr(set()), repr({1}), repr(frozenset({2})), set(range(3)) == {0, 1, 2}, set(x % 3 for x in range(10)) == {0, 1, 2})
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), sum(big))
t(lambda: set(5)), t(lambda: set([1], [2])), t(lambda: frozenset(1)), t(lambda: set().union(5))
it_s = {1, 2, 3}
def mutate():
    for x in it_s:
        it_s.add(x + 10)
t(mutate)
