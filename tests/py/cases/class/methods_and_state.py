# Methods that call each other, mutable state, objects in containers.
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0])

    def get(self, i, j):
        return self.rows[i][j]

    def mul(self, other):
        out = []
        for i in range(self.n):
            row = []
            for j in range(other.m):
                s = 0
                for k in range(self.m):
                    s += self.get(i, k) * other.get(k, j)
                row.append(s)
            out.append(row)
        return Matrix(out)

    def power(self, e):
        result = identity(self.n)
        base = self
        while e > 0:
            if e % 2 == 1:
                result = result.mul(base)
            base = base.mul(base)
            e //= 2
        return result

    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'


def identity(n):
    return Matrix([[int(i == j) for j in range(n)] for i in range(n)])


fibm = Matrix([[1, 1], [1, 0]])
print(fibm.mul(fibm), fibm.power(10), fibm.power(100).get(0, 1))


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self.items[name]

    def remove(self, name, qty):
        if self.items.get(name, 0) < qty:
            raise ValueError('not enough ' + name)
        self.items[name] -= qty
        if self.items[name] == 0:
            self.items.pop(name)

    def __str__(self):
        return ', '.join([k + ':' + str(self.items[k]) for k in sorted(self.items)])


inv = Inventory()
print(inv.add('bolt', 10), inv.add('nut', 5), inv.add('bolt', 3))
inv.remove('nut', 5)
print(inv, inv.items)
try:
    inv.remove('gear', 1)
except ValueError as e:
    print(e)
objs = [Inventory() for i in range(3)]
for i, o in enumerate(objs):
    o.add('x', i + 1)
print([str(o) for o in objs])
