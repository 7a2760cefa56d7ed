# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, functional API.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print({c: c.value for c in Color})

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE + 1, Shape.SQUARE == 2, sorted([Shape.SQUARE, Shape.CIRCLE]))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw))
print(Perm(7), Perm(0), ~Perm.R)

class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    CREAT = 64
print(Open.WRONLY | Open.CREAT, int(Open.WRONLY | Open.CREAT), Open.RDWR & 2)

class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto])

class Lower(enum.StrEnum):
    X = auto()
    Y = 'why'
print(Lower.X, Lower.Y, Lower.X.upper(), Lower.X == 'x')

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)

class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__.keys())

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Num = IntEnum('Num', [('ONE', 1), ('TWO', 2)])
print(Num.TWO, Num.TWO * 3)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 2
print(sorted([Ordered.HIGH, Ordered.LOW]))
print(type(Color), Color.__name__, Color.RED.__class__.__name__)
print(f'{Color.GREEN}', f'{Shape.CIRCLE}', format(Shape.CIRCLE, '>5'))
