# dict subclasses: which operations call overridden methods (CPython's fast paths ignore them), __missing__, __repr__, copy, fromkeys.
class Logged(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v)
    def __contains__(self, k):
        print('contains', k)
        return super().__contains__(k)
    def keys(self):
        print('keys called')
        return super().keys()
d = Logged(a=1)
d['b'] = 2
print(d['a'], d.get('a'), 'a' in d, d.setdefault('c', 3))
d.update({'e': 5})
print(dict(d), {**d}, list(d), len(d), type(d.copy()).__name__, type(Logged.fromkeys('xy')).__name__, Logged.fromkeys('xy', 0))
def f(**kw):
    return sorted(kw)
print(f(**d))
class Default(dict):
    def __missing__(self, key):
        print('missing', key)
        return key * 2
dd = Default(x=1)
print(dd['x'], dd['ab'], dd.get('zz'), 'zz' in dd, dd.pop('x'), dd)
try:
    dd.pop('nope')
except KeyError as e:
    print('KeyError', e)
class Repr(dict):
    def __repr__(self):
        return 'Repr(' + super().__repr__() + ')'
print(Repr(a=1), str(Repr(b=2)), [Repr()], repr({'k': Repr()}))
class Eq(dict):
    def __eq__(self, other):
        return 'custom eq'
print(Eq() == {}, {} == Eq(), Eq() != {})
class WithInit(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = 'attr'
w = WithInit([('a', 1)], b=2)
print(w, w.extra, w.__dict__, isinstance(w, dict), type(w | {'c': 3}).__name__, type({'c': 3} | w).__name__)
w |= {'z': 0}
print(type(w).__name__, w)
import collections
od = collections.OrderedDict([('b', 1), ('a', 2)])
od.move_to_end('b')
print(od, list(od), od.popitem(last=False), od == {'a': 2}, collections.OrderedDict(a=1) == collections.OrderedDict(a=1))
cnt = collections.Counter('abracadabra')
print(cnt.most_common(2), cnt['z'], sorted(cnt.items()), cnt + collections.Counter('aa'), sorted((cnt - collections.Counter('a' * 10)).items()))
dfd = collections.defaultdict(list)
dfd['k'].append(1)
print(dfd, dfd.default_factory, dict(dfd), collections.defaultdict(int)['missing'])
ch = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(ch['a'], ch['b'], len(ch), sorted(ch), ch.maps, dict(ch))
