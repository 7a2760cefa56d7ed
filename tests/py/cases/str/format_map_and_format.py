# str.format / format_map: field names, indexing, attributes, conversions, nested specs and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b} {c}'.format_map(D(a=1)))
print('{x[0]} {x[k]} {y.real} {0}'.format(7, x={0: 'zero', 'k': 'kay'}, y=3j))
print('{0!r} {0!s} {0!a} {1!r:>8}'.format('é', 'x'))
print('{:{w}.{p}f}|{:>{}}'.format(3.14159, 'ab', 6, w=10, p=2))
print('{{}} {{{0}}} }}{{'.format(5))
print('{0[1][0]} {0[2]}'.format([1, [2, 3], 'x']))
print('{} {} {}'.format(*'abc'), '{2}{1}{0}'.format(*'abc'))
class Obj:
    attr = 'A'
    def __getitem__(self, k):
        return 'item:' + repr(k)
print('{0.attr} {0[5]} {0[-1]} {0[ x ]}'.format(Obj()))
print('{a.attr}'.format_map({'a': Obj()}))
t(lambda: '{'.format())
t(lambda: '}'.format())
t(lambda: '{0}{}'.format(1, 2))
t(lambda: '{}{0}'.format(1, 2))
t(lambda: '{1}'.format(1))
t(lambda: '{a}'.format(1))
t(lambda: '{a}'.format_map({}))
t(lambda: '{0!x}'.format(1))
t(lambda: '{0!}'.format(1))
t(lambda: '{0.}'.format(1))
t(lambda: '{0[}'.format(1))
t(lambda: '{0.nope}'.format(1))
t(lambda: '{0[0]}'.format(1))
t(lambda: '{:{}{}}'.format(1, 2))
t(lambda: '{:{:{}}}'.format(1, 2, 3))
t(lambda: '{0:d}'.format('s'))
t(lambda: '{!r:}{x'.format(1))
t(lambda: 'x'.format_map(5))
t(lambda: '{0}'.format_map([1]))
t(lambda: '{}'.format_map({}))
print('{!r}'.format_map({0: 1}) if False else 'skip')
print(format('x'), '{:}'.format(3), '{0:}'.format('a'))
