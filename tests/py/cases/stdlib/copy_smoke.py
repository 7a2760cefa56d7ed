# copy: shallow and deep copies of builtin containers, user classes with
# __copy__/__deepcopy__/__reduce_ex__/__getstate__, memo for shared and
# recursive structures, and uncopyable objects.
import copy
import types


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


class Custom:
    def __init__(self, data):
        self.data = data
        self.copied = None

    def __copy__(self):
        c = Custom(self.data)
        c.copied = "shallow"
        return c

    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.data, memo))
        c.copied = "deep"
        return c


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


shared = [1, 2]
data = {"list": [shared, shared], "tuple": (shared, 3), "set": {1, 2}, "str": "s", "nested": [[1, [2, [3]]]]}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow["list"] is data["list"], deep["list"] is data["list"])
print(deep["list"][0] is deep["list"][1], deep["tuple"][0] is deep["list"][0], deep["list"][0] is shared)
rec = [1]
rec.append(rec)
d = copy.deepcopy(rec)
print(d[1] is d, d is not rec)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
print(t2.children[1].children[0].value, t2.children[1] is not tree.children[1])
t3 = copy.copy(tree)
print(t3.children is tree.children)
c = Custom([1, 2])
print(copy.copy(c).copied, copy.deepcopy(c).copied, copy.deepcopy(c).data is not c.data)
s = copy.deepcopy(Slotted())
print(s.a, s.b)
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, "a")) == (1, "a"))
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(len) is len)
print(copy.deepcopy(slice(1, 2)) == slice(1, 2), copy.copy(range(3)) == range(3))
