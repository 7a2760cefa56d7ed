# split(), subgroup() and derive() on nested exception groups; subclasses
# that override derive keep their type in the parts.
def leaves(eg):
    if eg is None:
        return None
    if isinstance(eg, BaseExceptionGroup):
        return [type(eg).__name__ + ":" + eg.message, [leaves(e) for e in eg.exceptions]]
    return repr(eg)

inner = ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])
eg = ExceptionGroup("outer", [ValueError("v1"), inner, KeyError("k")])
for matcher in (ValueError, TypeError, (KeyError, TypeError), LookupError, OSError, Exception,
                lambda e: isinstance(e, ValueError) and "1" in str(e), lambda e: e is inner):
    m, r = eg.split(matcher)
    print(leaves(m), "|", leaves(r))
    print(leaves(eg.subgroup(matcher)))
print(eg.split(ExceptionGroup)[0] is eg, eg.subgroup(lambda e: True) is eg)

# metadata is copied to the parts
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise eg from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(type(m.__cause__).__name__, type(m.__context__).__name__, m.__traceback__ is caught.__traceback__)
    print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)

d = eg.derive([OSError("o")])
print(repr(d), d.__cause__, d.__traceback__)
print(repr(BaseExceptionGroup("b", [ValueError()]).derive([KeyboardInterrupt()])))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)
mg = MyGroup("mine", [ValueError(1), ExceptionGroup("x", [TypeError(2)])])
print(leaves(mg.split(TypeError)[0]), leaves(mg.split(TypeError)[1]))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as ex:
    print("TypeError", ex)

class Counting(ExceptionGroup):
    def __new__(cls, message, excs):
        self = super().__new__(cls, message, excs)
        self.extra = len(excs)
        return self
c = Counting("c", [ValueError(), ValueError(), TypeError()])
print(c.extra, repr(c), c.split(ValueError)[0].__class__.__name__)

def boom(e):
    raise RuntimeError("predicate failed")
try:
    eg.split(boom)
except RuntimeError as ex:
    print("RuntimeError", ex)
