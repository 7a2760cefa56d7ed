# dataclasses (which import inspect and io-using modules): fields, defaults, ordering, frozen, asdict, replace.
import dataclasses
from dataclasses import dataclass, field


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Frozen:
    name: str
    size: float = 1.5


p = Point(1, 2)
print(p, Point(1) < Point(2), p == Point(1, 2, ['x']), repr(Frozen('a')))
print(dataclasses.asdict(p), dataclasses.astuple(Frozen('b', 2.0)))
print([f.name for f in dataclasses.fields(Point)], dataclasses.is_dataclass(p))
print(dataclasses.replace(p, y=5))
try:
    Frozen('c').name = 'd'
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(Frozen('e')) == hash(Frozen('e')), sorted([Point(3), Point(1), Point(2)]))
Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', str, field(default='z'))])
print(Dyn(1), Dyn.__init__.__doc__ is None)
