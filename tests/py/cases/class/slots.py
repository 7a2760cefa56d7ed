# __slots__: only declared names may be set (through the MRO), no __dict__ unless declared, subclasses without __slots__ get a dict, conflicts with class variables.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q(P):
    __slots__ = 'z'
class R(P):
    pass
class S:
    __slots__ = ('a', '__dict__')
p = P(1, 2)
p.x = 10
print(p.x, p.y, P.__slots__, hasattr(p, '__dict__'))
for target in [p, Q(1, 2)]:
    try:
        target.other = 5
    except AttributeError as e:
        print('AttributeError', e)
q = Q(3, 4)
q.z = 9
print(q.x, q.z)
r = R(5, 6)
r.free = 7
print(r.free, hasattr(r, '__dict__'))
s = S()
s.a = 1
s.b = 2
print(s.a, s.b)
try:
    del p.x
    print(p.x)
except AttributeError as e:
    print('AttributeError', e)
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError', e)
