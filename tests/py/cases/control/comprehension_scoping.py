# Comprehension scopes: loop variables don't leak, class-body scoping, walrus binding to the enclosing scope, nested and conditional forms.
x = 'outer'
print([x for x in range(3)], x)
print({x: x * 2 for x in 'ab'}, {x % 3 for x in range(10)}, list(x * x for x in range(4)), x)
print([(i, j) for i in range(3) for j in range(i)], [i for i in range(10) if i % 2 if i % 3])
print([[j for j in range(i)] for i in range(4)], [y for x in [[1, 2], [3]] for y in x])
print([total := total + v for total in [0] for v in [1, 2, 3]] if False else '')
total = 0
print([total := total + v for v in [1, 2, 3]], total)
print([last := v for v in 'abc'], last)
def f():
    print([z := i for i in range(2)], z)
f()
class K:
    y = 10
    items = [1, 2]
    doubled = [i * 2 for i in items]
    try:
        bad = [y for _ in range(1)]
    except NameError as e:
        err = str(e)
    pairs = [(a, b) for a in items for b in items]
print(K.doubled, K.err, K.pairs)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
g = (i for i in range(3))
print(next(g), list(g))
def lazy_first_iter():
    try:
        gen = (1 / v for v in 0)
    except TypeError as e:
        return 'eager: ' + str(e)
print(lazy_first_iter())
def lazy_rest():
    gen = (v for v in range(3) if 1 / (v - 1))
    try:
        return list(gen)
    except ZeroDivisionError as e:
        return 'lazy: ' + str(e)
print(lazy_rest())
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)], {k: v for k, v in zip('ab', matrix)})
print(sorted({(a, b) for a in range(2) for b in range(2)}), dict.fromkeys(c for c in 'aab'))
try:
    [undefined_q for _ in range(1)]
except NameError as e:
    print('NameError', e)
nested = [[(i, j) for j in range(2)] for i in range(2)]
print(nested)
async_like = [i async for i in []] if False else 'skip'
print(async_like)
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2}, (*[1], *(2,)), {*'ab', *'bc'} == {'a', 'b', 'c'})
