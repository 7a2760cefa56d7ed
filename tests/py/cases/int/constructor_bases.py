# int(): all bases 2..36 and 0, prefixes, underscores, whitespace, unicode digits, __int__/__index__/__trunc__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for base in range(2, 37):
    print(base, int('10', base), int('z'[:1] if base == 36 else '1', base), int('-' + '1' * 3, base))
for s, b in [('0x1f', 0), ('0o17', 0), ('0b101', 0), ('0X1F', 16), ('1f', 16), ('0b1', 16), ('017', 0), ('0', 0), ('00', 0),
             ('0_0', 0), ('1_000', 0), ('0x_1f', 0), ('0x1_f', 16), (' +7 ', 10), ('\t-0\n', 0), ('٣٤', 10), ('１２', 0),
             ('z', 36), ('Z', 36), ('10', 1), ('10', 37), ('10', -1), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16),
             ('08', 0), ('0o8', 0), ('12', 2), ('', 10), (' ', 10), ('+', 10), ('- 1', 10), ('1.0', 10), ('0b', 0)]:
    t(lambda: int(s, b))
t(lambda: int()), t(lambda: int(3.99)), t(lambda: int(-3.99)), t(lambda: int('3', base=10)), t(lambda: int(x='3'))
t(lambda: int(3, 10)), t(lambda: int(b'11', 2)), t(lambda: int(bytearray(b'ff'), 16)), t(lambda: int(memoryview(b'12')))
t(lambda: int('1', 2**70)), t(lambda: int('1', 2.0)), t(lambda: int(None)), t(lambda: int([1])), t(lambda: int(1e300))
t(lambda: int(float('inf'))), t(lambda: int(float('nan'))), t(lambda: int('inf')), t(lambda: int(True)), t(lambda: int(3+0j))
class A:
    def __int__(self):
        return 5
class B:
    def __index__(self):
        return 6
class C:
    def __trunc__(self):
        return 7
class D:
    def __int__(self):
        return 'x'
class E:
    def __int__(self):
        return True
class Base:
    def __index__(self):
        return 8
t(lambda: int(A())), t(lambda: int(B())), t(lambda: int(D()))
t(lambda: int('11', Base())), t(lambda: int(A(), 2)), t(lambda: [int(x) for x in ('0', '-0', '+0', '000')])
class S(str):
    pass
t(lambda: int(S('42'))), t(lambda: int(S(' 0x10 '), 0))
