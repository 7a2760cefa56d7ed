# match statements: literal, or, sequence with star, mapping with **rest, class patterns (positional via __match_args__, keyword), guards, capture with as, self-matching builtins.
class Point:
    __match_args__ = ('x', 'y')
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1:
            return 'small'
        case [x, y, *rest]:
            return f'seq {x} {y} {rest}'
        case {'kind': 'circle', 'r': r, **others}:
            return f'circle {r} {others}'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(a, b) if a == b:
            return f'diagonal {a}'
        case str() as s:
            return 'string ' + s
        case int(n) if n > 100:
            return 'big ' + str(n)
        case (1, 2):
            return 'never'
        case None:
            return 'none'
        case _:
            return 'other ' + repr(v)

for v in [0, 1, [1, 2], [1, 2, 3, 4], (5, 6), {'kind': 'circle', 'r': 2, 'c': 'red'}, {'kind': 'sq'},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 'hi', 500, 50, None, 2.5, 'xy']:
    print(describe(v))
