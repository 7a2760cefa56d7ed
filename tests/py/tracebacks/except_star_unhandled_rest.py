# The unhandled rest of an except* is re-raised with the original traceback.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
f()
