# Augmented assignment on names, list items, dict entries and attributes.
n = 10
n += 5
n -= 2
n *= 3
n //= 4
n %= 7
n **= 5
n <<= 2
n >>= 1
n |= 0x100
n &= 0x1ff
n ^= 0x0f
print(n)
f = 1.5
f += 1
f *= 2
f /= 4
f -= 0.25
print(f)
s = 'ab'
s += 'cd'
s *= 3
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
counts = [0] * 5
for i in range(23):
    counts[i % 5] += i
print(counts)
d = {'a': 1, 'b': 'x'}
d['a'] += 10
d['b'] *= 3
d['a'] **= 2
print(d)


class Box:
    def __init__(self):
        self.v = 0
        self.items = []


b = Box()
b.v += 5
b.v *= 2
b.items += ['x']
b.items += 'yz'
print(b.v, b.items)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 3
print(grid)
big = 1
for i in range(70):
    big <<= 1
    big += i % 2
print(big, big >> 60)
try:
    z = 'a'
    z += 1
except TypeError as e:
    print('TypeError:', e)
try:
    undefined_counter_xyz += 1
except NameError as e:
    print('NameError:', e)
