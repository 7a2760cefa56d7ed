# Stackless frames: 50,000-deep recursion with a raised limit, RecursionError at the limit.
import sys

print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


try:
    depth(5000)
except RecursionError as e:
    print('RecursionError', e)

sys.setrecursionlimit(100000)
print(sys.getrecursionlimit(), depth(50000))


def deep_gen(n):
    if n:
        yield from deep_gen(n - 1)
    else:
        yield 'bottom'


print(list(deep_gen(400)))  # each level of yield from nests a native call


sys.setrecursionlimit(1000)


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print('RecursionError', e)


class Rec:
    def __repr__(self):
        return repr(self)


try:
    repr(Rec())
except RecursionError as e:
    print('RecursionError repr', 'maximum recursion depth exceeded' in str(e))

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print('ValueError', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError', e)
