# list subclasses: which operations return the subclass, overridden methods used or bypassed by builtins, __init__ arguments, repr/eq.
class L(list):
    def append(self, x):
        print('custom append', x)
        super().append(x)
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return ('wrapped', r) if isinstance(i, int) else r
l = L([1, 2, 3])
l.append(4)
print(l, l[0], l[1:], type(l[1:]).__name__, type(l + [5]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l += [5]
print(type(l).__name__, l, list(l), [x for x in l], sorted(l, reverse=True), l == [1, 2, 3, 4, 5], len(l))
l.extend([6])
print(max(l), min(l), sum(l), 6 in l, l.index(6), l.count(1), l.pop(), l)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack()
s.push(1).push(2)
print(s.peek(), s, repr(s), str(s), s.__class__.__name__, isinstance(s, list))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
i = Init(3)
print(i, i.n, i.__dict__, Init.__mro__[1].__name__)
class NoEq(list):
    __hash__ = None
    def __eq__(self, other):
        return 'custom'
print(NoEq() == [], [] == NoEq(), NoEq([1]) != [1])
class Sorted(list):
    def sort(self, *a, **k):
        print('custom sort')
        super().sort(*a, **k)
so = Sorted([3, 1, 2])
print(sorted(so), so)
so.sort()
print(so)
class Tuple2(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = Tuple2(1, 2)
print(t, type(t[:]).__name__, type(t + (3,)).__name__, t == (1, 2), hash(t) == hash((1, 2)), Tuple2.__mro__[1].__name__)
