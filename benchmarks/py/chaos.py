# benchmarks/py/chaos.py — the chaos game: a point jumps toward randomly
# chosen affine maps of an iterated function system (a fern and a
# Sierpinski-like set), with a small vector class using operator overloading,
# a linear congruential generator object and a histogram of visited cells.
STEPS = 120000
GRID = 64


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.row0 = Vec(a, b)
        self.row1 = Vec(c, d)
        self.offset = Vec(e, f)
        self.weight = weight

    def apply(self, p):
        return Vec(self.row0.dot(p), self.row1.dot(p)) + self.offset


class Chaos:
    def __init__(self, maps, seed):
        self.maps = maps
        self.rng = Rng(seed)
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total

    def pick(self):
        r = self.rng.next_float() * self.total
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.maps[i]
        return self.maps[-1]

    def run(self, steps, grid):
        p = Vec(0.0, 0.0)
        lo = Vec(1e9, 1e9)
        hi = Vec(-1e9, -1e9)
        points = []
        for i in range(steps):
            p = self.pick().apply(p)
            if i > 20:
                points.append(p)
                lo = Vec(min(lo.x, p.x), min(lo.y, p.y))
                hi = Vec(max(hi.x, p.x), max(hi.y, p.y))
        span = hi - lo
        counts = {}
        for q in points:
            rel = q - lo
            cell = (int(rel.x / span.x * (grid - 1)), int(rel.y / span.y * (grid - 1)))
            counts[cell] = counts.get(cell, 0) + 1
        return len(counts), max(counts.values()), int(span.x * 1e6), int(span.y * 1e6)


fern = [Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07)]
triangle = [Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
            Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
            Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0)]
print('chaos', STEPS, Chaos(fern, 42).run(STEPS, GRID), Chaos(triangle, 7).run(STEPS, GRID))
