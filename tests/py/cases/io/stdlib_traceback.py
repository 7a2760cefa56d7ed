# traceback: format_exc, print_exc into a StringIO, format_exception, extract_tb, print_stack.
import io
import traceback


def fail(n):
    if n == 0:
        raise ValueError('deep failure')
    return fail(n - 1)


try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], text.count('fail(n - 1)'))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    import sys
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.line) for f in frames])
    print(traceback.format_exception_only(etype, value))
    print(len(traceback.format_exception(etype, value, tb)))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('outer') from e
except KeyError:
    lines = traceback.format_exc().splitlines()
    print(lines[-1], any('direct cause' in line for line in lines))
out = io.StringIO()
traceback.print_stack(file=out, limit=1)
print(out.getvalue().splitlines()[-1].strip())
summary = traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)
print(type(summary).__name__, len(summary))
