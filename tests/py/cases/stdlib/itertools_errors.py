# itertools argument errors: CPython's messages for missing, extra and invalid arguments.
from itertools import *
import itertools
tests = [lambda: cycle(), lambda: cycle(1), lambda: repeat(), lambda: chain.from_iterable(), lambda: compress('a'),
         lambda: dropwhile(len), lambda: groupby(), lambda: islice(), lambda: islice([], 1, 2, 3, 4), lambda: pairwise(),
         lambda: starmap(len), lambda: tee(), lambda: tee([], 'x'), lambda: zip_longest(1), lambda: product(1),
         lambda: permutations(), lambda: permutations('ab', 1, 2), lambda: combinations('ab', 'x'), lambda: accumulate(),
         lambda: count(a=1), lambda: repeat(1, times=None), lambda: next(accumulate([1, 'a'])), lambda: list(islice(count(), 1.5)),
         lambda: cycle([], x=1), lambda: chain(x=1), lambda: takewhile(), lambda: filterfalse(None), lambda: islice('a', None, -1)]
for t in tests:
    try:
        r = t()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(repeat('a', 0)), repr(count(2**70)), repr(count(0, 2**70)), repr(count(1.0, 1)))
