# match statement: literal, capture, wildcard, sequence (with star), mapping (with **rest), class patterns with __match_args__, guards, or/as.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(x=%r, y=%r)' % (self.x, self.y)
class Circle:
    __match_args__ = ('r',)
    def __init__(self, r):
        self.r = r
    def __repr__(self):
        return 'Circle(%r)' % self.r
def describe(obj):
    match obj:
        case 0 | 1 | 2:
            return 'small int %r' % obj
        case True:
            return 'never reached for True (1 matched)'
        case None:
            return 'None'
        case 'hello' | 'hi' as greeting:
            return 'greeting ' + greeting
        case [x]:
            return 'one-element %r' % (x,)
        case [x, y] if x == y:
            return 'pair of equals'
        case [first, *rest] if rest:
            return 'seq first=%r rest=%r' % (first, rest)
        case {'type': 'user', 'name': str(name), **extra}:
            return 'user %s extra=%r' % (name, extra)
        case {'type': _}:
            return 'typed mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=px, y=py) if px == py:
            return 'diagonal %d' % px
        case Point(px, py):
            return 'point %d,%d' % (px, py)
        case Circle(r) if r > 10:
            return 'big circle'
        case Circle(r=radius):
            return 'circle %r' % radius
        case int(n) | float(n) if n < 0:
            return 'negative %r' % n
        case str() as s:
            return 'string of len %d' % len(s)
        case (a, b, c):
            return 'triple'
        case _:
            return 'other %r' % type(obj).__name__
for v in [0, 2, True, None, 'hi', 'hello', 'abc', [5], [3, 3], [1, 2, 3], (4, 5), {'type': 'user', 'name': 'ann', 'age': 3},
          {'type': 1}, {'name': 'x'}, Point(0, 0), Point(2, 2), Point(1, 2), Circle(20), Circle(1), -5, -2.5, 7.5, (1, 2, 3), 'x' * 3, b'bytes', {1, 2}]:
    print(repr(v)[:40], '->', describe(v))
def seq_kinds(v):
    match v:
        case [*_]:
            return 'sequence'
        case _:
            return 'not a sequence'
print([seq_kinds(x) for x in [[], (), 'str', b'b', bytearray(b'x'), range(2), {1: 2}, iter([1])]])
class NoMatchArgs:
    def __init__(self):
        self.a = 1
try:
    match NoMatchArgs():
        case NoMatchArgs(x):
            pass
except TypeError as e:
    print('TypeError', e)
match {'a': 1, 'b': 2}:
    case {'a': 1}:
        print('mapping patterns ignore extra keys')
match 5:
    case x if x > 10:
        print('no')
    case x:
        print('captured', x)
print(x)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green by value pattern')
