# list.sort / sorted when every key is a small int, an exact str, an exact
# float, or an exact tuple whose first items are one of those: the sort
# compares them without dispatch, and must still order (and fail) exactly
# as the < of the objects would.
nan = float('nan')

print(sorted([5, -3, 2**40, 0, -2**40, 7, 7, 1]))
print(sorted(['b', 'a', '', 'ab', 'B', '\xe9', '\u20ac', '\U0001f600', 'a\x00', 'aa']))
print(sorted([2.5, -0.0, 0.0, 1e300, -1e300, float('inf'), -float('inf'), 3.0]))
print(sorted([1, 2.5, 0, -1.5, True, 2**70]))
print(sorted(['x', 'y'], reverse=True), sorted([3, 1, 2], reverse=True))

# (A NaN among other keys makes the order depend on the algorithm: not here.)
# Tuples: first items decide unless equal, then the rest is compared fully.
pairs = [(-3, 'b'), (-1, 'a'), (-3, 'a'), (-2, 'z'), (-1, 'a'), (-3, 'c'), (0, None, 1)]
try:
    print(sorted(pairs))
except TypeError as e:
    print('TypeError', e)
print(sorted(pairs[:-1]))
print(sorted([('b', 2), ('a', 3), ('b', 1), ('a', 3, 0), ('a',)]))
print(sorted([(1.5, 'x'), (0.5, 'y'), (1.5, 'a'), (-0.0, 'm'), (0.0, 'l')]))
print(sorted([(nan, 2), (nan, 1)]))
n1 = (nan, 1)
print(sorted([n1, n1]), sorted([(nan, 3), n1]), n1 < (nan, 2), (nan, 1) < (float('nan'), 2))

# Stability with equal keys.
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum', 'lime']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w[-1])), sorted(words, key=lambda w: (-len(w),)))
counts = {'a': 3, 'b': 1, 'c': 3, 'd': 2, 'e': 1}
print(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# Subclasses keep their own comparisons.
class RevStr(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


class RevInt(int):
    def __lt__(self, other):
        return int.__gt__(self, other)


class RevFloat(float):
    def __lt__(self, other):
        return float.__gt__(self, other)


print(sorted([RevStr('a'), RevStr('c'), RevStr('b')]))
print(sorted([RevInt(1), RevInt(3), RevInt(2)]))
print(sorted([RevFloat(1), RevFloat(3), RevFloat(2)]))
print(sorted([(RevInt(1),), (RevInt(3),), (RevInt(2),)]))
print(sorted([('a', RevInt(1)), ('a', RevInt(3)), ('b', RevInt(0))]))


class TupleSub(tuple):
    def __lt__(self, other):
        return tuple.__gt__(self, other)


print(sorted([TupleSub((1,)), TupleSub((3,)), TupleSub((2,))]))

# Mixed classes and errors.
for bad in [[1, 'a'], ['a', 1.0], [(1,), (2,), 3], [(1,), ('a',)], [(), (1,)], [None, None]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print('TypeError', e)

# A key function that raises, and one that mutates the list.
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print('ValueError', e)
print(len(lst) >= 3)
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:5], sorted(big)[-5:], sorted(map(str, big))[:5], sorted(map(float, big))[995:1000])
print(sorted([(x % 10, str(x)) for x in big])[:6])
