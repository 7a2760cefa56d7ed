# ExceptionGroup tracebacks printed like CPython 3.11 (nested groups, notes, chaining).
import sys
import traceback


def fail(n):
    raise ValueError('bad %d' % n)


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup('many', errors)


try:
    collect()
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)

print('---')
try:
    inner = ExceptionGroup('inner', [TypeError('t'), KeyError('k')])
    outer = BaseExceptionGroup('outer', [inner, OSError(5, 'io')])
    outer.add_note('a note on the group')
    raise outer
except BaseExceptionGroup:
    traceback.print_exc(file=sys.stdout)

print('---')
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('handler failed')
except BaseException:
    traceback.print_exc(file=sys.stdout)
print('---')
try:
    try:
        raise ZeroDivisionError('cause')
    except ZeroDivisionError as z:
        raise ExceptionGroup('chained', [IndexError('i')]) from z
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
