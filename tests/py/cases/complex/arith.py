# complex arithmetic with int, float and complex operands
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0, a ** 0.5, a ** b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** 3, 1j ** 2, 1j ** 1j)
print(-a, +a, abs(-3 - 4j), abs(1j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
print((1 + 2j) * (3 + 4j), (1e308 + 1e308j) / (1e308 + 1e308j), (1 + 1j) / (1e-320j))
print(complex(1, 2) / complex(0, 3), complex(1, 2) / complex(3, 0), complex(1, 2) / 1e-300)
print(2 * complex(float('inf'), 0), 0j ** 0, 0j ** 2, (1+1j) ** 100, (1+1j) ** 101.0, (2+0j) ** -3)
print(True + 1j, 1j * False, 10 ** 20 + 1j, (1 + 2j) ** 1.5, 1.5 ** (1 + 2j), pow(2j, 3), pow(2, 1j))
x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
x /= 2
x **= 2
print(x)
s = 0
for k in range(5):
    s += complex(k, -k)
print(s, sum([1j, 2j, 3]))
for expr in ['1j / 0', '1j / 0j', '1 / 0j', '0j ** -1', '0j ** 1j', '0j ** (-1+0j)', '(1e200j) ** 2', '(1e200+1e200j) ** 1.5',
             'abs(complex(1e308, 1e308))', 'pow(1j, 2, 3)', '1j // 1', '1j % 2', 'divmod(1j, 1)', '1j < 2j', '1j >= 1',
             '1j + "a"', '"a" * 1j', '[1] * 1j', 'round(1j)', '1j & 1', '-(1j) ** 0.5', 'int(1j)', 'float(2j)', 'math_floor(1j)']:
    try:
        print(expr, eval(expr, {'math_floor': lambda v: v.__floor__()}))
    except Exception as e:
        print(expr, type(e).__name__, e)
