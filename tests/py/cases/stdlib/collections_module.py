# collections: deque, defaultdict, namedtuple, Counter, OrderedDict, ChainMap.
from collections import deque, defaultdict, namedtuple, Counter, OrderedDict, ChainMap
import collections

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([8, 9])
print(d, list(reversed(d)), d.count(1), d.index(2))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
d.remove('a'); d.insert(1, 'X'); print(d)
d[0] = 'first'; del d[1]; print(d, d.maxlen)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.remove('missing')
except ValueError as e:
    print(type(e).__name__, e)
try:
    d[99]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.index('zz')
except ValueError as e:
    print(type(e).__name__, e)

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
try:
    m.insert(0, 5)
except IndexError as e:
    print(type(e).__name__, e)
print(deque('abc', 2), deque(maxlen=0), deque(range(3)) == deque([0, 1, 2]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('x'))
dd = deque([1, 2]); dd += [3]; dd *= 2; print(dd)
it = iter(dd)
next(it)
dd.append(0)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
rec = deque([1]); rec.append(rec); print(rec)
cp = d.copy(); cp.clear(); print(d, cp, bool(cp), bool(d))
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__, e)
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total)
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), type(MyDeque([1]).copy()).__name__)

# defaultdict
dl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dl[k].append(v)
print(dl, dl['zz'], len(dl), dl.default_factory)
dc = defaultdict(int)
for ch in 'mississippi':
    dc[ch] += 1
print(sorted(dc.items()), dict(dc) == {'m': 1, 'i': 4, 's': 4, 'p': 2})
nd = defaultdict()
try:
    nd['x']
except KeyError as e:
    print(type(e).__name__, e)
print(nd, defaultdict(None, {1: 2}), defaultdict(str, a=1))
c2 = dc.copy(); print(type(c2).__name__, c2 == dc, c2.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(dl, dict), 'a' in dl, dl.get('nope'), 'nope' in dl)
print(defaultdict(int, {1: 1}) | {2: 2}, {0: 0} | defaultdict(int, {1: 1}))
class DD(defaultdict):
    pass
x = DD(list); x['k'].append(1); x.attr = 5
print(x, x.attr, type(x).__name__)

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), Point.__doc__)
P3 = namedtuple('P3', 'a b c', defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)

# Counter
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:5])
c.update('aaz'); c.subtract({'b': 2})
print(c['a'], c['b'], c['z'], c + Counter('zz'), c - Counter('a' * 10))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, c=2), c.total())

# OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b'); print(od, list(od))
od.move_to_end('c', last=False); print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {'a': 1})

# ChainMap
base = {'a': 1, 'b': 2}; over = {'b': 20}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
cm['c'] = 3; print(over, cm.new_child({'a': 100})['a'], cm.parents)
print(collections.abc.Sequence.__name__, issubclass(deque, collections.abc.MutableSequence))

# repetition with and without maxlen
for d, k in [(deque([1, 2, 3], maxlen=5), 3), (deque([1, 2], maxlen=3), 10**12), (deque([1, 2]), 3), (deque([1, 2], maxlen=4), 2), (deque(), 5), (deque([1]), 0), (deque([1,2,3], maxlen=2), 1)]:
    print(d * k, end=' ')
    d *= k
    print(d)
