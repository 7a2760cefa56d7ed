# Chained tracebacks printed to stdout compare the whole text.
import sys
import traceback


def inner():
    return 1 / 0


def middle():
    try:
        inner()
    except ZeroDivisionError as e:
        raise ValueError('middle failed') from e


def outer():
    try:
        middle()
    except ValueError:
        raise KeyError('outer')


try:
    outer()
except KeyError:
    traceback.print_exc(file=sys.stdout)

print('---')
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError('suppressed') from None
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

print('---')


class CustomError(Exception):
    def __str__(self):
        return 'custom<%s>' % (self.args,)


try:
    try:
        raise CustomError(1, 2)
    finally:
        pass
except CustomError:
    traceback.print_exc(file=sys.stdout)

print('---')
try:
    e = ValueError('with notes')
    e.add_note('note one')
    e.add_note('note two')
    raise e
except ValueError:
    traceback.print_exc(file=sys.stdout)

print('---')
def gen():
    yield 1
    raise TypeError('in generator')

try:
    list(gen())
except TypeError:
    traceback.print_exc(file=sys.stdout)

print('---')
try:
    try:
        raise OSError(2, 'No such file', 'x.txt')
    except OSError as exc:
        raise LookupError('lookup') from exc
except LookupError as exc:
    lines = traceback.format_exception(exc)
    print(len(lines))
    print(''.join(lines), end='')
    print(traceback.format_exception_only(type(exc), exc))
    print(repr(exc.__cause__), exc.__suppress_context__)

print('---')
def recurse(n):
    if n == 0:
        raise ArithmeticError('bottom')
    recurse(n - 1)

try:
    recurse(5)
except ArithmeticError:
    traceback.print_exc(file=sys.stdout)
print('---')
try:
    exec('x = (1 +\n')
except SyntaxError:
    traceback.print_exc(file=sys.stdout)
