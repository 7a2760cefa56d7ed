# float arithmetic corner cases: divmod/%/// signs, division by zero, pow domain errors, comparisons with ints.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for a in [7.5, -7.5, 0.0, -0.0, 1e308, 3.0]:
    for b in [2.0, -2.0, 0.5, -0.25, float('inf'), float('-inf'), 2]:
        print(a, b, a % b, a // b, divmod(a, b), a / b, math_fmod if False else '', end=' | ')
    print()
t(lambda: 1.0 / 0), t(lambda: 1.0 // 0.0), t(lambda: 1.0 % 0.0), t(lambda: divmod(1.0, 0)), t(lambda: 0.0 ** -1)
t(lambda: (-8.0) ** (1 / 3)), t(lambda: 10.0 ** 400), t(lambda: 2.0 ** 1024), t(lambda: (-2.0) ** 0.5), t(lambda: 1e308 * 10)
t(lambda: pow(2.0, 3, 5)), t(lambda: 0.0 ** 0), t(lambda: float('nan') ** 0), t(lambda: 1 ** float('nan')), t(lambda: (-1.0) ** float('inf'))
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan], 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(10**400 > 1e308, -10**400 < -1e308, 10**400 > float('inf'), 10**400 == float('inf'), 1 < nan, 3 == 3.0, hash(3) == hash(3.0))
print(float('1_000.5'), float(' -1e3\n'), float('+.5'), float('INF'), float('-nAn'), float(b'2.5'), float(bytearray(b'3')))
for s in ['1__0', '_1', '1_', '', ' ', '1e', 'e5', '0x10', '1.2.3', 'infinity1', '1,5', '١٢٣']:
    t(lambda: float(s))
t(lambda: float([])), t(lambda: float(None)), t(lambda: float(10**400)), t(lambda: 2.5 + 'a'), t(lambda: 2.5 < 'a')
class F:
    def __float__(self):
        return 1
t(lambda: float(F()))
class G:
    def __index__(self):
        return 7
print(float(G()), (2.5).__round__(), (2.5).__round__(1), (1.5).conjugate(), (2.0).real, (2.0).imag)
print((3.0).__divmod__(2), (3.0).__rdivmod__(7), (3.0).__rpow__(2), (3.0).__rsub__(1))
print((3.0).__eq__('x'), (3.0).__lt__(None), (3.0).__add__('x'))
