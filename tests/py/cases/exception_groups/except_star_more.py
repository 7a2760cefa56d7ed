# except*: every matching clause runs once, in order; exc_info inside the
# handler; the raised group's traceback and context; finally/else; errors.
import sys

def run(f):
    try:
        f()
        print("returned normally")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                ctx = sub.__context__
                print("  sub", repr(sub), "context:", repr(ctx))

def clauses():
    eg = ExceptionGroup("all", [ValueError("a"), TypeError("b"), KeyError("c"), OSError("d")])
    try:
        raise eg
    except* (ValueError, TypeError) as e:
        print("1", repr(e), sys.exc_info()[0].__name__)
    except* LookupError as e:
        print("2", repr(e))
    except* ValueError as e:
        print("never", e)
    print("after", repr(sys.exc_info()[1]))
run(clauses)

def raise_in_two_handlers():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError as e:
        raise e.exceptions[0]
run(raise_in_two_handlers)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("kbd", repr(e))
run(base_exceptions)

def with_finally():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("handled V")
        finally:
            print("finally runs")
    except* TypeError as e:
        print("outer caught", repr(e))
run(with_finally)

def bad_types():
    for t in (int, (ValueError, "x"), BaseExceptionGroup, (KeyError, ExceptionGroup)):
        try:
            try:
                raise ValueError(1)
            except* t:
                pass
        except TypeError as e:
            print("TypeError", e)
run(bad_types)
