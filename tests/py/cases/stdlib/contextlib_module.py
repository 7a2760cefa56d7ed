# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext.
import contextlib
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext

log = []
@contextmanager
def tag(name):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled %r' % e)
    finally:
        log.append('exit ' + name)

with tag('a') as v:
    log.append('body ' + v)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('boom')
except ValueError as e:
    log.append('outer ' + str(e))
print(log)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print(type(e).__name__, e)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closed', self.name)
with closing(Resource('r1')) as r:
    print('using', r.name)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(closing(Resource('r2')))
    print('inside stack')

def cleanup_order():
    with ExitStack() as stack:
        stack.push(lambda *exc: print('push saw', exc[0].__name__ if exc[0] else None) or False)
        raise RuntimeError('x')
try:
    cleanup_order()
except RuntimeError as e:
    print('propagated', e)

with nullcontext(5) as n:
    print('null', n)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('managed exit')
with Managed() as m:
    print(type(m).__name__)

@contextmanager
def as_decorator():
    print('start')
    yield
    print('stop')
@as_decorator()
def decorated(x):
    print('decorated', x)
decorated(1)
decorated(2)
