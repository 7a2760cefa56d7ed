# OSError constructor maps errno to subclasses; attributes; str forms.
import errno
pairs = [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
         errno.EAGAIN, errno.ECHILD, errno.EINTR, errno.ESRCH, errno.ECONNREFUSED, errno.ECONNRESET,
         errno.EPIPE, errno.ETIMEDOUT, errno.EINVAL, errno.ECONNABORTED, errno.EINPROGRESS, errno.EALREADY]
for code in pairs:
    e = OSError(code, 'msg')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(errno.ENOENT, 'No such file or directory', 'a.txt')
print(type(e).__name__, e.args, e.filename, e.filename2, str(e), repr(e))
e = OSError(errno.EXDEV, 'Cross-device link', 'a', None, 'b')
print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = OSError('just a message')
print(e.errno, e.strerror, e.args, str(e))
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.args, e.errno, e.filename)
e = FileNotFoundError(errno.EACCES, 'x')
print(type(e).__name__, e.errno)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BlockingIOError, OSError))
b = BlockingIOError(errno.EAGAIN, 'would block', 7)
print(b.characters_written, b.args)
try:
    open('/nonexistent/dir/file')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open('/')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.filename)
class MyOSError(OSError):
    pass
m = MyOSError(errno.ENOENT, 'x')
print(type(m).__name__, m.errno)
e = OSError(errno.ENOENT, 'gone')
e.errno = 99
e.strerror = 'changed'
print(e.errno, e.strerror, str(e), e.args)
print(StopIteration(5).value, StopIteration().value, StopAsyncIteration(1).args)
s = SyntaxError('msg', ('f.py', 3, 4, 'text\n', 3, 8))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))
print(str(SyntaxError('only')), SyntaxError().msg)
k = KeyError('k')
print(str(k), str(KeyError()), str(KeyError(1, 2)), repr(k))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
a = AttributeError('x', name='n', obj=5)
print(a.name, a.obj)
n = NameError('y', name='yy')
print(n.name)
im = ImportError('m', name='mod', path='/p')
print(im.name, im.path, im.msg, str(im))
