# complex equality, hashing, dict keys, formatting
print(1 + 0j == 1, 1 == 1 + 0j, 1j == 1j, 1j != 2j, 2.5 + 0j == 2.5, 1j == 0, 1j == 'x', 1j != None)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, 10 ** 400 == 1j)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j), hash(3 + 4j), hash(-1 - 1j),
      hash(complex(1e300, -2.5)), hash(complex(float('inf'), 1)), hash(complex(-1, 0)))
d = {1: 'int', 2j: 'two-j'}
d[1 + 0j] = 'complex'
print(d, d[2j], {1j, 1j, 2, 2 + 0j})
print(1j in [0, 1j], (1 + 0j) in {1})
for spec in ['', '.3', '.2f', '10.1f', '<20', '^20', '*>20', '+', ' ', '-', 'e', '.3E', 'g', '.10g', 'G', 'n', ',', '_.2f',
             '+.1f', '#', '#g', '#.0f', 'z.1f', '15', '=10', '010', '0>10', 'd', '%', 'x', 's', '.1']:
    for v in [1 + 2j, -1.5j, complex(-0.0, 0.0), complex(1234567.891, -9876.5), 0j, complex(float('nan'), float('inf'))]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), 'ValueError', e)
print(f'{1+2j}', f'{3j:>8}', f'{1.23456+1j:.2f}', '{:.1f}'.format(2j), '%s %r' % (1j, 2j))
print(str(1j), repr(1j), (1j).__getnewargs__(), (1j).__complex__())
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c == 1 + 2j, isinstance(c, complex), -c, type(+c).__name__)
