# print() arguments and errors, reprs of recursive containers, custom __repr__/__str__ in containers and formats.
import io, sys
print(1, 2, sep='-', end='!\n')
print('a', 'b', sep=None, end=None)
print(*[], sep='x')
buf = io.StringIO()
print('to buffer', 42, file=buf, flush=True)
print(repr(buf.getvalue()))
for bad in [dict(sep=1), dict(end=2), dict(file=5), dict(flush='x'), dict(bogus=1)]:
    try:
        print('x', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(None, file=None)
l = [1]
l.append(l)
d = {}
d['self'] = d
print(l, d, repr((l,)), str([d]))
class R:
    def __repr__(self):
        return 'R()'
    def __str__(self):
        return 'str of R'
print(R(), [R()], (R(),), {R()}, {1: R()}, f'{R()}', f'{R()!r}', '%s %r' % (R(), R()), str(R()), repr([R()]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
try:
    print([BadRepr()])
except TypeError as e:
    print('TypeError', e)
class BadStr:
    def __str__(self):
        raise ValueError('no str')
try:
    print(BadStr())
except ValueError as e:
    print('ValueError', e)
print(str(BadRepr.__mro__[-1]), format(R(), ''), ascii(R()))
sys.stdout.write('direct write\n')
print(sys.stdout.write('abc'), end='\n')
print(len, print, sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout.line_buffering if False else '')
print('\u2603', 'é', b'bytes', bytearray(b'ba'), 1.0, 1j, -0.0, float('inf'), ..., NotImplemented)
