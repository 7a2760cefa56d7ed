# More posix: os.system, sched_getaffinity, priorities, process group calls, resuid, grouplist,
# major/minor/makedev, getrandom, fchown, lockf, mknod (a FIFO), ctermid.
import os, sys, pwd
sys.stdout.flush()
print(os.system("echo from system; exit 3"), os.waitstatus_to_exitcode(os.system("true")))
print(len(os.sched_getaffinity(0)) >= 1, os.sched_yield())
print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(os.PRIO_PROCESS, os.getpid()))
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getresuid()[2]), len(os.getresgid()))
print(os.getgid() in os.getgrouplist(pwd.getpwuid(os.getuid()).pw_name, os.getgid()))
dev = os.makedev(8, 1); print(dev, os.major(dev), os.minor(dev))
print(len(os.getrandom(16)), os.ctermid())
d = f"/tmp/pystm_os3_{os.getpid()}"
os.mkdir(d)
fd = os.open(d + "/f", os.O_RDWR | os.O_CREAT, 0o600)
os.fchown(fd, os.getuid(), os.getgid())
os.lockf(fd, os.F_LOCK, 0); os.lockf(fd, os.F_ULOCK, 0)
os.close(fd)
os.mknod(d + "/fifo", 0o600 | 0o010000)
import stat
print(stat.S_ISFIFO(os.stat(d + "/fifo").st_mode))
for n in os.listdir(d):
    os.unlink(d + "/" + n)
os.rmdir(d)
print(hasattr(os, "SEEK_SET"), os.mknod in os.supports_dir_fd)
