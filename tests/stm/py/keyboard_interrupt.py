# SIGINT while the main thread waits, in this run's threading mode (turns or
# parallel, GC stress): runs the differential case
# tests/py/cases/threads/keyboard_interrupt_waits.py — with a busy thread
# beside the waiter for odd seeds, alone for even ones — under this
# interpreter and under python3.11, and compares what they print. Usage: SEED.
import os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "support"))
from threads_support import seed

case = os.path.join(here, "..", "..", "py", "cases", "threads", "keyboard_interrupt_waits.py")
mode = "busy" if seed % 2 else "alone"


def run(exe):
    p = subprocess.run([exe, case, mode], capture_output=True, text=True, timeout=280)
    assert p.returncode == 0, (exe, p.stderr)
    return p.stdout


expected, actual = run("/usr/bin/python3.11"), run(sys.executable)
assert actual == expected, "\n" + expected + "----\n" + actual
print(mode, "as python3.11")
