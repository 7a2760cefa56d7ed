# except*: matching, the unhandled rest, raising and re-raising in handlers, naked exceptions.
import sys
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("T", repr(e))
run(t1)
def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("V", repr(e))
run(t2)
def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), e.__traceback__ is None)
run(t3)
def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
    except* TypeError:
        raise
run(t4)
def t5():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
run(t5)
def t6():
    try:
        raise ValueError(1)
    except* (TypeError, int):
        pass
run(t6)
def t7():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise
run(t7)
def t8():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise TypeError("x")
run(t8)
def t9():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* TypeError as e:
        print(repr(e))
    else:
        print("else")
run(t9)
def t10():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ok")
    finally:
        print("finally")
run(t10)
