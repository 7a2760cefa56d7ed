# frame.clear(): a finished frame (from a traceback) drops its locals; an
# executing frame refuses.
import sys

def fails():
    big = list(range(5))
    name = "local"
    raise ValueError("x")

try:
    fails()
except ValueError as e:
    tb = e.__traceback__.tb_next
frame = tb.tb_frame
print(sorted(frame.f_locals))
print(frame.clear())
print(sorted(frame.f_locals), frame.f_lineno, frame.f_code.co_name)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError", e)
def inner():
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print("RuntimeError", e)
inner()
