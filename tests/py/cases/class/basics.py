# Classes: __init__, methods, instance and class attributes, __repr__/__str__.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return 'Point(' + repr(self.x) + ', ' + repr(self.y) + ')'


p = Point(3, 4)
print(p, repr(p), str(p), p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1)
print(q, p, q.moved(-4, -4), [Point(i, -i) for i in range(3)])
p.x = 10
p.label = 'P'
print(p, p.label, p.norm2())
Point.dims = 3
print(p.dims, q.dims)
p.dims = 'own'
print(p.dims, q.dims, Point.dims)


class Counter:
    created = 0

    def __init__(self):
        Counter.created += 1
        self.n = 0

    def tick(self):
        self.n += 1
        return self


c = Counter()
c.tick().tick().tick()
Counter()
print(c.n, Counter.created)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __str__(self):
        return str(self.celsius) + ' C'

    def __repr__(self):
        return 'Temperature(' + str(self.celsius) + ')'


t = Temperature(21.5)
print(t, str(t), repr(t), [t], (t,), {'t': t})
m = p.norm2
print(m(), Point.norm2(q))
print(isinstance(p, Point), isinstance(p, Counter), isinstance(3, Point))


class Empty:
    pass


e = Empty()
e.anything = [1, 2]
print(e.anything, isinstance(e, Empty))
try:
    e.missing
except AttributeError as err:
    print('AttributeError:', err)
