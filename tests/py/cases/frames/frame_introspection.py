# Frame objects: f_back chain, f_locals snapshots, f_lineno, f_code names, f_globals, sys._getframe depth errors, tracebacks' frames.
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno > 0, sorted(f.f_locals)
def caller():
    local_a = 1
    local_b = 'two'
    return where()
print(caller())
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level1():
    return level2()
def level2():
    return chain()
print(level1())
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
def locals_snapshot():
    x = 1
    snap = sys._getframe().f_locals
    x = 2
    y = 3
    return snap['x'], sorted(sys._getframe().f_locals)
print(locals_snapshot())
f = sys._getframe()
print(f.f_code.co_name, f.f_globals is globals(), f.f_back, type(f).__name__, f.f_code.co_filename.endswith('frame_introspection.py'))
def lineno():
    return sys._getframe().f_lineno
print(lineno() > 30, lineno() == lineno())
def raiser():
    inner_var = 'in raiser'
    raise ValueError('x')
try:
    raiser()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno > 0))
        last = tb
        tb = tb.tb_next
    print(frames, last.tb_frame.f_locals.get('inner_var'))
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back is not None
g = gen()
print(next(g), next(g), g.gi_frame.f_code.co_name)
class K:
    frame_name = sys._getframe().f_code.co_name
    local_names = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))
print(K.frame_name, K.local_names)
lam = (lambda: sys._getframe().f_code.co_name)()
comp = [sys._getframe().f_code.co_name for _ in range(1)]
print(lam, comp)
def outer():
    def inner():
        return sys._getframe(1).f_locals['secret']
    secret = 'found'
    return inner()
print(outer())
print(sys._getframe(0).f_code.co_name, sys.getrecursionlimit() >= 1000)
