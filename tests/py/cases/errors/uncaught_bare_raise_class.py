# An uncaught exception raised as a bare class (no message): "IndexError" alone.
def first(seq):
    if len(seq) == 0:
        raise IndexError
    return seq[0]


print(first([4, 5]))
print(first('xyz'))
print(first((None,)))
print(first([]))
print('not reached')
a = 10
b = 20
c = a * b
print(c)
d = c // 3
print(d)
e = c % 3
print(e)
f = d * 3 + e
print(f == c)
