# complex: construction, arithmetic, repr, hashing, errors.
vals = [complex(1, 2), complex(-0.0, 0.0), complex(0, -1), 1e300j, complex('1e-5-2.5j'), complex(float('inf'), float('nan'))]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v) if v == v else 'nan')
print(complex('  (1+2j)  '), complex('j'), complex('-j'), complex('1_0j'), complex(5), complex(2.5, 1), complex(1j, 1j), complex('inf-infj'))
for bad in ['1+2', '(1+2j', '1 + 2j', 'j1', '']:
    try:
        complex(bad)
    except ValueError as e:
        print('ValueError', repr(bad), e)
for args in [('1', 2), (1, '2'), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print('TypeError', e)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0.5, 2 ** a, a ** b, abs(a), a == 3 + 4j, a != b, a == 3, (3 + 0j) == 3)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
for op in ['<', '//', '%']:
    try:
        eval('a %s b' % op)
    except TypeError as e:
        print('TypeError', e)
try:
    divmod(a, b)
except TypeError as e:
    print('TypeError', e)
print(hash(1 + 0j) == hash(1), hash(0j) == 0, hash(complex(1, 1)), hash(1j))
class C:
    def __complex__(self):
        return 2 + 3j
class Idx:
    def __index__(self):
        return 4
class Fl:
    def __float__(self):
        return 1.5
print(complex(C()), complex(Idx()), complex(Fl()), complex(Fl(), Fl()))
class CC(complex):
    pass
x = CC(1, 2)
print(type(x).__name__, repr(x), type(x + 1).__name__, x.real, complex.__new__(CC, 3))
print(1j * 1j, (1 + 1j) ** 2, pow(1j, 2), 1j.__abs__(), (2j).__neg__(), (1 + 2j).__getnewargs__(), 1e-320j)
print(repr(complex(1e16, 1e-16)), repr(complex(-1.5, -0.0)), repr(complex(0.0, 1.0)), format(1 + 1j, ''), f'{2-3j:.3}', f'{1j!r}')
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), round(cmath.exp(1j * cmath.pi).real, 10))
