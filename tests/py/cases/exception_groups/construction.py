# BaseExceptionGroup/ExceptionGroup construction rules, errors, attributes, notes.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: ExceptionGroup("m"))
show(lambda: ExceptionGroup())
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("m", 5))
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", [1]))
show(lambda: ExceptionGroup("m", [ValueError(), 3]))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup("m", [ValueError()]))
show(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("m", [ValueError()], x=1))
show(lambda: ExceptionGroup("m", [ValueError()], 3))
show(lambda: ExceptionGroup("m", {ValueError()}))
show(lambda: ExceptionGroup("m", (ValueError(1),)).args)
class MyEG(ExceptionGroup): pass
show(lambda: MyEG("m", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup): pass
show(lambda: MyBEG("m", [ValueError()]))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
show(lambda: ExceptionGroup("m", [ValueError()]).split(3))
show(lambda: ExceptionGroup("m", [ValueError()]).split((ValueError, 3)))
e = ExceptionGroup("m", [ValueError()])
try:
    e.message = "x"
except Exception as ex: print(type(ex).__name__, ex)
try:
    e.exceptions = ()
except Exception as ex: print(type(ex).__name__, ex)
print(str(ExceptionGroup("", [ValueError()])))
e.add_note("hi")
print(e.__notes__)
print(e.derive([TypeError()]).__notes__ if hasattr(e.derive([TypeError()]), '__notes__') else 'nonotes')
print(e.split(ValueError)[0].__notes__)
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(str(eg), repr(eg), eg.message, eg.exceptions)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), type(eg).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
try:
    e.add_note(5)
except TypeError as ex:
    print(ex)
