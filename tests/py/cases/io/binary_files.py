# Binary files: buffered reader/writer/random, raw FileIO, readinto, peek, read1, seek/tell, truncate, detach.
import io
import os

p = '/tmp/pystm_io_%d_binary.bin' % os.getpid()

with open(p, 'wb') as f:
    print(type(f).__name__, f.mode, f.name == p, f.writable(), f.readable(), f.seekable())
    print(f.write(b'0123456789\n'), f.write(bytearray(b'abc\n')), f.write(memoryview(b'xyz')))
    print(f.tell())
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode, f.read(3), f.peek(2)[:2], f.read1(4), f.readline(), f.tell())
    print(f.readlines(), f.read(), f.read(5))
    f.seek(-4, 2)
    print(f.read(), f.seek(2), f.read(2), f.seek(1, 1), f.read(1))
    b = bytearray(6)
    f.seek(0)
    print(f.readinto(b), b, f.readinto1(b), b)
with open(p, 'rb') as f:
    print(list(f))
with open(p, 'r+b') as f:
    print(type(f).__name__, f.mode)
    print(f.read(4))
    f.write(b'WXYZ')
    f.seek(0)
    print(f.read())
    f.seek(0)
    f.write(b'..')
    print(f.read(3), f.tell())
    print(f.truncate(6), f.tell())
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'ab') as f:
    f.write(b'+tail')
with open(p, 'a+b') as f:
    print(f.mode, f.tell())
    f.seek(0)
    print(f.read())
with open(p, 'w+b') as f:
    f.write(b'big' * 5000)
    f.seek(0)
    print(len(f.read()), f.tell())
    f.seek(100)
    print(f.read(6))

# Unbuffered raw FileIO.
with open(p, 'rb', buffering=0) as r:
    print(type(r).__name__, r.mode, r.closefd, r.read(3), len(r.readall()), r.read(), r.tell())
    print(r.seek(0), r.read(2), r.seekable(), r.isatty())
raw = io.FileIO(p, 'w')
print(raw.write(b'raw data'), raw.mode, raw.closed)
raw.close()
print(raw.closed, repr(raw))
raw = io.FileIO(p)
print(raw.readall(), raw.readable(), raw.writable())
fd = raw.fileno()
nofd = io.FileIO(fd, 'r', closefd=False)
nofd.seek(0)
print(nofd.read(3), nofd.closefd)
nofd.close()
raw.seek(0)
print(raw.read(3))
raw.close()

# Buffered layers stacked by hand, detach, small buffer sizes.
raw = io.FileIO(p, 'w')
bw = io.BufferedWriter(raw, buffer_size=4)
for i in range(10):
    bw.write(b'%d' % i)
print(bw.tell(), bw.raw is raw)
detached = bw.detach()
print(detached is raw, repr(bw))
try:
    bw.write(b'x')
except ValueError as e:
    print('ValueError', e)
raw.close()
br = io.BufferedReader(io.FileIO(p), 3)
print(br.read(2), br.read(5), br.read())
br.close()
t = io.TextIOWrapper(io.BufferedReader(io.FileIO(p)), encoding='ascii')
print(t.read(), t.encoding, type(t.buffer).__name__)
t.close()
print(t.closed, t.buffer.closed, t.buffer.raw.closed)

# Text over BytesIO, and a pair.
bio = io.BytesIO()
tw = io.TextIOWrapper(bio, encoding='utf-8', newline='\r\n')
tw.write('one\ntwo\n')
tw.flush()
print(bio.getvalue())
tw.seek(0)
print(tw.readlines())
tw2 = io.TextIOWrapper(io.BytesIO('ÿ\n'.encode('latin-1')), encoding='latin-1')
print(tw2.read(), tw2.tell())
pair = io.BufferedRWPair(io.BytesIO(b'reader side'), io.BytesIO())
print(pair.read(6), pair.peek(1)[:1], pair.readable(), pair.writable(), pair.write(b'w'), pair.closed)
os.remove(p)
