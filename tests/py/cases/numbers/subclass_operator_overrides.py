# Arithmetic and comparisons whose operand is an int or float subclass: the
# subclass's own method runs (the exact-number shortcuts must not take
# them), and a subclass without overrides answers as the base type does.
import enum
import re


class Loud(int):
    def __add__(self, other):
        return 'Loud.add'

    def __radd__(self, other):
        return 'Loud.radd'

    def __lt__(self, other):
        return 'Loud.lt'

    def __eq__(self, other):
        return 'Loud.eq'

    __hash__ = int.__hash__


class Quiet(int):
    pass


class QuietF(float):
    pass


class Color(enum.IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4


print(Loud(1) + 2, 2 + Loud(1), Loud(1) + Loud(2), Loud(1) < 3, 3 > Loud(1), Loud(1) == 1, 1 == Loud(1))
print(Quiet(3) + 4, type(Quiet(3) + 4).__name__, Quiet(3) * 2.5, Quiet(7) // 2, Quiet(7) < 8, Quiet(2) ** 3)
print(QuietF(1.5) + 1, type(QuietF(1.5) + 1).__name__, QuietF(2.0) < 3, QuietF(0.5) * QuietF(4.0))
print(True + True, True * 2.5, False < 1, True == 1.0, -True, True / 2)
print(Color.RED | Color.BLUE, Color.RED | 2, repr(Color.GREEN & 6), Color.RED ^ Color.RED, re.I | re.M)
x = Quiet(5)
x += 1
print(x, type(x).__name__, divmod(Quiet(7), 2), 10 - Quiet(3), 2.0 - QuietF(0.5))
