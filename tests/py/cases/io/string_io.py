# io.StringIO: writes, reads, positions, newline modes, truncate, closed errors, state.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'), s.write('€ end'))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.read()))
print(repr(s.read()), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()))
s.seek(0, 2)
s.write('!')
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write('z')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.newlines, s.closed)

t = io.StringIO('a\nb\nc')
print(list(t), t.readlines())
t.seek(0)
print(t.readlines(), [line for line in io.StringIO('x\ny\n')])
print(io.StringIO('1\n2\n3\n4\n').readlines(3))
for nl in [None, '', '\n', '\r', '\r\n']:
    u = io.StringIO(newline=nl)
    u.write('a\r\nb\rc\nd')
    print(repr(nl), repr(u.getvalue()), u.newlines)
    u.seek(0)
    print('  ', [line for line in u])
print(repr(io.StringIO('x\ny\r\n', newline=None).getvalue()))

with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
for op in [lambda: c.read(), lambda: c.write('x'), lambda: c.getvalue(), lambda: c.tell(), lambda: c.seek(0),
           lambda: c.readable(), lambda: iter(c), lambda: c.readline()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
d = io.StringIO('abc')
for op in [lambda: d.seek(-1), lambda: d.seek(1, 1), lambda: d.seek(0, 3), lambda: d.write(b'x'),
           lambda: io.StringIO(newline='x'), lambda: d.truncate(-1), lambda: io.StringIO(b'x'), lambda: d.read('x'),
           lambda: d.seek(1.5)]:
    try:
        op()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(d.seek(0, 2), d.seek(0, 1), d.seek(1))
state = io.StringIO('state', newline='\r\n').__getstate__()
print(state)
e = io.StringIO()
e.__setstate__(('restored\n', None, 3, {'tag': 1}))
print(repr(e.read()), e.tag)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


w = Upper()
print('mixed', file=w)
w.writelines(['a', 'b\n'])
print(repr(w.getvalue()), isinstance(w, io.TextIOBase), type(w).__mro__[1].__name__)
big = io.StringIO()
for i in range(2000):
    big.write('line %d\n' % i)
print(len(big.getvalue()), big.getvalue().count('\n'))
big.seek(0)
print(sum(1 for _ in big))
