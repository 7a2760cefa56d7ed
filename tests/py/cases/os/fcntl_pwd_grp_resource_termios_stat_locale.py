# fcntl, pwd, grp, resource, termios, _stat/stat, locale through their public modules.
import os, fcntl, pwd, grp, resource, termios, stat, locale
r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
print(fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) > 0)
path = f"/tmp/pystm_fcntl_{os.getpid()}"
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB); fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX); fcntl.lockf(fd, fcntl.LOCK_UN)
os.close(fd); os.unlink(path)
try:
    fcntl.fcntl(-5 if False else 999, fcntl.F_GETFD)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    fcntl.fcntl("x", 1)
except TypeError as e:
    print(e)
os.close(r); os.close(w)
root = pwd.getpwuid(0)
print(root, root.pw_name, root[0], type(root).__name__, len(root))
print(pwd.getpwnam("root") == root, any(p.pw_uid == 0 for p in pwd.getpwall()))
for bad in (lambda: pwd.getpwuid(4000000), lambda: pwd.getpwnam("no_such_user_x")):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem), grp.getgrnam(g.gr_name) == g, len(grp.getgrall()) > 0)
try:
    grp.getgrnam("no_such_group_x")
except KeyError as e:
    print("KeyError", e)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft), soft <= hard or hard == resource.RLIM_INFINITY, resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), type(u.ru_utime), u.ru_maxrss > 0, resource.getpagesize() > 0)
try:
    resource.getrlimit(999)
except ValueError as e:
    print(e)
try:
    termios.tcgetattr(os.open("/dev/null", os.O_RDONLY))
except termios.error as e:
    print("termios.error", e.args[0], issubclass(termios.error, Exception), termios.error.__module__)
print(termios.TCSANOW, termios.ECHO, termios.VMIN, termios.NCCS)
for m in (0o40755, 0o100644, 0o120777, 0o20620, 0o60660, 0o10600, 0o140755, 0o104755, 0o102755, 0o41777, 0o1000644):
    print(stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_IMODE(m), stat.S_IFMT(m))
print(stat.S_IFDIR, stat.ST_MTIME, stat.UF_HIDDEN)
print(locale.setlocale(locale.LC_ALL, None).split(";")[0])
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.localeconv()["decimal_point"], locale.localeconv()["grouping"])
print(sorted(locale.localeconv()))
print(locale.getpreferredencoding(False), locale.getencoding(), locale.nl_langinfo(locale.CODESET))
print(locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.RADIXCHAR))
print(locale.strcoll("a", "b") < 0, locale.strxfrm("abc"), locale.format_string("%.2f", 1234.5, grouping=True))
try:
    locale.setlocale(locale.LC_ALL, "xx_NOPE")
except locale.Error as e:
    print("locale.Error", e)
print(locale.getlocale(locale.LC_NUMERIC), locale.normalize("en_US"), locale.str(1.5), locale.atof("2.5"))
