# Binary operator dispatch: __op__, NotImplemented, __rop__, subclass priority, in-place fallback to binary, error texts.
class Log:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
def make(name, forward=True, reflected=True, inplace=False, result=None):
    ns = {}
    for op in ops:
        if forward:
            ns['__%s__' % op] = (lambda op: lambda self, other: (self.name, op, other) if result is None else result)(op)
        if reflected:
            ns['__r%s__' % op] = (lambda op: lambda self, other: (self.name, 'r' + op, other))(op)
        if inplace:
            ns['__i%s__' % op] = (lambda op: lambda self, other: (self.name, 'i' + op, other))(op)
    ns['__init__'] = lambda self: Log.__init__(self, name)
    return type(name, (Log,), ns)
F = make('F', reflected=False)
R = make('R', forward=False)
N = make('N', result=NotImplemented)
I = make('I', inplace=True)
f, r, n, i = F(), R(), N(), I()
print(f + 1, 1 + r, f + r, f - r, divmod(f, 1), divmod(1, r), pow(f, 2), pow(2, r), 2 ** r, f @ r)
print(n + r, n * r, n ** r)
for a, b in [(n, 1), (1, n), (f, f), (r, r)]:
    for sym, fn in [('+', lambda a, b: a + b), ('&', lambda a, b: a & b), ('//', lambda a, b: a // b), ('divmod', divmod), ('**', pow)]:
        try:
            print(sym, fn(a, b))
        except TypeError as e:
            print('TypeError', e)
x = i
x += 1
print(x)
x = f
x += 1
print(x)
x = r
try:
    x += r
except TypeError as e:
    print('TypeError', e)
x = 5
x += r
print(x)
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.radd'
class Sub2(Base):
    pass
print(Base() + Sub(), Sub() + Base(), Base() + Sub2())
class IN:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
y = IN()
y += 1
print(y)
class OnlyI:
    def __iadd__(self, o):
        return NotImplemented
z = OnlyI()
try:
    z += 1
except TypeError as e:
    print('TypeError', e)
try:
    z -= 1
except TypeError as e:
    print('TypeError', e)
lst = [1]
alias = lst
lst += (2, 3)
print(lst is alias, lst)
try:
    lst + (4,)
except TypeError as e:
    print('TypeError', e)
t = (1,)
t2 = t
t += (2,)
print(t is t2, t)
class Pw:
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o, mod=None):
        return ('rpow', o, mod)
print(pow(Pw(), 2, 3), Pw() ** 2, 2 ** Pw())
try:
    pow(2, Pw(), 3)
except TypeError as e:
    print('TypeError', e)
for expr in ['[] - []', '{} + {}', '"a" * 2.0', '1 @ 1', 'None < None', '[1] < (1,)', '~1.5', '-"x"', '+[]', '"%d" % "x"', '3 // "a"', 'b"a" + "a"']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, 'TypeError', e)
