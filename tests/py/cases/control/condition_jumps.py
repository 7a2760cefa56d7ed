# Comparisons, `is` and `in` that a conditional jump follows: the
# interpreter jumps on the result without pushing a bool; every form of the
# condition (not, and/or, while, assert, comprehension filters, ternaries)
# must take the same branch as Python, and errors must come from the test.
class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        if x == 'boom':
            raise KeyError('boom')
        return x in self.items


class Truthy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < other)

    def __bool__(self):
        print('bool of', self.v)
        return self.v


def branches(x, y, box):
    out = []
    if x < y:
        out.append('lt')
    if not x < y:
        out.append('not-lt')
    if x == y or x > y:
        out.append('ge')
    if x != y and x is not None:
        out.append('ne')
    if x is y:
        out.append('is')
    if x is not y:
        out.append('is-not')
    if x in box:
        out.append('in')
    if x not in box:
        out.append('not-in')
    out.append('t' if x <= y else 'f')
    out.append([v for v in (x, y) if v in box])
    n = 0
    while n < 3 and x not in box:
        n += 1
    out.append(n)
    return out


b = Box([1, 'a', None, 2.5])
f = float('2.5')
for pair in [(1, 2), (2, 1), (f, f), (f, float('2.5')), ('a', 'b'), (1, 1.0), (float('nan'), 1)]:
    print(pair, branches(pair[0], pair[1], b))
s = 'a'
print(branches(s, s, b), branches('z', 'a', [1]))

try:
    if 'boom' in b:
        print('unreachable')
except KeyError as e:
    print('KeyError', e)
try:
    if 1 < 'x':
        print('unreachable')
except TypeError as e:
    print('TypeError', e)

if Truthy(True) < 1:
    print('custom lt true')
if not Truthy(False) < 1:
    print('custom lt false')
x = 5
assert x < 10, 'small'
try:
    assert x in [1, 2], 'not in list'
except AssertionError as e:
    print('AssertionError', e)
print([i for i in range(20) if i % 3 == 0 if i is not None], sorted({k for k in 'abcabc' if k not in 'b'}))
