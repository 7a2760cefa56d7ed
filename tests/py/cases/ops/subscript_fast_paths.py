# Subscripts of exact lists, tuples and dicts (the interpreter's fast paths)
# next to their errors, negative indexes, bool indexes and a dict subclass.
d = {'a': 1, (1, 2): 3}
for k in ['a', (1, 2), (3, 4), 'zz', [1]]:
    try:
        print(d[k])
    except (KeyError, TypeError) as e:
        print(type(e).__name__, repr(e), str(e))
l = [1, 2, 3]
t = (4, 5)
for i in [0, -1, -3, 2, 3, -4, 2**62, True]:
    for c in (l, t):
        try:
            print(c[i])
        except IndexError as e:
            print('IndexError', e)
    try:
        l[i] = 9
        print(l)
    except IndexError as e:
        print('IndexError', e)
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D()[4])
