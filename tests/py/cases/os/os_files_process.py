# posix through os: stat_result, open/write/read, listdir/scandir, rename errors with both names,
# symlinks, utime, pipes, walk, unlink/rmdir, fork + waitpid, uname/times/environ. Works in a per-pid
# directory under /tmp that the script creates and removes.
import os, sys
st = os.stat('/etc/passwd')
print(type(st), len(st), st.st_mode, st[0] == st.st_mode, type(st.st_mtime), type(st[8]))
print(isinstance(st, tuple), os.stat_result.n_sequence_fields, os.stat_result.n_fields)
print(st.st_mtime_ns // 10**9 == st[8], st.st_atime == st.st_atime_ns / 1e9 or abs(st.st_atime - st.st_atime_ns / 1e9) < 1e-6)
d = f"/tmp/pystm_os_{os.getpid()}"
os.mkdir(d)
fd = os.open(d + "/a.txt", os.O_WRONLY | os.O_CREAT, 0o644)
print(os.write(fd, b"hello world"), os.write(fd, memoryview(b"!!")), os.get_inheritable(fd))
os.close(fd)
fd = os.open(d + "/a.txt", os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.stat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(sorted(os.listdir(d)), sorted(os.listdir(os.fsencode(d))))
os.mkdir(d + "/sub")
with os.scandir(d) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e, e.name, e.path == os.path.join(d, e.name), e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size if e.is_file() else '-', e.inode() == os.lstat(e.path).st_ino)
os.rename(d + "/a.txt", d + "/b.txt")
try:
    os.rename(d + "/nope", d + "/c")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == d + "/nope", e.filename2 == d + "/c", str(e).replace(d, 'D'))
try:
    os.stat(d + "/missing")
except FileNotFoundError as e:
    print(str(e).replace(d, 'D'), e.filename == d + "/missing")
try:
    os.mkdir(d)
except FileExistsError as e:
    print(str(e).replace(d, 'D'))
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
try:
    os.open(d + "\0x", os.O_RDONLY)
except ValueError as e:
    print(e)
os.symlink("b.txt", d + "/l")
print(os.readlink(d + "/l"), os.path.islink(d + "/l"), os.path.realpath(d + "/l") == os.path.realpath(d + "/b.txt"))
print(os.lstat(d + "/l").st_mode & 0o170000 == 0o120000, os.stat(d + "/l").st_size)
os.link(d + "/b.txt", d + "/hard")
print(os.stat(d + "/b.txt").st_nlink)
print(os.access(d + "/b.txt", os.R_OK), os.access(d + "/zzz", os.F_OK))
os.chmod(d + "/b.txt", 0o600)
print(oct(os.stat(d + "/b.txt").st_mode & 0o777))
os.utime(d + "/b.txt", (1000000000, 1000000000.5))
print(os.stat(d + "/b.txt").st_mtime, os.stat(d + "/b.txt").st_mtime_ns, os.stat(d + "/b.txt").st_atime)
os.utime(d + "/b.txt", ns=(5 * 10**9 + 7, 6 * 10**9 + 9))
print(os.stat(d + "/b.txt").st_mtime_ns)
os.truncate(d + "/b.txt", 4)
print(os.stat(d + "/b.txt").st_size)
r, w = os.pipe()
os.write(w, b"xyz")
print(os.read(r, 10), os.get_inheritable(r), os.get_blocking(r))
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
r2 = os.dup(r)
print(os.get_inheritable(r2))
os.dup2(w, r2)
print(os.get_inheritable(r2))
for x in (r, w, r2):
    os.close(x)
for p in os.walk(d):
    print(p[0].replace(d, 'D'), sorted(p[1]), sorted(p[2]))
cwd = os.getcwd()
os.chdir(d)
print(os.getcwd() == os.path.realpath(d), sorted(os.listdir()))
os.chdir(cwd)
for name in ("l", "hard", "b.txt"):
    os.unlink(d + "/" + name)
os.rmdir(d + "/sub")
os.rmdir(d)
print(os.path.exists(d))
print(os.fspath(b"x"), os.strerror(2), os.fsencode("é"))
print(os.waitstatus_to_exitcode(256), os.WIFEXITED(0), os.WEXITSTATUS(3 << 8), os.WIFSIGNALED(9), os.WTERMSIG(9))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    x = [i * i for i in range(1000)]
    d2 = {str(i): i for i in range(500)}
    print("child", sum(x), len(d2))
    sys.stdout.flush()
    os._exit(3)
p, status = os.waitpid(pid, 0)
print(p == pid, os.waitstatus_to_exitcode(status), "parent still fine", sum(range(100)))
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execv("/bin/echo", ["echo", "from", "exec"])
os.close(w)
out = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    out += chunk
os.close(r)
print(out, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
print(repr(os.uname())[:20], os.uname().sysname, len(os.times()), type(os.times().user))
print(os.environ.get('HOME') is not None, type(os.environb), type(list(os.environb)[0]))
os.environ['PYSTM_TEST_VAR'] = 'v1'
print(os.getenv('PYSTM_TEST_VAR'), os.environb[b'PYSTM_TEST_VAR'])
del os.environ['PYSTM_TEST_VAR']
print(os.getenv('PYSTM_TEST_VAR'))
print(os.getpid() > 0, os.getppid() > 0, os.getuid() == os.geteuid(), type(os.getgroups()))
print(os.cpu_count() >= 1, os.sysconf('SC_PAGESIZE') > 0, 'SC_PAGESIZE' in os.sysconf_names, len(os.urandom(7)))
print(type(os.confstr('CS_PATH')), os.device_encoding(os.open('/dev/null', os.O_RDONLY)))
old = os.umask(0o22); print(os.umask(old) == 0o22)
print(os.get_exec_path()[:0], os.sep, os.pathsep, os.linesep == '\n', os.name, os.curdir, os.devnull)
