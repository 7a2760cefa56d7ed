# complex(a, b) over a grid of argument types (checks before conversions), mixed operators with int/float subclasses and huge ints
class F(float): pass
class I(int): pass
vals = [0, 1, -3, True, 2.5, -0.0, F(1.5), I(4), 1j, 2-3j, 10**400, '1+1j', 'x', None, [], b'1']
for a in vals:
    for b in [None] + vals:
        try:
            r = complex(a) if b is None else complex(a, b)
            print(repr(a), repr(b), r)
        except Exception as e:
            print(repr(a), repr(b), type(e).__name__, e)
for a in [1j, 2 + 0j]:
    for b in [I(3), F(0.5), True, 10 ** 400, 2 ** 70]:
        for op in ['+', '-', '*', '/', '**', '==', '!=']:
            for expr in ['a %s b' % op, 'b %s a' % op]:
                try:
                    print(expr, repr(eval(expr)))
                except Exception as e:
                    print(expr, type(e).__name__, e)
print(complex('1e400'), complex('-1e-400j'), complex(' 12 '), (1+2j).real.__class__, hash(1e400 * 1j) == hash(complex(0, float('inf'))))
