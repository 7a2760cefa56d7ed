# int() of strings and floats, str() of ints.
texts = ['0', '7', '-7', '+15', '  42  ', '007', '1_000', '-0',
         '123456789012345678901234567890', '-99999999999999999999999']
for t in texts:
    print(repr(t), int(t))
print(int('ff', 16), int('FF', 16), int('-101', 2), int('777', 8), int('z', 36))
print(int('0x1f', 16), int('0b11', 0), int('0o17', 0), int('0x10', 0), int('10', 0))
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(2.5e15))
print(int(True), int(False), int(5))
print(int(), int('  -12\n'))
for bad in ['', 'abc', '1.5', '12a', '--1', '1 2', '_1', '1__0']:
    try:
        int(bad)
        print('no error for', repr(bad))
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
for n in [0, -1, 10 ** 25, -(10 ** 25), 2 ** 64]:
    s = str(n)
    print(s, len(s), int(s) == n, repr(n) == s)
print(int(str(3 ** 333)) == 3 ** 333)
