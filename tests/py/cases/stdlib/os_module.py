# os on top of the native posix module: paths, stat, directories, files,
# environ, fspath; errors carry errno and the file name.
import os
import os.path
import stat
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(os.name, os.sep, os.curdir, os.pardir, os.linesep == '\n', os.path is sys.modules['os.path'])
print(os.path.basename(__file__), os.path.isfile(__file__), os.path.isdir(here), os.path.exists('/no/such/thing'))
print(os.path.join('a', 'b', 'c.txt'), os.path.splitext('x/y.tar.gz'), os.path.split('/a/b/c'), os.path.normpath('a//b/../c'))
st = os.stat(__file__)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(here).st_mode), st.st_size == os.path.getsize(__file__), len(st), st[6] == st.st_size)
print(type(st).__name__, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))

tmp = os.path.join('/tmp', 'pystm_os_test_%d' % os.getpid())
os.mkdir(tmp)
print(os.listdir(tmp), os.path.isdir(tmp))
name = os.path.join(tmp, 'f.txt')
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world'))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
with open(name) as f:
    print(f.read())
os.rename(name, name + '.bak')
print(sorted(os.listdir(tmp)), os.access(name + '.bak', os.R_OK), os.access(name, os.F_OK))
os.makedirs(os.path.join(tmp, 'a', 'b'), exist_ok=True)
print(sorted(os.listdir(tmp)), [sorted(d) for _, d, _ in os.walk(tmp)])
for root, dirs, files in os.walk(tmp, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(tmp)
print(os.path.exists(tmp))

try:
    os.stat('/no/such/file')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.mkdir('/proc/nope/nope')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(3.5)
except TypeError as e:
    print(type(e).__name__, e)

os.environ['PYSTM_TEST_VAR'] = 'value'
print(os.environ['PYSTM_TEST_VAR'], os.getenv('PYSTM_TEST_VAR'), os.getenv('PYSTM_NOPE', 'dflt'), 'PATH' in os.environ)
del os.environ['PYSTM_TEST_VAR']
print('PYSTM_TEST_VAR' in os.environ, os.environb.get(b'PYSTM_TEST_VAR'))

class P:
    def __fspath__(self):
        return '/tmp'
print(os.fspath(P()), os.fspath('x'), os.fspath(b'y'), os.path.isdir(P()))
try:
    os.fspath(3)
except TypeError as e:
    print(type(e).__name__, e)
print(os.getcwd() == os.path.abspath('.'), isinstance(os.getpid(), int), len(os.urandom(8)), os.strerror(2))
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.cpu_count() > 0)
