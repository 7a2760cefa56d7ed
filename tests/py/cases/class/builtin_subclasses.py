# Subclasses of built-in types: list, dict (with __missing__), str, tuple, float; instance attributes; super().__init__.
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
l.tag = 'x'
print(l, l.total(), l.tag, type(l).__name__, isinstance(l, list), len(l))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['a'], d['zz'], d)
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hey')
s.n = 3
print(s, s.shout(), s.n, s + 'x', type(s + 'x').__name__)
class T(tuple):
    pass
t = T((1, 2))
t.a = 5
print(t, t.a, t[0])
class F(float):
    pass
print(F(2.5) + 1, F(1.5).__class__.__name__)
class Counter(dict):
    def __init__(self, items):
        super().__init__()
        for i in items:
            self[i] = self.get(i, 0) + 1
print(Counter('abracadabra'))
