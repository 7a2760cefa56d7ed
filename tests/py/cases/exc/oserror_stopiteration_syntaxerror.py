# OSError errno -> subclass mapping and attributes, StopIteration.value, SyntaxError fields, ImportError/AttributeError/NameError fields.
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ECHILD,
             errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EINTR, errno.ESRCH, errno.ETIMEDOUT,
             errno.EAGAIN, errno.EWOULDBLOCK, errno.EALREADY, errno.EINPROGRESS, errno.ESHUTDOWN, errno.EINVAL, 9999]:
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e), e.args)
print(str(OSError(2, 'No such file', 'a.txt')), str(OSError(2, 'x', 'a', None, 'b')), OSError(2, 'x', 'a', None, 'b').filename2)
print(str(OSError()), str(OSError('just text')), OSError('just text').errno, OSError(1, 2, 3, 4, 5, 6).args, str(OSError(1)))
print(type(FileNotFoundError(17, 'x')).__name__, FileNotFoundError(17, 'x').errno, type(OSError(errno.ENOENT, 'y', 'f')).__name__)
class MyOS(OSError):
    pass
print(type(MyOS(errno.ENOENT, 'x')).__name__)
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    open('/')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.filename)
e = OSError(2, 'x')
e.errno = 5
e.strerror = 'changed'
e.filename = 'f'
print(str(e), e.args)
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(None).value)
def gen2():
    x = yield from gen()
    yield x
print(list(gen2()))
for src in ['def f(:\n  pass', 'a b', 'return 5', 'del 1', 'f(x for x in y, 1)', 'x = 1 +* 2', 'for x in 1:\npass']:
    try:
        compile(src, 'fname.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.args[0])
se = SyntaxError('msg', ('file.py', 3, 4, 'text line', 3, 8))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
print(str(SyntaxError('only msg')), SyntaxError('only msg').lineno, str(SyntaxError('m', ('f', 1, 2, 't'))), SyntaxError().msg)
ie = ImportError('no mod', name='modname', path='/p')
print(ie.name, ie.path, ie.msg, str(ie), ImportError().name)
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, str(e))
try:
    from os import no_such_name_here
except ImportError as e:
    print(type(e).__name__, e.name, str(e))
try:
    undefined_name_q
except NameError as e:
    print(type(e).__name__, e.name, str(e))
try:
    (1).nope
except AttributeError as e:
    print(type(e).__name__, e.name, e.obj, str(e))
ke = KeyError('k')
print(str(ke), str(KeyError('a', 'b')), str(KeyError()), str(KeyError(1)))
ue = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
ue2 = UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')
print(ue2.encoding, ue2.object, ue2.start, ue2.end, str(ue2))
print(str(SystemExit(5)), SystemExit(5).code, SystemExit().code, SystemExit(1, 2).code)
