# tempfile: named and anonymous temporary files, spooled files, temporary directories.
import os
import tempfile

with tempfile.TemporaryFile() as f:
    f.write(b'anonymous')
    f.seek(0)
    print(f.read())
with tempfile.NamedTemporaryFile('w+', suffix='.txt', delete=True) as f:
    f.write('named\n')
    f.flush()
    print(f.name.endswith('.txt'), os.path.exists(f.name))
    f.seek(0)
    print(f.read())
    name = f.name
print(os.path.exists(name))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'inner.txt')
    with open(path, 'w') as f:
        f.write('inside')
    print(os.listdir(d), open(path).read())
print(os.path.exists(d))
fd, path = tempfile.mkstemp(prefix='pystm_')
os.write(fd, b'mkstemp')
os.close(fd)
with open(path, 'rb') as f:
    print(f.read(), os.path.basename(path).startswith('pystm_'))
os.remove(path)
d = tempfile.mkdtemp()
print(os.path.isdir(d))
os.rmdir(d)
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('short')
    print(s._rolled)
    s.write(' and now longer than ten')
    print(s._rolled)
    s.seek(0)
    print(s.read())
print(tempfile.gettempdir())
