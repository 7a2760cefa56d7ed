# list indexing, slicing, slice assignment, concatenation and repetition.
a = [10, 20, 30, 40, 50, 60, 70]
print(a, len(a), a[0], a[-1], a[2:5], a[:3], a[4:], a[::2], a[::-1], a[-3:-1], a[5:1:-2])
a[0] = 11
a[-1] = 77
print(a)
a[1:3] = [21, 22, 23, 24]
print(a)
a[2:6] = []
print(a)
a[:0] = ['front']
print(a)
a[len(a):] = ['back', 'end']
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
b = [1, 2] + [3] + []
print(b, b * 2, [0] * 5, [] * 3, 2 * ['x', 'y'])
c = b
c += [4, 5]
print(b, c, b is c)
d = [[1, 2], [3, 4]]
d[1][0] = 99
print(d, d[1], d[-1][-1])
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print(3 in b, 9 in b, 9 not in b, [1, 2] in d, [3, 4] in d)
nested = [[i * j for j in range(4)] for i in range(4)]
print(nested)
empty = []
print(empty, len(empty), empty[:], empty[::-1])
x = [5, 3, 8]
y = x[:]
y.append(1)
print(x, y)
m = [1, 2, 3, 4, 5, 6, 7, 8, 9]
m[1:8:3] = ['a', 'b', 'c']
print(m)
print(m[100:], m[-100:2], m[3:3])
items = []
for i in range(5):
    items = items + [i * i]
print(items, sum(items))
