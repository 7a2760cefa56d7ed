# __index__, __bool__/__len__ truth rules, __missing__, __reversed__, __contains__ fallback via __iter__/__getitem__, __format__.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(1):Idx(7):Idx(2)], 'abcdef'[Idx(2)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(5))[Idx(2)], [0] * Idx(3), 'ab' * Idx(2), bytes(Idx(3)), (1, 2, 3)[Idx(0)], operator_index if False else '')
import operator
print(operator.index(Idx(7)), int(Idx(9)), float(Idx(2)), complex(Idx(1)) if False else '', round(2.5, Idx(0)))
class BadIdx:
    def __index__(self):
        return 'x'
for f in [lambda: seq[BadIdx()], lambda: seq[1.5], lambda: seq['a'], lambda: 'x' * 1.5, lambda: range(BadIdx())]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
print(bool(L(0)), bool(L(3)), bool(B()), not L(0), 'yes' if L(2) else 'no', bool(object()), len(L(4)))
for f in [lambda: bool(BadBool()), lambda: bool(NegLen()), lambda: len(NegLen()), lambda: len(BigLen()), lambda: bool(BigLen()), lambda: len(5)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
print(c['a'], c['zz'], 'zz' in c, c.get('zz'), len(c))
class Default(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]
d = Default()
d['x'].append(1)
print(d)
class MissingRaises(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + key)
try:
    MissingRaises()['k']
except KeyError as e:
    print('KeyError', e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
    def __len__(self):
        return 4
class WithRev(Seq):
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Seq())), list(reversed(WithRev())), 20 in Seq(), 25 in Seq(), list(Seq()), [x for x in Seq()])
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print('TypeError', e)
class ItOnly:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
print(2 in ItOnly(), 5 in ItOnly())
class ContainsWins(ItOnly):
    def __contains__(self, x):
        return 'truthy'
print(1 in ContainsWins(), 1 not in ContainsWins())
class NotIter:
    __iter__ = None
try:
    1 in NotIter()
except TypeError as e:
    print('TypeError', e)
try:
    1 in 5
except TypeError as e:
    print('TypeError', e)
class Fmt:
    def __format__(self, spec):
        return 'Fmt<' + spec + '>'
print(format(Fmt(), 'abc'), f'{Fmt():x>10}', '{:q}'.format(Fmt()), f'{Fmt()!r:>5}'[:1])
class BadFmt:
    def __format__(self, spec):
        return 42
try:
    format(BadFmt())
except TypeError as e:
    print('TypeError', e)
