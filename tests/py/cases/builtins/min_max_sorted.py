# min/max with key/default and their errors; sorted stability with key/reverse; sum with start; any/all laziness.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
data = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (3, 'a')]
t(lambda: min(data)), t(lambda: max(data)), t(lambda: min(data, key=lambda p: p[0])), t(lambda: max(data, key=lambda p: p[0]))
t(lambda: min(3, 1, 2)), t(lambda: max('abc', 'abd', key=len)), t(lambda: min([], default='empty')), t(lambda: max((), default=None))
t(lambda: min([])), t(lambda: max(())), t(lambda: min(1)), t(lambda: min(1, 2, default=0)), t(lambda: max()), t(lambda: min(key=len))
t(lambda: min([1, 'a'])), t(lambda: max([1], key=5)), t(lambda: max([3, 1], key=None)), t(lambda: min('hello')), t(lambda: max({3: 'a', 9: 'b'}))
t(lambda: min(iter([5, 2, 8]))), t(lambda: max([[1, 2], [1, 3], [0, 9]])), t(lambda: min([1.0, 1, True])), t(lambda: max([1, 1.0, True]))
t(lambda: min(1, 2, foo=3)), t(lambda: max([float('nan'), 1, 2])), t(lambda: max([1, float('nan'), 2]))
print(sorted(data), sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, key=lambda p: p[1], reverse=True), sorted('bcaBCA'), sorted('bcaBCA', key=str.lower), sorted([]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words, key=str.casefold), sorted(words, key=len, reverse=True), sorted(set('hello')), sorted({'b': 1, 'a': 2}.items()))
records = [{'n': i % 3, 'i': i} for i in range(12)]
print([r['i'] for r in sorted(records, key=lambda r: r['n'])], [r['i'] for r in sorted(records, key=lambda r: r['n'], reverse=True)])
t(lambda: sorted([3, 'a'])), t(lambda: sorted([1], key=1)), t(lambda: sorted()), t(lambda: sorted([1], [2])), t(lambda: sorted(5))
t(lambda: sorted([2, 1], reverse=1)), t(lambda: sorted([1, 2], cmp=None))
lst = [5, 3, 1]
lst.sort(key=lambda x: -x, reverse=True)
print(lst)
def bad_key(x):
    raise ValueError('key failed on %r' % x)
t(lambda: sorted([2, 1], key=bad_key)), t(lambda: [2, 1].sort(key=bad_key))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum([1, 2.5, 3j]), sum(range(101)), sum([], start=5))
t(lambda: sum(['a', 'b'])), t(lambda: sum(['a'], '')), t(lambda: sum([b'a'], b'')), t(lambda: sum([bytearray(b'a')], bytearray())), t(lambda: sum([1, 'a']))
t(lambda: sum(5)), t(lambda: sum([[1]], start=[0])), t(lambda: sum([2**70, 2**70, -1])), t(lambda: sum([1e308, 1e308]))
def gen():
    for v in [0, 1, 2, 'never']:
        print('yield', v)
        yield v
print(any(gen()))
print(all(x < 1 for x in gen()))
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(iter([0, 0, 3])), all(x for x in ()))
t(lambda: any(5)), t(lambda: all(None))
