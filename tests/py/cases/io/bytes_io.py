# io.BytesIO: read/write/seek, readinto, getbuffer, truncate, lines, errors, subclassing.
import io

b = io.BytesIO(b'hello\nworld\nend')
print(b.read(3), b.read1(2), b.readline(), b.readline(3), b.readlines(), b.read(), b.tell())
b.seek(0)
print(list(b), b.seek(-3, 2), b.read())
b.seek(2)
print(b.write(b'XY'), b.getvalue())
b.seek(20)
b.write(b'!')
print(b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(1)
print(b.truncate(), b.getvalue())
buf = bytearray(5)
c = io.BytesIO(b'abcdefg')
print(c.readinto(buf), buf, c.readinto(buf), buf)
mv = memoryview(bytearray(4))
c.seek(0)
print(c.readinto(mv), bytes(mv))
c.write(bytearray(b'12'))
c.write(memoryview(b'34'))
print(c.getvalue())
c.writelines([b'x', b'y'])
print(c.getvalue(), bytes(c.getbuffer()), len(c.getbuffer()))
print(c.readable(), c.writable(), c.seekable(), c.isatty(), c.flush(), c.closed)
print(io.BytesIO(b'1\n2\n3\n').readlines(2), io.BytesIO().read(), io.BytesIO(b'ab').read(-1))
print(io.BytesIO(b'ab').read(None), io.BytesIO(bytearray(b'xy')).getvalue())
with io.BytesIO(b'ctx') as d:
    print(d.read())
print(d.closed)
for op in [lambda: d.read(), lambda: d.getvalue(), lambda: d.tell(), lambda: d.readable(), lambda: d.write(b'')]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
e = io.BytesIO(b'abc')
for op in [lambda: e.seek(-1), lambda: e.seek(0, 3), lambda: e.write('x'), lambda: e.truncate(-1),
           lambda: e.read('x')]:
    try:
        op()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
print(e.seek(-10, 2), e.seek(2, 1), e.seek(1, 1))
print(e.__getstate__())
f = io.BytesIO()
f.__setstate__((b'state', 2, None))
print(f.read())


class Counting(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.reads = 0

    def read(self, n=-1):
        self.reads += 1
        return super().read(n)


g = Counting(b'xyz')
print(g.read(1), g.read(), g.reads, isinstance(g, io.BufferedIOBase), issubclass(io.BytesIO, io.IOBase))
h = io.BytesIO()
for i in range(3000):
    h.write(b'%d,' % i)
print(len(h.getvalue()), h.getvalue()[-10:])
