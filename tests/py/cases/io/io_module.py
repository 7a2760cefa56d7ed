# The io module over _io: ABC registration, Python subclasses of the bases, TextIOWrapper over them,
# IncrementalNewlineDecoder, open_code, text_encoding, context managers and iteration.
import codecs
import io
import _io

print(io.open is open, io.open is _io.open, open.__name__)
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, cls.__module__, issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase),
          issubclass(cls, io.BufferedIOBase), issubclass(cls, io.TextIOBase))
print(isinstance(io.StringIO(), io.IOBase), io.IOBase.__mro__[1] is _io._IOBase)


class Source(io.RawIOBase):
    """A raw stream producing a fixed payload a few bytes at a time."""

    def __init__(self, payload):
        self.payload = payload
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.payload[self.pos:self.pos + 3]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


src = Source(b'alpha\nbeta\ngamma')
print(src.read(4), src.read(), src.closed, src.readable(), src.writable(), src.seekable())
print(Source(b'x\ny\nz').readlines(), list(Source(b'1\n2')), Source(b'abc').readall())
buffered = io.BufferedReader(Source(b'line one\nline two\n'))
print(buffered.readline(), buffered.read())
text = io.TextIOWrapper(io.BufferedReader(Source('héllo\nwörld\n'.encode())), encoding='utf-8')
print(text.readlines())
with Source(b'ctx') as s:
    print(s.read())
print(s.closed)
try:
    s.read()
except ValueError as e:
    print('ValueError', e)


class Sink(io.RawIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)


sink = Sink()
w = io.BufferedWriter(sink, buffer_size=8)
w.write(b'abc')
w.write(b'defghij')
w.write(b'k')
w.flush()
print(sink.parts)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding='utf-8', line_buffering=True)
tw.write('no newline')
print(tw.buffer.raw.parts)
tw.write(' now\n')
print(tw.buffer.raw.parts, tw.line_buffering, tw.write_through)


class Lines(io.TextIOBase):
    def __init__(self):
        self.lines = ['one\n', 'two\n']

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''


print(list(Lines()), Lines().readlines())

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, repr(d.decode('x\r\ny')))
d2 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), translate=False)
print(repr(d2.decode('é\r'.encode()[:1])), repr(d2.decode('é\r\n'.encode()[1:])), d2.newlines)
print(io.text_encoding(None), io.text_encoding('ascii'))
with io.open_code(__file__) as f:
    print(type(f).__name__, f.readline())
try:
    io.open_code(b'x')
except TypeError as e:
    print('TypeError', e)
