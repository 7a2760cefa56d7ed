# An exception group wider than max_group_width (15) and nested deeper than
# max_group_depth (10), raised uncaught.
def nest(n):
    eg = ValueError("bottom")
    for i in range(n):
        eg = ExceptionGroup(f"level {i}", [eg])
    return eg

wide = ExceptionGroup("wide", [KeyError(i) for i in range(18)])
try:
    raise TypeError("context")
except TypeError:
    raise BaseExceptionGroup("top", [wide, nest(12), BaseExceptionGroup("b", [KeyboardInterrupt()])])
