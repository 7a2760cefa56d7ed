# Slice assignment and extend from lists, tuples and their subclasses: exact
# lists and tuples give their items directly, subclasses are iterated (their
# __iter__ may differ), a list assigned into or extended by itself is copied.
a = list(range(10))
a[2:5] = [7, 8]
print(a)
a[:0] = ()
a[len(a):] = (1, 2)
print(a)
b = []
b[:] = []
print(b)
b[0:0] = [1, 2, 3]
b[5:1] = [9]
print(b)
c = [1, 2, 3]
c[1:] = []
print(c)
c[:] = c
print(c)
d = [0] * 5
d[1:4] = range(2)
print(d)
class L(list):
    def __iter__(self):
        return iter([99])
e = [1, 2, 3]
e[0:1] = L([5, 6])
print(e)
e[-1:] = (7, 8, 9)
print(e, len(e))
f = [1]
f[5:] = []
print(f)
g = L([1, 2])
g.extend(g)
print(list.__iter__(g).__next__(), len(g))
h = [0]
h.extend(L([4, 5]))
print(h, [*L([1, 2])], list(L([3])))
class T(tuple):
    def __iter__(self):
        return iter(['t'])
k = [1]
k.extend(T((1, 2)))
k[0:1] = T((3, 4))
print(k)
m = L([1, 2, 3])
m[1:] = m
print(list.__iter__(m).__next__(), len(m), [list.__getitem__(m, i) for i in range(len(m))])
