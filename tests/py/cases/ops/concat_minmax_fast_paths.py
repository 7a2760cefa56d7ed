# Concatenation of exact str/tuple/list, len() of sets, min/max of several
# arguments, unpacking and iteration: the interpreter's inline paths must
# give exactly what the general protocol gives (identity, subclasses, errors).
class T(tuple):
    def __add__(self, other):
        return 'T.__add__'


class L(list):
    pass


class S(str):
    def __radd__(self, other):
        return 'S.__radd__'


a = (1, 2)
e = ()
print(a + e is a, e + a is a, a + (3,), e + e)
print(T((1,)) + (2,), (1,) + T((2,)), type((1,) + T((2,))))
x = [1, 2]
y = x + [3]
print(y, y is x, x + x, [] + [])
z = x
z += [9]
print(x, z is x)
print(L([1]) + [2], type(L([1]) + [2]), [0] + L([5]))
s = 'ab'
s += 'cd'
print(s, 'x' + S('y'), 'é' + 'ü' + '\U0001f600')
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError', e)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError', e)
print(len({1, 2, 3}), len(frozenset('abca')), len(set()))
print(min(3, 1, 2), max(3, 1, 2), min(1.5, 2), max('a', 'b', 'ab'), max(1, True), min(True, 1))
try:
    min(1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    max(1, 2, key=None, default=3)
except TypeError as e:
    print('TypeError', e)
print(max(1, 2, key=lambda v: -v), min([4, 2, 8]), max((), default='d'))
p, q = [10, 20]
r, t = (30, 40)
print(p, q, r, t)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    p, q = (1,)
except ValueError as e:
    print('ValueError', e)
items = [1, 2, 3]
out = []
for v in items:
    out.append(v)
    if v == 1:
        items.append(4)
print(out)
print(2.0 ** 0.5, 2 ** 0.5, 10.0 ** -2, 1e300 ** 0.5, 4.0 ** 2, (-8.0) ** 2)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError', e)
print((-8.0) ** 0.5, 0.0 ** 2.0, 1.0 ** 1e308, 2.0 ** -1080)
for i in range(2 ** 62 - 2, 2 ** 62 + 1):
    print(i)
for i in range(5, 0, -2):
    print(i, end=' ')
print(7 in {7}, 'a' in frozenset('abc'), (1,) in {(1,)})
try:
    [] in {1}
except TypeError as e:
    print('TypeError', e)
print({1, 2} in {frozenset({1, 2})})
