# Container protocol on user classes: __getitem__ with slices, __setitem__/__delitem__, __len__ in bool/len, iteration via __getitem__, __iter__ misuse.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print('getitem', key)
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        print('setitem', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('delitem', key)
        del self.data[key]
    def __repr__(self):
        return 'Seq(%r)' % self.data
s = Seq('abcdef')
print(s[1], s[-1], s[1:4], s[::2], s[1:5:2], s[:])
s[0] = 'A'
s[1:3] = ['x']
del s[0]
del s[::2]
print(s, len(s), bool(s), bool(Seq([])))
print(list(Seq('xy')), 'x' in Seq('xy'), [c for c in Seq('pq')], sorted(Seq('cab')), ''.join(Seq('hi')))
class Weird:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
print(list(Weird()), 20 in Weird(), list(enumerate(Weird())), max(Weird()), tuple(Weird()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
class IterNoNext:
    def __iter__(self):
        return self
try:
    for _ in IterNoNext():
        pass
except TypeError as e:
    print('TypeError', e)
class KeyErr:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    list(KeyErr())
except KeyError as e:
    print('KeyError', e)
class Multi:
    def __getitem__(self, key):
        return key
m = Multi()
print(m[1, 2], m[1:2, ::3], m[...], m[:, None], m['a':'b'], m[()], m[-1])
class LenOnly:
    def __len__(self):
        return 3
try:
    list(LenOnly())
except TypeError as e:
    print('TypeError', e)
try:
    LenOnly()[0]
except TypeError as e:
    print('TypeError', e)
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def keys(self):
        return self.d.keys()
mp = Mapping()
mp['a'] = 1
mp['b'] = 2
print(dict(mp), {**mp}, dict(mp, c=3))
def f(**kw):
    return kw
print(f(**mp))
class Aug:
    def __init__(self):
        self.items = []
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        print('aug setitem', k, v)
        self.items[k] = v
a = Aug()
a.items = [1, 2]
a[0] += 10
a[1] *= 3
print(a.items)
lst = [[1], [2]]
lst[0] += [5]
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e, t)
