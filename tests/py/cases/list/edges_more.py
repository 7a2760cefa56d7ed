# list corner cases: sort with failing keys, mutation during sort, slice assignment, index/count/remove with custom __eq__.
import functools
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, l)
def mutating_key(x):
    l2.append(x)
    return x
l2 = [2, 1]
try:
    l2.sort(key=mutating_key)
except ValueError as e:
    print('ValueError', e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
print(sorted(['b', 'a', 'C'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
try:
    [1, 2].sort(lambda a: a)
except TypeError as e:
    print('TypeError', e)
a = list(range(10))
a[2:5] = ['x']
print(a)
a[::3] = 'ABCD'[:len(a[::3])]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
a[1:1] = [7, 7]
del a[::4]
print(a, a[-100:100], a[100:], a[::-2])
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v % 10 == o.v % 10
    __hash__ = None
items = [Eq(1), Eq(12), Eq(21)]
print(items.index(Eq(11)), items.count(Eq(31)), Eq(2) in items)
items.remove(Eq(2))
print([e.v for e in items])
try:
    items.remove(Eq(5))
except ValueError as e:
    print('ValueError', e)
try:
    [].index(1)
except ValueError as e:
    print('ValueError', e)
print([1, 2, 3].index(3, -1), [1, 2, 1].index(1, 1), [0] * 3, [[0]] * 2, [] * 5, 2 * [1, 2])
x = [1, 2]
x *= 2
x += 'ab'
x.extend(range(2))
x.extend(i for i in [9])
print(x, x.pop(), x.pop(0), x.pop(-2), x)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError', e)
x.insert(100, 'end')
x.insert(-100, 'start')
print(x, x.copy() == x, x.copy() is x)
x.clear()
print(x, list('ab') + ['c'], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [[1]] == [[1]], [1, [2]] > [1, []])
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError', e)
r = [1, 2, 3]
r.reverse()
print(r, list(reversed(r)), r[::-1] == list(reversed(r)))
rec = [1]
rec.append(rec)
print(rec, repr([rec]))
big = list(range(100000))
print(sum(big[::1000]), big[-1], len(big[5000:5010]))
try:
    hash([])
except TypeError as e:
    print('TypeError', e)
print([i for i in range(3)].__class__, list.__name__, isinstance([], list), list() == [], list([1]) is not [1])
try:
    list(1)
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2, 3][1.0]
except TypeError as e:
    print('TypeError', e)
try:
    [1][5]
except IndexError as e:
    print('IndexError', e)
try:
    l3 = [1]
    l3[5] = 1
except IndexError as e:
    print('IndexError', e)
