# Hashing rules: defining __eq__ sets __hash__ to None, explicit __hash__ = None, inherited hashes, hash() result rules.
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, '__hash__' in EqOnly.__dict__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 42
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class Child(EqOnly):
    pass
try:
    hash(Child())
except TypeError as e:
    print('TypeError', e)
class ChildOfHashable(EqAndHash):
    def __eq__(self, other):
        return False
try:
    hash(ChildOfHashable())
except TypeError as e:
    print('TypeError', e)
class KeepHash(EqAndHash):
    def __eq__(self, other):
        return False
    __hash__ = EqAndHash.__hash__
print(hash(KeepHash()))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print('TypeError', e)
import collections.abc
print(isinstance(Unhashable(), collections.abc.Hashable), isinstance(EqAndHash(), collections.abc.Hashable))
class BigHash:
    def __hash__(self):
        return 2**100
class NegOne:
    def __hash__(self):
        return -1
class FloatHash:
    def __hash__(self):
        return 1.5
class BoolHash:
    def __hash__(self):
        return True
class IntSubHash:
    def __hash__(self):
        class I(int):
            pass
        return I(7)
print(hash(BigHash()) == hash(2**100), hash(NegOne()), hash(BoolHash()), hash(IntSubHash()))
try:
    hash(FloatHash())
except TypeError as e:
    print('TypeError', e)
class HashRaises:
    def __hash__(self):
        raise RuntimeError('no hash')
try:
    {HashRaises(): 1}
except RuntimeError as e:
    print('RuntimeError', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
d = {Point(1, 2): 'a'}
print(d[Point(1, 2)], Point(1, 2) in {Point(1, 2)}, Point(1, 2) in d, Point(2, 1) in d)
class Ne:
    def __ne__(self, other):
        return 'custom ne'
print(hash(Ne()) == hash(Ne()) or True, Ne() != 1, Ne() == Ne())
o = object()
print(hash(o) == hash(o), object.__hash__(o) == hash(o), type(hash(o)).__name__)
class Default:
    pass
print(Default.__hash__ is object.__hash__, Default.__eq__ is object.__eq__, EqOnly.__ne__ is object.__ne__)
