# Context managers: __enter__/__exit__ protocol details, exception suppression, contextlib helpers (contextmanager, suppress, ExitStack, closing, nullcontext).
import contextlib
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('s', suppress=True):
    raise ValueError('swallowed')
try:
    with CM('outer'), CM('inner'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
try:
    with EnterRaises():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('exit failed')
try:
    with ExitRaises():
        raise ValueError('body')
except TypeError as e:
    print('TypeError', e, repr(e.__context__))
@contextlib.contextmanager
def managed(tag):
    print('setup', tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print('handled in generator')
    finally:
        print('teardown', tag)
with managed('x') as v:
    print('got', v)
with managed('y'):
    1 / 0
try:
    with managed('z'):
        raise KeyError('not handled')
except KeyError as e:
    print('KeyError escaped', e)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}['missing']
print('suppressed ok')
with contextlib.ExitStack() as stack:
    for n in 'pq':
        stack.enter_context(CM(n))
    stack.callback(print, 'callback ran')
    print('in stack')
class Closable:
    def close(self):
        print('closed')
with contextlib.closing(Closable()) as c:
    print(type(c).__name__)
with contextlib.nullcontext(5) as five:
    print(five)
def gen_cm_misuse():
    @contextlib.contextmanager
    def twice():
        yield 1
        yield 2
    try:
        with twice():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
gen_cm_misuse()
