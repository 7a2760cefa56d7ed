# Unpacking in assignment, for loops and function returns; tuple swaps.
a, b, c = [1, 2, 3]
print(a, b, c)
x, y = 'xy'
print(x, y)
(p, q), r = [[1, 2], 3]
print(p, q, r)
first, second = {'k1': 1, 'k2': 2}
print(first, second)
a, b, c = c, a, b
print(a, b, c)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
for (n1, n2), tag in [((1, 2), 'x'), ((3, 4), 'y')]:
    print(n1 + n2, tag)


def divmod_like(a, b):
    return a // b, a % b


q1, r1 = divmod_like(17, 5)
q2, r2 = divmod_like(-17, 5)
print(q1, r1, q2, r2)
t = divmod_like(100, 7)
print(t, t[0], t[1], len(t))
m = [[1, 2], [3, 4]]
m[0][0], m[1][1] = m[1][1], m[0][0]
print(m)
fib = [0, 1]
for i in range(10):
    fib[0], fib[1] = fib[1], fib[0] + fib[1]
print(fib)
for bad in [[1, 2, 3], [1]]:
    try:
        u, v = bad
    except ValueError as e:
        print('ValueError:', e)
try:
    u, v = 5
except TypeError as e:
    print('TypeError:', e)
nested = ((1, (2, 3)), (4, (5, 6)))
total = 0
for a1, (b1, c1) in nested:
    total += a1 * b1 * c1
print(total)
x = y = z = 'same'
print(x, y, z)
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
nums = [n for n, w in pairs]
words = [w for n, w in pairs]
print(nums, words)
