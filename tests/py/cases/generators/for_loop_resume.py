# Generators driven by a for loop (resumed in the caller's interpreter loop):
# yields, returns, exceptions, StopIteration inside, handled-exception state,
# gi_running / gi_frame, recursion, break and re-entry, nested generators.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i
    return 'done'


print(list(count(3)), [x * 2 for x in count(4)], sum(count(10)))


def watch():
    g = me[0]
    print('running inside:', g.gi_running, g.gi_frame is not None)
    yield sys._getframe().f_back.f_code.co_name
    print('back', sys._getframe().f_back.f_code.co_name)


me = [None]
me[0] = w = watch()


def driver():
    for name in w:
        print('caller seen from the generator:', name)


driver()
print('after:', w.gi_running, w.gi_frame)


def raises_midway():
    yield 1
    raise ValueError('boom')


try:
    for v in raises_midway():
        print('got', v)
except ValueError as e:
    print('caught', e)
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])


def stop_inside():
    yield 1
    raise StopIteration('x')


try:
    for v in stop_inside():
        pass
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__, e.__suppress_context__)


def exc_state():
    try:
        raise KeyError('inner')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise IndexError('outer')
except IndexError:
    for name in exc_state():
        print('in gen:', name, 'caller:', sys.exc_info()[0].__name__)


def reenter():
    g = (i for i in range(3))
    for a in g:
        for b in g:
            print('pair', a, b)


reenter()


def early_break():
    try:
        yield 1
        yield 2
    finally:
        print('finally of early_break')


g = early_break()
for v in g:
    print('first', v)
    break
print('suspended:', g.gi_frame is not None)
g.close()


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield (items[i],) + p


print(len(list(perms([1, 2, 3, 4, 5]))), next(iter(perms('abc'))))


def deep(n):
    if n:
        yield from deep(n - 1)
    yield n


print(sum(deep(200)))


def rec(n):
    for x in rec(n + 1):
        yield x
    yield n


try:
    for x in rec(0):
        pass
except RecursionError as e:
    print('RecursionError')


def send_after():
    x = yield 1
    print('sent', x)
    yield 2


s = send_after()
for v in s:
    print('v', v)


def handler_in_caller():
    for v in count(5):
        try:
            if v == 3:
                raise ZeroDivisionError
        except ZeroDivisionError:
            print('handled at', v)
    print('loop finished')


handler_in_caller()


def gen_raises_into_handler():
    try:
        for v in raises_midway():
            pass
    except ValueError:
        print('handler in the caller frame')
    return 'ok'


print(gen_raises_into_handler())
