# errno: the codes, errorcode, and OSError subclasses chosen by errno.
import errno
import os
print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT])
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(len(errno.errorcode), sorted(errno.errorcode.items())[:5])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:8])
try:
    os.rmdir('/definitely/not/here')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
