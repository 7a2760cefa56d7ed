# Exception attributes: args, str/repr forms, __notes__/add_note, __cause__/__context__/__suppress_context__, with_traceback.
for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(None), KeyError('k'), KeyError(), KeyError('a', 'b'),
          UnicodeError('u'), StopIteration(5), SystemExit(3), BaseException(1)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('base')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError', err)
e.__notes__ = 'not a list'
try:
    e.add_note('x')
except TypeError as err:
    print('TypeError', err)
try:
    try:
        raise KeyError('inner')
    except KeyError as inner:
        raise ValueError('outer') from inner
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('implicit')
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('none') from None
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
ex = RuntimeError('r')
ex.__cause__ = TypeError('t')
print(ex.__suppress_context__, repr(ex.__cause__))
for bad in [5, 'x']:
    try:
        ex.__cause__ = bad
    except TypeError as err:
        print('TypeError', err)
    try:
        ex.__context__ = bad
    except TypeError as err:
        print('TypeError', err)
try:
    raise ValueError from 5
except TypeError as err:
    print('TypeError', err)
try:
    raise 5
except TypeError as err:
    print('TypeError', err)
try:
    raise ValueError from KeyError
except ValueError as err:
    print(repr(err), repr(err.__cause__))
try:
    raise
except RuntimeError as err:
    print('RuntimeError', err)
e2 = Exception('x')
print(e2.__traceback__, e2.with_traceback(None) is e2)
try:
    e2.with_traceback(5)
except TypeError as err:
    print('TypeError', err)
try:
    raise e2
except Exception as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next, type(tb.tb_frame).__name__)
e3 = Exception(1, 2)
e3.args = ('replaced',)
print(e3, e3.args)
e3.args = [1, 2]
print(e3.args, type(e3.args).__name__)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return 'MyErr(%s, %s)' % (self.args[0], self.b)
m = MyErr(1, 2)
print(m, repr(m), m.args, m.b)
class NoInit(Exception):
    def __init__(self):
        pass
print(NoInit().args, repr(NoInit()))
class NewArgs(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, 'forced')
print(NewArgs(1, 2).args)
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError),
      issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError), issubclass(EnvironmentError, OSError),
      IOError is OSError, issubclass(UnicodeDecodeError, ValueError), issubclass(GeneratorExit, Exception),
      issubclass(KeyboardInterrupt, BaseException), issubclass(StopAsyncIteration, Exception), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in IndentationError.__mro__], [c.__name__ for c in NotADirectoryError.__mro__])
