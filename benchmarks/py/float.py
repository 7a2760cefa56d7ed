# benchmarks/py/float.py — many small objects holding floats: points made
# from sin/cos, normalized, then reduced to their componentwise maximum
# (float arithmetic, math calls, attribute access, object allocation).
import math

POINTS = 100000
ROUNDS = 12


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


total = 0
for r in range(ROUNDS):
    best = benchmark(POINTS)
    total += int(best.x * 1e9) + int(best.y * 1e9) + int(best.z * 1e9)
print('float', POINTS, ROUNDS, total)
