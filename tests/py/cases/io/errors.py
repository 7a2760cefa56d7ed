# Errors of open() and the io classes: closed files, unsupported operations, invalid modes and arguments.
import io
import os

p = '/tmp/pystm_io_%d_errors.txt' % os.getpid()
with open(p, 'w') as f:
    f.write('data\n')


def show(label, op):
    try:
        r = op()
        print(label, 'ok', r if not hasattr(r, 'close') else type(r).__name__)
        if hasattr(r, 'close'):
            r.close()
    except Exception as e:
        print(label, type(e).__name__, e)


for mode in ['rw', 'z', '', 'r+b+', 'rtb', 'U', 'rr', 'wx', 'bt']:
    show('mode %r' % mode, lambda: open(p, mode))
show('encoding', lambda: open(p, 'rb', encoding='utf-8'))
show('errors', lambda: open(p, 'rb', errors='strict'))
show('newline', lambda: open(p, 'rb', newline=''))
show('bad newline', lambda: open(p, newline='x'))
show('unbuffered text', lambda: open(p, 'r', buffering=0))
show('unknown encoding', lambda: open(p, encoding='no-such-codec'))
show('file type', lambda: open(1.5))
show('mode type', lambda: open(p, 1))
show('missing', lambda: open('/tmp/definitely/missing/file'))
show('directory', lambda: open('/tmp'))
show('directory w', lambda: open('/tmp', 'w'))
show('embedded null', lambda: open('a\0b'))
show('FileIO mode', lambda: io.FileIO(p, 'rt'))
show('FileIO closefd', lambda: io.FileIO(p, closefd=False))
show('negative fd', lambda: io.FileIO(-1))
show('buffer size', lambda: io.BufferedReader(io.BytesIO(), 0))

t = open(p)
t.close()
for name in ['read', 'readline', 'readlines', 'tell', 'fileno', 'isatty', 'flush', 'readable', '__next__']:
    show('closed text ' + name, getattr(t, name))
show('closed text write', lambda: t.write('x'))
show('closed text seek', lambda: t.seek(0))
show('closed text iter', lambda: iter(t))
show('closed text with', lambda: t.__enter__())
print(t.closed, repr(t).replace(p, 'PATH'))
for mode in ['rb', 'wb', 'r+b']:
    b = open(p, mode)
    b.close()
    for name in ['read', 'read1', 'peek', 'readline', 'flush', 'tell', 'fileno', '__next__']:
        if hasattr(b, name):
            show('closed %s %s' % (mode, name), getattr(b, name))
    show('closed %s write' % mode, lambda: b.write(b'x'))
    show('closed %s seek' % mode, lambda: b.seek(0))
r = open(p, 'rb', buffering=0)
r.close()
for name in ['read', 'readall', 'tell', 'fileno', 'readable', 'isatty']:
    show('closed raw ' + name, getattr(r, name))
print(repr(r))

ro = open(p)
show('text write on reader', lambda: ro.write('x'))
show('text truncate on reader', lambda: ro.truncate())
ro.close()
wo = open(p, 'w')
show('text read on writer', lambda: wo.read())
show('text readline on writer', lambda: wo.readline())
wo.close()
bo = open(p, 'rb')
show('binary write on reader', lambda: bo.write(b'x'))
bo.close()
bw = open(p, 'wb')
show('binary read on writer', lambda: bw.read())
show('binary readline on writer', lambda: bw.readline())
bw.close()
fr = io.FileIO(p)
show('raw write on reader', lambda: fr.write(b'x'))
show('raw truncate on reader', lambda: fr.truncate())
fr.close()
fw = io.FileIO(p, 'w')
show('raw read on writer', lambda: fw.read())
show('raw readinto on writer', lambda: fw.readinto(bytearray(2)))
fw.close()
tt = open(p, 'w+')
show('text nonzero cur seek', lambda: tt.seek(3, 1))
show('text nonzero end seek', lambda: tt.seek(-1, 2))
show('text bad whence', lambda: tt.seek(0, 5))
show('text negative seek', lambda: tt.seek(-1))
show('text write bytes', lambda: tt.write(b'x'))
tt.close()
show('base seek', lambda: io.IOBase().seek(0))
show('base fileno', lambda: io.IOBase().fileno())
show('base truncate', lambda: io.IOBase().truncate())
show('buffered base read', lambda: io.BufferedIOBase().read())
show('buffered base write', lambda: io.BufferedIOBase().write(b''))
show('buffered base detach', lambda: io.BufferedIOBase().detach())
show('text base read', lambda: io.TextIOBase().read())
show('text base write', lambda: io.TextIOBase().write(''))
show('text base readline', lambda: io.TextIOBase().readline())
show('raw base readinto', lambda: io.RawIOBase().readinto(bytearray(1)))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.BlockingIOError is BlockingIOError, io.DEFAULT_BUFFER_SIZE)
os.remove(p)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with open(__file__, 'rb', buffering=1) as f:
        print(len(caught), caught[0].category.__name__, caught[0].message, caught[0].lineno, type(f).__name__)
