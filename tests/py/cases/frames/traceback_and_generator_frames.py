# Traceback objects (tb_frame, tb_lineno, tb_next, tb_lasti) and the frames
# of generators and coroutines (gi_frame, gi_code, gi_running, gi_yieldfrom,
# gi_suspended, cr_frame, cr_await, cr_running).
import sys

def fail(depth):
    x = f"local {depth}"
    if depth == 0:
        raise KeyError(x)
    fail(depth - 1)

try:
    fail(2)
except KeyError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        local_items = tb.tb_frame.f_locals.items() if tb.tb_frame is not sys._getframe() else []
        entries.append((tb.tb_lineno, tb.tb_frame.f_lineno, sorted(local_items), isinstance(tb.tb_lasti, int)))
        tb = tb.tb_next
    for entry in entries:
        print(entry)
    top = e.__traceback__
    print(top.tb_frame is sys._getframe(), top.tb_next.tb_frame.f_back is sys._getframe())
    try:
        top.tb_next = 5
    except TypeError as err:
        print("TypeError", err)
    try:
        top.tb_next.tb_next = top
    except ValueError as err:
        print("ValueError", err)
    top.tb_next = None
    print(top.tb_next, type(top).__name__)

def gen():
    me = sys._getframe()
    print("inside running:", g.gi_running, me is g.gi_frame, me.f_back.f_lineno)
    yield 1
    yield from sub()
    return "end"

def sub():
    yield "s"

g = gen()
print(g.gi_frame.f_lineno, g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code is g.gi_frame.f_code)
print(next(g), g.gi_frame.f_lineno, g.gi_suspended, g.gi_frame.f_back)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame.f_lineno)
print(list(g), g.gi_frame, g.gi_suspended, g.gi_yieldfrom)

class Step:
    def __await__(self):
        yield "step"

async def child():
    await Step()
    return 5

async def parent():
    return await child()

c = parent()
print(c.cr_frame.f_lineno, c.cr_running, c.cr_await, c.cr_origin)
print(c.send(None), type(c.cr_await).__name__, c.cr_await.cr_frame.f_lineno, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value, c.cr_frame, c.cr_await)
g2 = gen()
g2.__name__ = "renamed"
print(g2.__name__, g2.__qualname__)
try:
    g2.__name__ = 5
except TypeError as err:
    print("TypeError", err)
