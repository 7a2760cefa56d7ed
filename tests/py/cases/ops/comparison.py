# Comparison operators, chained comparisons, identity and membership.
vals = [-2, 0, 1, 1.0, 2.5, 3]
for a in vals:
    print(a, [a < b for b in vals], [a <= b for b in vals], [a == b for b in vals])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 1 < 2 > 0, 5 > 4 >= 4 > 3)
print(0 <= 5 < 10, 0 <= 10 < 10, -1 < 0 != 1, 1 != 1 < 2)
calls = []


def v(x):
    calls.append(x)
    return x


print(v(1) < v(2) < v(3), calls)
calls = []
print(v(3) < v(2) < v(1), calls)
calls = []
print(v(1) < v(5) > v(2) == v(2), calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, None == None, None is not None)
x = None
print(x is None, x == 0, x != False, not x)
print('a' in 'abc', 'ac' in 'abc', 1 in [1, 2], 3 not in [1, 2], 'k' in {'k': 1}, 2 in (1, 2))
print([1, 2, 3] < [1, 2, 4], (1, 'a') < (1, 'b'), 'abc' > 'abd', [[1]] == [[1]], [] < [0])
print(True == 1, False == 0, True + True, True > False, -True, True * 10)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 5, 10 ** 30 == 10 ** 30, 10 ** 30 != 10 ** 30 + 1)
for bad in [('a', 1), ([1], (1,)), (None, 0)]:
    try:
        print(bad[0] < bad[1])
    except TypeError as e:
        print('TypeError:', e)
print('a' == 1, [1] == (1,), None == 0, 1 == '1', {} == [])
print(max(3, 7, 5), min(3, 7, 5), max('b', 'a'), min([4, 2, 8]), max([(1, 'b'), (1, 'c')]))
