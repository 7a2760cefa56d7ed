# Subclasses of built-in types: results of operations (base type vs subclass), overridden __len__/__repr__/__str__ seen by len/bool/format/%.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class A:
    x = 1
t(lambda: A.__dict__['x'])
t(lambda: type('B', (A,), {}).x)
t(lambda: type('C', (), {'__slots__': ('a',)})().__class__.__name__)
t(lambda: type('D', (int,), {})(5) + 1)
t(lambda: type('E', (str,), {})('s').upper())
t(lambda: type('F', (list,), {})([1]) * 2)
t(lambda: type('G', (dict,), {})(a=1) | {'b': 2})
t(lambda: type('H', (float,), {})(1.5).is_integer())
t(lambda: type('I', (tuple,), {})([1]) + (2,))
t(lambda: type('J', (bytes,), {})(b'x').hex())
t(lambda: type('K', (frozenset,), {})([1]) | {2})
t(lambda: type('L', (set,), {})([1]) & {1})
t(lambda: type('M', (complex,), {})(1, 2).imag)
t(lambda: type('N', (Exception,), {})('msg').args)
t(lambda: type('O', (object,), {'__init__': lambda self, v: setattr(self, 'v', v)})(3).v)
class WithNew(int):
    def __new__(cls, v):
        return int.__new__(cls, v + 1)
t(lambda: WithNew(1))
t(lambda: type(WithNew(1)).__name__)
t(lambda: WithNew(1) == 2)
t(lambda: hash(WithNew(1)) == hash(2))
t(lambda: isinstance(WithNew(1), int))
class S(str):
    def __len__(self):
        return 42
t(lambda: len(S('abc')))
t(lambda: S('abc')[0])
t(lambda: S('a') + 'b')
t(lambda: type(S('a') + 'b').__name__)
class L(list):
    def __len__(self):
        return 99
t(lambda: len(L([1])))
t(lambda: bool(L([])))
class D(dict):
    def __len__(self):
        return 7
t(lambda: len(D()))
t(lambda: bool(D()))
class F(float):
    def __repr__(self):
        return 'F!'
t(lambda: repr(F(1.5)))
t(lambda: str(F(1.5)))
t(lambda: f'{F(1.5)}')
t(lambda: '%s %r' % (F(1.5), F(2.5)))
class I(int):
    def __str__(self):
        return 'I-str'
t(lambda: str(I(3)))
t(lambda: repr(I(3)))
t(lambda: f'{I(3)}')
t(lambda: '%d %s' % (I(3), I(4)))
t(lambda: format(I(3), ''))
t(lambda: format(I(3), 'd'))
