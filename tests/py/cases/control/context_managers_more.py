# with-statement protocol: __enter__/__exit__ order, suppression, exceptions in __exit__, multiple items, contextlib.
import contextlib
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append('exit %s %s' % (self.name, et.__name__ if et else None))
        return self.suppress
with CM('a') as x, CM('b') as y:
    log.append(x + y)
print(log); log.clear()
with CM('outer', suppress=True):
    with CM('inner'):
        raise ValueError('boom')
print(log); log.clear()
try:
    with CM('a'), CM('b', suppress=True), CM('c'):
        raise KeyError('k')
    log.append('after')
except KeyError:
    log.append('escaped')
print(log); log.clear()
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
try:
    with BadExit():
        raise ValueError('original')
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def ret_in_with():
    with CM('r'):
        return 'returned'
print(ret_in_with(), log); log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
@contextlib.contextmanager
def gen_cm(v):
    log.append('setup')
    try:
        yield v
    except ZeroDivisionError:
        log.append('handled zde')
    finally:
        log.append('teardown')
with gen_cm(5) as v:
    log.append(v)
with gen_cm(6):
    1 / 0
print(log); log.clear()
with contextlib.suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
with contextlib.ExitStack() as stack:
    for n in 'xyz':
        stack.enter_context(CM(n))
    stack.callback(log.append, 'callback')
print(log); log.clear()
class Exit3:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit args', t, v, tb is not None)
        return 1
with Exit3():
    raise IndexError('x')
with Exit3():
    pass
async_cm_log = []
class ACM:
    async def __aenter__(self):
        async_cm_log.append('aenter')
        return 'av'
    async def __aexit__(self, *a):
        async_cm_log.append(('aexit', a[0].__name__ if a[0] else None))
        return True
async def use():
    async with ACM() as v, ACM():
        async_cm_log.append(v)
        raise ValueError
    return 'done'
c = use()
try:
    c.send(None)
except StopIteration as s:
    print(s.value, async_cm_log)
