# complex: literals, construction, parts, repr/str
print(1j, 2+3j, -1j, 0j, -0j, 1.5j, 1e300j, 3 - 4j)
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(complex(-0.0, -0.0)))
nan = float('nan'); inf = float('inf')
for c in [complex(nan, nan), complex(0, -nan), complex(inf, -inf), complex(1, inf), complex(-inf, 0),
          complex(1e16, 1e-5), complex(123456789012345678, 0.1), complex(2.5, 1e-320)]:
    print(repr(c), str(c))
print(type(1j).__name__, type(1j) is complex, isinstance(1j, complex))
c = 3 + 4j
print(c.real, c.imag, c.conjugate(), abs(c), type(c.real).__name__)
print(complex(), complex(1), complex(1.5), complex(2, 3), complex(1j, 1j), complex(1+2j, 3+4j))
print(complex(real=1, imag=2), complex(imag=2), complex(real=5), complex(True, False))
print(complex(2+3j) is not None, complex(1, 2.5).imag)
for s in ['1+2j', ' ( 1-2j ) ', 'j', '-j', '+J', '1e3j', '1E-2-3.5e2J', 'inf+nanj', '-infinityj', '1_000+2_0j',
          '3', ' 4.5 ', '.5j', '5.j', '-1.5-j', 'NaN', '(j)']:
    print(repr(s), complex(s))
for s in ['', '1+', 'j1', '1+2', '1 + 2j', '((1))', '1__0', '_1', '1+2jj', '(1+2j', '1+2j)', 'abc', '1e', '+-1j', '\x00']:
    try:
        print(complex(s))
    except ValueError as e:
        print('ValueError', e)
for args in [([],), (1, []), (1, 'x'), ('1', 2), (b'1',), (None,), (1, None)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    complex(1, real=2)
except TypeError as e:
    print('TypeError', e)
try:
    complex(foo=2)
except TypeError as e:
    print('TypeError', e)

class WithComplex:
    def __complex__(self):
        return 5 - 6j
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.0
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
print(complex(WithComplex(), 1))
try:
    complex(Bad())
except TypeError as e:
    print('TypeError', e)
for v in [1j, 1+0j, 0j, complex(0, -0.0)]:
    print(bool(v))
for bad in [int, float]:
    try:
        bad(1j)
    except TypeError as e:
        print('TypeError', e)
print(dir(complex) == sorted(dir(complex)), 'conjugate' in dir(complex), hasattr(1j, '__floordiv__'))
