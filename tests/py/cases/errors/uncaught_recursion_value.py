# An uncaught ValueError from a recursive function, with finally blocks on the way out.
depth_log = []


def descend(n):
    try:
        if n == 0:
            raise ValueError('hit bottom after ' + str(len(depth_log)) + ' levels')
        depth_log.append(n)
        return descend(n - 1)
    finally:
        print('unwinding', n)


print('start')
descend(6)
print('not reached')
a = 1
b = 2
print(a + b)
c = 3
print(a + b + c)
d = 4
print(a + b + c + d)
e = 5
print(e)
