# Exception state: sys.exc_info in nested handlers, the except variable is deleted, bare raise preserves the traceback, finally ordering.
import sys
def show(tag):
    et, ev, tb = sys.exc_info()
    print(tag, et.__name__ if et else None, ev, tb is not None, sys.exception() is ev)
show('outside')
try:
    raise ValueError('outer')
except ValueError:
    show('in outer')
    try:
        raise KeyError('inner')
    except KeyError:
        show('in inner')
    show('back in outer')
show('after')
try:
    raise TypeError('bound')
except TypeError as err:
    pass
try:
    err
except NameError as e:
    print('NameError', e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print('depth', depth, e)
def raise_new_in_except():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise RuntimeError('second')
try:
    raise_new_in_except()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def order():
    log = []
    try:
        try:
            log.append('try')
            raise KeyError('k')
        finally:
            log.append('inner finally')
    except KeyError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('outer finally')
    return log
print(order())
def exc_in_finally():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def handler_returns():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[0].__name__
    finally:
        print('finally sees', sys.exc_info()[0])
print(handler_returns())
def generator_state():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
g = generator_state()
print(next(g))
show('between yields')
print(next(g))
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('exit sees', exc[0].__name__ if exc[0] else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return False
try:
    with Ctx():
        raise IndexError('in with')
except IndexError:
    pass
try:
    try:
        raise ValueError('a')
    except ValueError as e:
        raise e from e
except ValueError as e:
    print(e.__cause__ is e, e.__context__ is e)
def nested_reraise():
    try:
        raise ValueError('v')
    except ValueError:
        try:
            raise KeyError('k')
        except KeyError:
            pass
        raise
try:
    nested_reraise()
except ValueError as e:
    print('reraised the right one:', repr(e))
except KeyError as e:
    print('wrong one', repr(e))
