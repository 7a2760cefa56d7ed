# An exception raised while handling another: the last stderr line is the new one.
def load(key, table):
    try:
        return table[key]
    except KeyError:
        print('missing', key, 'falling back')
        return table['default'] * 2


table = {'a': 1, 'default': 10}
print(load('a', table))
print(load('b', table))
del_me = {'a': 1}
print(load('a', del_me))
print(load('zzz', del_me))
print('not reached')
x = 1
y = 2
z = 3
w = 4
print(x, y, z, w)
v = [x, y, z, w]
print(v)
