# match statement: class patterns with __match_args__, mappings with **rest, guards, or-patterns, captures, sequences.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Custom:
    __match_args__ = ('a', 'b')

    def __init__(self, a, b):
        self.a, self.b = a, b


def classify(v):
    match v:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0) if x > 0:
            return f'positive x axis {x}'
        case Point():
            return 'some point'
        case Custom(1, b=b2):
            return f'custom one {b2}'
        case {'kind': 'circle', 'r': r, **rest}:
            return f'circle r={r} rest={sorted(rest)}'
        case {'kind': str(k)}:
            return f'kind {k}'
        case [1, 2, *tail] if len(tail) < 3:
            return f'starts 1 2 tail {tail}'
        case [int() | float() as first, *_]:
            return f'numeric first {first!r}'
        case (str() as s, str()) | [str() as s]:
            return f'strings {s}'
        case 'a' | 'b' | 'c' as letter:
            return f'letter {letter}'
        case int(n) if n < 0:
            return 'negative'
        case None | True | False:
            return f'singleton {v}'
        case bytes(b) | bytearray(b):
            return f'bytes-like {b!r}'
        case _:
            return 'other ' + type(v).__name__


for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(-3, 0), Custom(1, 2), Custom(2, 2),
          {'kind': 'circle', 'r': 2, 'c': 1, 'd': 2}, {'kind': 'square'}, {'kind': 5},
          [1, 2], [1, 2, 3, 4], [1, 2, 3, 4, 5], [1.5, 'x'], ('p', 'q'), ['only'], 'b', 'z', -4, 4,
          None, True, False, b'xy', bytearray(b'z'), {1, 2}, 'ab' * 0]:
    print(repr(v) if not isinstance(v, Custom) else "Custom", "->", classify(v))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)


class BadArgs:
    __match_args__ = 'a'


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
for src in ['match x:\n    case a:\n        pass\n    case b:\n        pass\n',
            'match x:\n    case [a, a]:\n        pass\n', 'match x:\n    case {**r, "k": 1}:\n        pass\n',
            'match x:\n    case 1 | y:\n        pass\n', 'match x:\n    case f():\n        pass\n']:
    try:
        compile(src, 'm', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match {'a': {'b': [1, 2]}}:
    case {'a': {'b': [_, second]}}:
        print('nested', second)
from collections import OrderedDict, defaultdict
for m in [OrderedDict(k=1), defaultdict(int, k=2)]:
    match m:
        case {'k': v}:
            print(type(m).__name__, v)
match 'abc':
    case [*chars]:
        print('str matched sequence', chars)
    case str():
        print('strings are not sequences here')
match range(3):
    case [0, *rest]:
        print('range rest', rest)
class MyInt(int):
    pass
class MyList(list):
    __match_args__ = ('foo',)
    foo = 'attr'
match MyInt(5):
    case MyInt(x):
        print('subclass matches itself', x)
match MyList([1]):
    case MyList(y):
        print('own __match_args__ first', y)
