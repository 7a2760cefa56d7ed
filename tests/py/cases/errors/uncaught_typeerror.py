# An uncaught TypeError from mixing str and int in +.
def label(prefix, n):
    return prefix + n


names = []
for i in range(3):
    names.append(label('item', str(i)))
print(names)
counts = {'a': 1, 'b': 2}
for k in counts:
    print(label(k, '=') + str(counts[k]))
print(label('total: ', 3))
print('not reached')
x = 0
for i in range(10):
    x += i
print(x)
y = [x]
print(y)
z = (x, y)
print(z)
