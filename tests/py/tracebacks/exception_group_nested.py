def f():
    raise ValueError("leaf")
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("note one")
        raise TypeError("ctx") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), OSError("x")])
try:
    raise inner
except ExceptionGroup as e:
    excs.append(e)
eg = ExceptionGroup("outer", excs + [ZeroDivisionError()])
eg.add_note("group note")
raise eg
