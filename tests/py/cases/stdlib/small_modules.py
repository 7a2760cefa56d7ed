# abc (via _py_abc), copy, heapq, bisect, keyword, operator at work.
import abc
import bisect
import copy
import heapq
import keyword
import operator

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(Square(3).describe(), isinstance(Square(1), Shape), Shape.__abstractmethods__)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
class Duck:
    def area(self):
        return 0
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), type(Shape).__name__)

# copy
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].value = 20
print(shallow.children[0].value, deep.children[0].value, shallow.children is tree.children, deep.children is tree.children)
data = {'a': [1, 2], 'b': ({'c': 3},)}
d2 = copy.deepcopy(data)
d2['a'].append(9)
print(data, d2, copy.copy([1, [2]]), copy.deepcopy((1, 2)) == (1, 2))
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
class WithCopy:
    def __init__(self):
        self.x = 1
    def __copy__(self):
        return 'custom copy'
    def __deepcopy__(self, memo):
        return 'custom deepcopy'
print(copy.copy(WithCopy()), copy.deepcopy(WithCopy()))
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = [2]
s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b)

# heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], h[0])
nums = [7, 3, 9, 1]
heapq.heapify(nums)
print(nums[0], heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3], key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])), heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 0))

# bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3); bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 10, key=None), bisect.bisect([(1, 'a'), (3, 'c')], 2, key=lambda t: t[0]))

# keyword
print(keyword.iskeyword('for'), keyword.iskeyword('foo'), keyword.issoftkeyword('match'), len(keyword.kwlist) > 30)

# operator
print(operator.add(2, 3), operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(5))
print(operator.methodcaller('upper')('x'), operator.neg(3), operator.contains([1], 1), operator.index(7))
print(sorted([('b', 2), ('a', 1)], key=operator.itemgetter(0)), operator.mul('ab', 2), operator.truth([]))
f = operator.attrgetter('s', 'describe')
print(f(Square(2))[0])
