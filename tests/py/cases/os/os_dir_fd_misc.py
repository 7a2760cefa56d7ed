# posix calls relative to directory descriptors (dir_fd, scandir/listdir over a fd, os.fwalk),
# supports_* sets, set_wakeup_fd, get_terminal_size off a terminal, statvfs, misc errors.
import os, signal, errno
d = f"/tmp/pystm_os2_{os.getpid()}"
os.mkdir(d)
dfd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
fd = os.open("f.txt", os.O_WRONLY | os.O_CREAT, 0o640, dir_fd=dfd)
os.write(fd, b"12345"); os.close(fd)
print(os.stat("f.txt", dir_fd=dfd).st_size, oct(os.stat("f.txt", dir_fd=dfd).st_mode & 0o777))
os.mkdir("sub", dir_fd=dfd)
os.symlink("f.txt", "ln", dir_fd=dfd)
print(os.readlink("ln", dir_fd=dfd), os.stat("ln", dir_fd=dfd, follow_symlinks=False).st_size)
os.rename("f.txt", "g.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
print(sorted(os.listdir(dfd)), sorted(e.name for e in os.scandir(dfd)))
print(sorted((e.name, e.is_dir(), e.is_symlink()) for e in os.scandir(dfd)))
for root, dirs, files, rootfd in os.fwalk(d):
    print(root.replace(d, "D"), sorted(dirs), sorted(files), type(rootfd))
print(os.access("g.txt", os.R_OK, dir_fd=dfd))
os.unlink("ln", dir_fd=dfd); os.unlink("g.txt", dir_fd=dfd); os.rmdir("sub", dir_fd=dfd)
os.close(dfd)
os.rmdir(d)
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks,
      os.listdir in os.supports_fd, os.utime in os.supports_dir_fd, os.mkdir in os.supports_dir_fd)
try:
    os.scandir("/etc/passwd")
except NotADirectoryError as e:
    print("NotADirectoryError", e.filename)
try:
    os.listdir("/nonexistent")
except FileNotFoundError as e:
    print(e)
try:
    os.get_terminal_size(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(e.args[0].replace(str(w), "W"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda *a: None)
os.kill(os.getpid(), signal.SIGUSR1)
print(os.read(r, 10) == bytes([signal.SIGUSR1]), signal.set_wakeup_fd(-1) == w)
v = os.statvfs("/")
print(type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax > 0)
print(os.path.getsize("/etc/passwd") == os.stat("/etc/passwd").st_size, os.path.isdir("/etc"), os.path.samefile("/etc", "/etc/."))
try:
    os.waitpid(os.getpid(), os.WNOHANG)
except ChildProcessError as e:
    print(e.errno == errno.ECHILD)
print(os.stat_result(tuple(range(10))), os.stat_result(tuple(range(10))).st_atime)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(e)
print(os.terminal_size((80, 24)), os.times().elapsed > 0, os.uname()._fields if hasattr(os.uname(), '_fields') else len(os.uname()))
