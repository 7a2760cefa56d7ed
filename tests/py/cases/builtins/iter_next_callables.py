# iter() with a sentinel, next() with defaults, callable(), getattr/setattr/hasattr/delattr edge cases, enumerate/zip/map/filter.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
counter = iter(range(10)).__next__
print(list(iter(counter, 5)))
vals = [1, 2, 0, 3]
def pop():
    return vals.pop(0)
print(list(iter(pop, 0)), vals)
class Stop:
    n = 0
    def __call__(self):
        Stop.n += 1
        if Stop.n > 3:
            raise StopIteration
        return Stop.n
print(list(iter(Stop(), 99)))
it = iter(lambda: 1, 1)
print(list(it), next(it, 'exhausted'))
t(lambda: iter(5)), t(lambda: iter(5, 1)), t(lambda: iter([], 1)), t(lambda: iter()), t(lambda: next(5)), t(lambda: next(iter([]))), t(lambda: next([1]))
print(next(iter([]), 'd'), next(iter([7]), 'd'), next(iter('a'), None), type(iter(lambda: 0, 1)).__name__)
for x in [len, print, int, 'str', 5, lambda: 0, type, object(), [].append, Stop(), Stop, None]:
    print(callable(x), end=' ')
print()
class O:
    a = 1
o = O()
setattr(o, 'b', 2)
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'dflt'), hasattr(o, 'a'), hasattr(o, 'c'))
delattr(o, 'b')
t(lambda: delattr(o, 'b')), t(lambda: getattr(o, 'c')), t(lambda: getattr(o)), t(lambda: setattr(o, 'x')), t(lambda: hasattr(o, 5))
t(lambda: getattr(o, 'a', 1, 2)), t(lambda: delattr(o, 3))
setattr(o, 'not an identifier', 5)
print(getattr(o, 'not an identifier'), vars(o))
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 5)))
t(lambda: enumerate(5)), t(lambda: enumerate('a', 'b')), t(lambda: list(enumerate('ab', 2**70)))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip('ab', 'cd', 'ef')), dict(zip('ab', range(2))))
t(lambda: list(zip('ab', 'abc', strict=True))), t(lambda: list(zip('abc', 'ab', strict=True))), t(lambda: list(zip('ab', 'cd', strict=True)))
t(lambda: list(zip('a', 'b', 'cd', strict=True))), t(lambda: zip(5)), t(lambda: list(zip('a', strict=False)))
print(list(map(str.upper, 'ab')), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'xyz')), list(map(len, [])))
t(lambda: map(len)), t(lambda: list(map(5, [1]))), t(lambda: map(len, 5))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')), list(filter(lambda x: x > 1, range(4))))
t(lambda: filter(None)), t(lambda: list(filter(5, [1])))
m = map(int, ['1', 'x', '3'])
print(next(m))
t(lambda: next(m))
print(next(m))
z = zip(iter([1, 2]), iter('a'))
print(list(z), list(z))
e = enumerate(iter('xy'))
print(next(e), list(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), r.__length_hint__() if hasattr(r, '__length_hint__') else 0)
print(list(reversed(range(5))), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(10, 0, -3))))
t(lambda: reversed(5)), t(lambda: reversed({1, 2})), t(lambda: reversed(iter([1])))
class Start:
    def __index__(self):
        return 5
print(list(enumerate('ab', start=True)), list(enumerate('a', False)), list(enumerate('xy', Start())), type(next(enumerate('a', True))[0]).__name__)
