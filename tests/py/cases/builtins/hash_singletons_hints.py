# str/bytes hashes equal CPython's under PYTHONHASHSEED=0 (so sets of strings iterate alike), singletons' types, __length_hint__, __reduce__ forms.
import operator
print(hash(''), hash(b''), hash('a'), hash('abc') == hash(b'abc'), hash('é'), hash('日本'), hash('😀x'), hash('ab\u0100'), hash('\x00'))
words = ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape', 'kiwi', 'lemon', 'mango', 'é', 'ü', '日', 'z' * 20]
print(set(words))
print(frozenset('hello world'), set('abracadabra'), {w[0] for w in words})
s = set()
for w in words:
    s.add(w)
s.discard('fig')
s.add('fig2')
print(s, len(s))
d = dict.fromkeys(words)
print(list(d)[:3], set(d.keys()) == set(words))
print(type(Ellipsis)() is Ellipsis, type(NotImplemented)() is NotImplemented, type(None)() is None, Ellipsis.__reduce__(), NotImplemented.__reduce__())
for f in [lambda: type(Ellipsis)(1), lambda: type(None)(1), lambda: type(NotImplemented)(x=1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
it = iter([1, 2, 3, 4])
next(it)
r = reversed([1, 2, 3])
next(r)
ri = iter(range(10))
next(ri)
print(it.__length_hint__(), r.__length_hint__(), ri.__length_hint__(), iter((1, 2)).__length_hint__(), operator.length_hint(iter([])))
print(operator.length_hint(it), operator.length_hint(iter({1, 2}), 7) >= 0, operator.length_hint(x for x in []), operator.length_hint([1, 2]))
list(it)
print(it.__length_hint__(), operator.length_hint(it))
print(slice(1, 2).__reduce__(), slice(None, 5, -1).__reduce__(), range(3).__reduce__(), range(1, 10, 3).__reduce__(), (1, 'a').__getnewargs__())
import copy
print(copy.copy(slice(1, 2, 3)), copy.deepcopy(range(2, 8, 2)), copy.copy((1, [2])), copy.deepcopy({'k': [1, {2}]}))
