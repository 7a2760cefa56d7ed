# complex arithmetic over a grid of operands, compared bit for bit through repr
vals = [0j, 1j, -1j, 1 + 0j, 2.5 - 3j, -0.5 + 0.25j, 1e-300 + 1e300j, 3e200 - 4e200j, complex(-0.0, 0.0),
        complex(float('inf'), 1), complex(1, float('nan')), 7, -2, 0.5, 10 ** 20, True]
out = []
for a in vals:
    for b in vals:
        for name, op in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
                         ('/', lambda x, y: x / y), ('**', lambda x, y: x ** y)]:
            if not isinstance(a, complex) and not isinstance(b, complex):
                continue
            try:
                r = op(a, b)
                out.append(repr(r))
            except (ZeroDivisionError, OverflowError) as e:
                out.append(type(e).__name__ + ': ' + str(e))
for i in range(0, len(out), 5):
    print(' '.join(out[i:i + 5]))
print([abs(v) for v in vals if isinstance(v, complex)])
print([hash(v) for v in vals if isinstance(v, complex) and v == v])
print([(v ** 0.5) for v in [4 + 0j, -4 + 0j, 1j, 3 - 4j]], [(v ** 3) for v in [1 + 1j, 2 - 1j]], (1 + 1j) ** -2, (2j) ** 101)
