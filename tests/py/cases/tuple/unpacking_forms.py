# Assignment unpacking: starred targets, nested targets, errors with their CPython messages, swap, unpacking in for/with/calls.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = 'abc'
print(head, tail)
x, *y = [1]
print(x, y)
(p, q), r = 'ab', 'c'
print(p, q, r)
[s, [u, *v]] = [1, (2, 3, 4)]
print(s, u, v)
def u2(v):
    a, b = v
    return a, b
def u3(v):
    a, *b, c = v
    return a, b, c
t(lambda: u2([1])), t(lambda: u2([1, 2, 3])), t(lambda: u2(5)), t(lambda: u2('ab')), t(lambda: u2({'k': 1, 'j': 2}))
t(lambda: u3([1])), t(lambda: u3([1, 2])), t(lambda: u3(iter(range(5)))), t(lambda: u2(x for x in range(3)))
def gen_n(n):
    for i in range(n):
        yield i
t(lambda: u2(gen_n(1))), t(lambda: u2(gen_n(10)))
d = {}
d['a'], d['b'] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = 'x', 'z'
class O:
    pass
o = O()
o.x, o.y = 3, 4
print(d, lst, o.x, o.y)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
for k, (m, n) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, m, n, end='; ')
print()
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *'ab', **{'k': 1}, **{'j': 2}), f(*(), **{}), f(*range(3), 9))
print([*'ab', *[1]], (*'x',), {*[1, 1, 2]}, {**{'a': 1}, **{'a': 2}})
t(lambda: f(**{'k': 1}, **{'k': 2})), t(lambda: [*5]), t(lambda: {**[1]})
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = y = 0
x += 1
print(x, y)
(a), b = 1, 2
print(a, b)
[] = []
() = ()
t(lambda: exec('[] = [1]'))
big_first, *_, big_last = range(10**5)
print(big_first, big_last)
