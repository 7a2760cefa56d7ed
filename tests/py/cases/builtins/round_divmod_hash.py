# round, divmod, abs, hash across numeric types: equal numbers hash equal; ints, floats, Fractions-free checks.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, -1, 2**61 - 1, 2**61, -2**61, 2**100, 10**30, -10**30, 2**64 + 1]:
    print(v, hash(v) == hash(float(v)) if abs(v) < 2**1000 else '', hash(v) == hash(complex(v, 0)), hash(v))
for v in [0.5, -0.5, 1.25, 1e300, -1e-300, 2.0**70, float('inf'), float('-inf')]:
    print(v, hash(v), hash(complex(v)) == hash(v))
print(hash(True), hash(False), hash(1.0) == hash(1) == hash(True), hash(-1), hash(-2), hash(0.0) == hash(-0.0), hash(1j) == hash(complex(0, 1)))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, hash(float('nan')) == hash(float('nan')) if False else 'nan')
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])), hash(()) , hash((1,)), hash((1, (2, 3))))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(range(3)) == hash(range(3)) if False else '')
t(lambda: hash([])), t(lambda: hash({})), t(lambda: hash((1, []))), t(lambda: hash(set())), t(lambda: hash(bytearray()))
for a, b in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-7.5, 2), (7, 2.5), (2**70, 7), (0.0, -3), (True, 2), (1e300, 1e-300)]:
    t(lambda: divmod(a, b))
t(lambda: divmod(1, 0)), t(lambda: divmod(1.0, 0.0)), t(lambda: divmod(1j, 1)), t(lambda: divmod('a', 1)), t(lambda: divmod(1))
for v in [-3, 3.5, -0.0, -2**70, True, False, 3-4j, -float('inf')]:
    t(lambda: abs(v))
t(lambda: abs('x')), t(lambda: abs(None))
for v, n in [(2.5, None), (2.5, 0), (1234.5678, 2), (1234.5678, -2), (1234, -2), (1250, -2), (1350, -2), (-1250, -2), (2**70, -5), (True, 0)]:
    t(lambda: (round(v, n), type(round(v, n)).__name__))
t(lambda: round('1')), t(lambda: round(1, '1')), t(lambda: round(1+1j)), t(lambda: round(number=2.5)), t(lambda: round(2.5, ndigits=0))
class R:
    def __round__(self, n=None):
        return ('R', n)
t(lambda: round(R())), t(lambda: round(R(), 3)), t(lambda: round(R(), None))
class Ab:
    def __abs__(self):
        return 'abs!'
t(lambda: abs(Ab()))
class Dm:
    def __divmod__(self, o):
        return ('dm', o)
    def __rdivmod__(self, o):
        return ('rdm', o)
t(lambda: divmod(Dm(), 1)), t(lambda: divmod(1, Dm()))
