# sys._getframe and frame attributes: f_back chain, f_lineno, f_locals
# (a snapshot for functions, the namespace itself for modules), f_globals,
# f_builtins; frames stay usable after their function returned.
import sys

def outer():
    a = 1
    def inner(x, y=2):
        z = x + y
        f = sys._getframe()
        return f, sys._getframe(1), z
    return inner(a)

f, back, z = outer()
print(f.f_lineno, sorted(f.f_locals), f.f_locals["z"], f.f_back is back)
print(back.f_lineno, sorted(back.f_locals), back.f_code is not f.f_code)
print(back.f_back.f_locals is globals(), sys._getframe().f_back)
print(f.f_globals is globals(), type(f.f_builtins).__name__, "len" in f.f_builtins)
print(type(f).__name__, isinstance(f.f_lasti, int), f.f_trace)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError", e)

def snapshot():
    n = 1
    d = sys._getframe().f_locals
    n = 2
    return d, sys._getframe().f_locals
first, second = snapshot()
print(first, second)

def closure():
    captured = "c"
    unused_cell = "u"
    def reader():
        return sys._getframe().f_locals, captured
    return reader(), (lambda: unused_cell)
print(closure()[0])

def depth(n):
    if n == 0:
        frames = []
        fr = sys._getframe()
        while fr is not None:
            frames.append(fr.f_lineno)
            fr = fr.f_back
        return frames
    return depth(n - 1)
print(depth(3))

def where():
    return sys._getframe(1).f_lineno
print(where(), where())

class Body:
    x = 10
    frame = sys._getframe()
    print(sorted(k for k in frame.f_locals if not k.startswith("__")), frame.f_back.f_locals is globals())
print(Body.frame.f_locals["x"], Body.frame.f_lineno)

def finished():
    v = [1, 2]
    return sys._getframe()
fin = finished()
fin2 = finished()
print(fin is not fin2, fin.f_locals, fin.f_lineno, fin.f_back is sys._getframe())
g = {"__builtins__": __builtins__}
exec("import sys\nfr = sys._getframe()", g)
print(g["fr"].f_globals is g, g["fr"].f_locals is g, g["fr"].f_back is sys._getframe())
