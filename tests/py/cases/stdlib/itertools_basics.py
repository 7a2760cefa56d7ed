# itertools: every iterator, with CPython's reprs and error messages.
from itertools import *
import itertools
import operator

def show(label, it, limit=20):
    print(label, list(islice(it, limit)))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', list(islice(r, 5)) if hasattr(r, '__next__') else r)
    except Exception as e:
        print(type(e).__name__, e)

# count
c = count()
print(next(c), next(c), c)
print(count(5), count(5, 2), count(1.5, 0.5), count(-3, -1), count(10, 1))
show('count', count(10, 3), 4)
show('count float', count(0.5, 0.25), 4)
err(count, 'a')
err(count, 1, 'b')
err(count, 1, 2, 3)
print(count(start=3, step=2))

# cycle / repeat
show('cycle', cycle('abc'), 8)
show('cycle empty', cycle([]))
print(repeat('x', 3), list(repeat('x', 3)), repeat(None), repeat(1, -2), list(repeat(1, -2)))
show('repeat', repeat(7), 3)
print(operator.length_hint(repeat(1, 5)))
err(repeat)
err(repeat, 1, 'x')
print(list(map(pow, range(5), repeat(2))))

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate(iterable=[1, 2], func=operator.sub)))

# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
err(chain, 1)
err(chain.from_iterable, [1])
print(type(chain.from_iterable([])).__name__)

# compress, dropwhile, takewhile, filterfalse
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
err(dropwhile, len)
err(takewhile, None, [1], 3)

# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('aaabb')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(groupby([])))

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(count(), 3, 20, 5)), list(islice('ab', 5, 10)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)))
err(islice, 'abc', -1)
err(islice, 'abc', 'x')
err(islice, 'abc', -1, 3)
err(islice, 'abc', 1, 3, 0)
err(islice, 'abc', 1, 3, -1)
err(islice, 'abc')
err(islice, 'abc', 1, 2, 3, 4)
src = iter(range(10))
print(list(islice(src, 3)), next(src))

# pairwise, starmap
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], 'ab'])))
err(lambda: list(starmap(pow, [1])))

# tee
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = tee('xyz', 3)
print(list(t1), list(t2), list(t3), type(t1).__name__)
print(tee([], 0), len(tee('a')))
c1, = tee(iter([1, 2, 3]), 1)
c2, c3 = tee(c1)
print(next(c2), list(c3), list(c2))
err(tee, 'a', -1)

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', range(3))))
print(list(zip_longest()), list(zip_longest('a')))
err(zip_longest, 'a', fill=1)

# product, permutations, combinations
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations('', 0)), list(permutations([], None)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)))
print(list(combinations('ABC', 0)), list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
err(combinations, 'abc')
err(combinations, 'abc', -1)
err(permutations, 'abc', 'x')
err(product, 'a', repeat=-1)
err(product, 'a', foo=1)
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))

print(type(count()).__module__, itertools.count.__name__, isinstance(iter(chain()), chain))
class MyChain(chain):
    pass
print(list(MyChain('ab', 'c')), type(MyChain()).__name__)
