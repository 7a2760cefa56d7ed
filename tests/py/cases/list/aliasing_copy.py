# Aliasing and copying: shared references, slices as copies, nested mutation.
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a is c, a == b, a == c)
grid = [[0] * 3] * 3
grid[0][0] = 'shared'
print(grid)
grid2 = [[0] * 3 for i in range(3)]
grid2[0][0] = 'own'
print(grid2)
outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0].append('x')
shallow[1] = 'replaced'
print(outer, shallow)


def mutate(lst):
    lst.append('mutated')
    lst = ['rebound']
    lst.append('lost')
    return lst


orig = ['o']
ret = mutate(orig)
print(orig, ret)


def extend_default(x, into=None):
    if into is None:
        into = []
    into.append(x)
    return into


print(extend_default(1), extend_default(2), extend_default(3, [0]))
d = {'k': [1]}
e = d
f = {}
f.update(d)
d['k'].append(2)
d['new'] = 'only d and e'
print(d, e, f)
t = ([1], [2])
t[0].append('inside tuple')
print(t)
rev = a[::-1]
rev[0] = 'changed'
print(a, rev)
x = [0]
y = [x, x]
x.append(1)
print(y, y[0] is y[1])
s = 'abc'
s2 = s
s += 'd'
print(s, s2)
