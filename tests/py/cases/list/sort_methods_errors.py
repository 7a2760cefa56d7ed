# list methods: sort stability/reverse/key, index/count/remove/insert/pop edge cases, comparisons, repetition, mutation during sort.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
pairs = [(i % 4, i) for i in range(16)]
p = pairs[:]
p.sort(key=lambda x: x[0])
print(p)
p.sort(key=lambda x: x[0], reverse=True)
print(p)
q = [3, 1, 2]
print(q.sort(), q, q.reverse(), q)
names = ['bob', 'Alice', 'carol', 'Bob', 'alice']
names.sort(key=str.lower)
print(names)
names.sort(reverse=True)
print(names)
def sort_mutating():
    lst = [3, 2, 1]
    def key(x):
        lst.append(x)
        return x
    lst.sort(key=key)
    return lst
t(sort_mutating)
t(lambda: [1, None].sort()), t(lambda: [2, 1].sort(1)), t(lambda: [].sort(key=1, reverse=0))
l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -2), l.index(3, 0, 3), l.count(2), l.count(9), [[1]].count([1]), [1.0].count(1))
t(lambda: l.index(9)), t(lambda: l.index(2, 4)), t(lambda: l.index(1, 1, -1)), t(lambda: l.index()), t(lambda: l.index(1, 'a'))
l.remove(2)
print(l)
t(lambda: l.remove(99)), t(lambda: [].pop()), t(lambda: [1].pop(5)), t(lambda: [1].pop('a'))
m = [1, 2, 3]
m.insert(0, 'a')
m.insert(100, 'z')
m.insert(-1, 'y')
m.insert(-100, 'first')
print(m, m.pop(), m.pop(0), m.pop(-2), m)
n = [1]
n.extend(range(3))
n.extend('ab')
n.extend(n)
n += ()
print(n, len(n))
t(lambda: n.extend(5)), t(lambda: n.insert(1)), t(lambda: n.append())
print([1, 2] * 3, 2 * [0], [] * 5, [1] * -1, [[0]] * 2, [1, 2] + [3])
x = [[]] * 3
x[0].append(1)
print(x)
t(lambda: [1] * 2.0), t(lambda: [1] + 'a'), t(lambda: [1] * (2**63)), t(lambda: 'ab' * -1)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1, [2]] == [1, [2]], [1] != [1.0])
r = [1, 2, 3]
r.clear()
print(r, [3, 1, 2].copy(), list('abc'), list((1, 2)), list({'k': 1}), list(range(3)), list())
t(lambda: list(1)), t(lambda: list([], [])), t(lambda: list(x=1))
self_ref = [1]
self_ref.append(self_ref)
print(self_ref, repr(self_ref))
