# complex: arithmetic incl. division by zero, pow, abs, conjugate, repr/str, complex() parsing and errors, comparisons.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag, a == 3 + 4j, a != b, a == complex(3, 4))
print(a ** 2, a ** 0.5, a ** b, 2 ** a, (1j) ** 2, 0j ** 0, (1 + 0j) ** -1, pow(a, 3), a ** -2)
t(lambda: a / 0), t(lambda: a // 2), t(lambda: a % 2), t(lambda: divmod(a, 1)), t(lambda: 0j ** -1), t(lambda: 0j ** 1j), t(lambda: a < b)
t(lambda: pow(a, 2, 3)), t(lambda: int(a)), t(lambda: float(a)), t(lambda: round(a)), t(lambda: (1e308 + 1e308j) * (1e308 + 1e308j))
for s in ['1+2j', '  (3-4j) ', '5j', '-j', '+1.5e3-2.5E-2J', 'inf+nanj', '1', '(1)', '1_0+2_0j', 'infj', '-1e-3j', 'nan']:
    print(repr(s), complex(s))
for s in ['', '1+', '(1+2j', '1 + 2j', 'j1', '1+2jj', '()', '1++2j', '1_+2j']:
    t(lambda: complex(s))
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.0), complex(real=1, imag=2), complex(1j, 1j), complex(True, False))
t(lambda: complex('1', 2)), t(lambda: complex(1, '2')), t(lambda: complex([])), t(lambda: complex(None))
class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
for z in [0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1j, -1j, complex(1, 0), complex(-1.5, 2.25), complex(float('inf'), 0), complex(0, float('nan')), 1e20 + 1e-20j, complex(1e16, 1)]:
    print(repr(z), str(z), hash(z) == hash(complex(repr(z).strip('()') if 'inf' not in repr(z) and 'nan' not in repr(z) else z)))
print(hash(1 + 0j) == hash(1), hash(complex(0, 1)) == hash(1j), {1: 'int'}[1 + 0j], 1 + 0j == 1, 1j == 1, (1 + 0j) in {1})
print(abs(3 + 4j), abs(complex(float('inf'), float('nan'))), abs(-0j), (1 + 1j).__abs__(), (2j).__neg__(), (1j).__bool__(), bool(0j))
t(lambda: abs(complex(1e308, 1e308)))
