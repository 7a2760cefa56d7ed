# Subclasses of int: boxed values of any size (zero included), instance attributes, arithmetic giving exact ints, hashing, indexing, formatting.
class Color(int):
    def __repr__(self):
        return 'Color(%d)' % int(self)
    def describe(self):
        return 'color %d' % self
red = Color(3)
red.label = 'red'
big = Color(10 ** 30)
print(red, repr(red), red + 1, type(red + 1).__name__, red * 2, red == 3, hash(red) == hash(3), red.label)
print(big > red, big // Color(10 ** 29), [0, 1, 2, 3, 4][red], red.describe(), str(red), int(red), Color(-5), Color('12'))
print(isinstance(red, int), sorted([Color(2), 1, Color(0)]), {red: 'x'}[3], abs(Color(-4)), -red, bool(Color(0)))
class Flags(int):
    pass
f = Flags(6)
print(f & 3, f | 1, f >> 1, f.bit_length(), divmod(f, 4), f ** 2, float(f), '%d' % f, f'{f:03d}')
