# Every builtin function called at least once, with results printed.
import builtins
names = sorted(n for n in dir(builtins) if not n.startswith('_') and callable(getattr(builtins, n))
               and not isinstance(getattr(builtins, n), type))
print(names)
print(abs(-3), abs(-2.5), abs(3+4j), all([]), all([1, 0]), any([0, 0]), any([0, 1]))
print(ascii('héllo\n☃'), ascii([1, 'ü']), bin(10), bin(-10), oct(64), hex(-255))
print(callable(len), callable(1), chr(97), chr(0x2603), ord('☃'), ord(b'a'))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
print(divmod(7, -2), divmod(-7.5, 2), format(3.14159, '.2f'), format(42), format('x', '>3'))
print(getattr(1, 'real'), getattr(1, 'nope', 'default'), hasattr([], 'append'), hash(1) == hash(1.0))
print(isinstance(1, (str, int)), issubclass(bool, int), len('abc'), max(3, 1, 2), min([3, 1, 2]))
print(max([], default='empty'), min('b', 'a', key=str.upper), max([1, 5, 3], key=lambda x: -x))
print(next(iter([1]), None), next(iter([]), 'dflt'), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(repr('a'), round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2), sorted('bca'))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=10))
print(list(zip('ab', [1, 2, 3])), list(map(pow, [2, 3], [2, 2])), list(filter(None, [0, 1, '', 'a'])))
print(list(enumerate('xy', 5)), list(reversed([1, 2, 3])), list(range(10, 0, -3)))
try:
    list(zip('ab', [1], strict=True))
except ValueError as e:
    print('ValueError', e)
g = {'a': 1}
print(eval('a + 1', g), sorted(k for k in g if k != '__builtins__'))
exec('b = a * 10', g)
print(g['b'])
code = compile('x * 2', '<expr>', 'eval')
print(type(code).__name__, eval(code, {'x': 21}), code.co_filename)
print(id(g) == id(g), type(1), vars(type('K', (), {'z': 1})())  )
o = type('O', (), {})()
setattr(o, 'attr', 5)
print(getattr(o, 'attr'))
delattr(o, 'attr')
print(hasattr(o, 'attr'))
print(isinstance(iter(lambda: 1, 2), object), list(iter(iter([1, 2, 3, 4]).__next__, 3)))
it = iter([5, 6, 7])
print(list(iter(lambda: next(it), 7)))
print(dir(o) == sorted(dir(o)), 'attr' in dir(o), '__class__' in dir(o))
print(globals()['__name__'], 'names' in globals(), locals() is globals())
def f():
    x = 1
    return sorted(locals().items())
print(f())
print(format(1234567, ','), format(0.5, '%'), format(255, '#x'), format(-1, '+'), format(1.0, 'g'))
print(breakpoint is not None, isinstance(open, type(len)), print is builtins.print)
print(__import__('math').sqrt(16), __import__('os.path').__name__, __import__('os.path', fromlist=['x']).__name__)
print(__build_class__ is builtins.__build_class__)
class_ = __build_class__(lambda: None, 'Built')
print(class_.__name__, type(class_))
print(aiter.__name__, anext.__name__, memoryview(b'ab').tolist(), bytes(3), bytearray(b'x'))
print(complex('1+2j'), float(' 1.5 '), int('ff', 16), str(b'x', 'ascii'), bool([]), tuple('ab'))
print(frozenset([1, 1]), set('aa'), dict(a=1), list({1: 2}), slice(1, 2), object().__class__)
print(classmethod, staticmethod, property, super, type, NotImplemented, Ellipsis, ...)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    max()
except TypeError as e:
    print('TypeError', e)
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', e.args)
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    round('x')
except TypeError as e:
    print('TypeError', e)
try:
    hash([])
except TypeError as e:
    print('TypeError', e)
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    compile('x', '<s>', 'bogus')
except ValueError as e:
    print('ValueError', e)
try:
    eval('1 +\n')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset, e.text, e.filename)
