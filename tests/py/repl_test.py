#!/usr/bin/env python3.11
"""tests/py/repl_test.py — the interactive prompt in a pseudo-terminal.

Starts `pystm` and python3.11 with no arguments on a pty, types the same
keystrokes into each (a multi-line function, a call, `_`, a traceback, a
triple-quoted string, cursor movement and deletion, history recall, Ctrl-C
at the prompt, a PYTHONSTARTUP file, a new sys.ps1, a syntax error,
Ctrl-D), renders what each wrote with a small terminal model
(carriage return, backspace, erase-to-end-of-line and cursor moves) and
compares the screens line by line after the banner. The exit status after
Ctrl-D must be 0 for both.

usage: repl_test.py PYSTM [--oracle PATH]
"""

import argparse
import os
import pty
import re
import select
import sys
import tempfile
import time

# (keystrokes, the screen's last line once the program waits for more input)
STEPS = [
    (b"def twice(x):\r", "..."),
    (b"    y = x * 2\r", "..."),
    (b"    return y\r", "..."),
    (b"\r", ">>>"),
    (b"twice(21)\r", ">>>"),
    (b"_ + 1\r", ">>>"),
    (b"twice(None)\r", ">>>"),
    (b"s = '''one\r", "..."),
    (b"two'''\r", ">>>"),
    (b"s\r", ">>>"),
    (b"[1,\r", "..."),
    (b" 2]\r", ">>>"),
    # Left, insert, Ctrl-A, Delete, Ctrl-E, Backspace: "y = 5 + 10".
    (b"x = 5 1\x1b[D+ \x01\x1b[3~y\x05" b"09\x7f\r", ">>>"),
    (b"y\r", ">>>"),
    (b"y = 1\r", ">>>"),
    (b"\x1b[A\x1b[A\x1b[A\r", ">>>"),  # history: three lines back
    (b"y\r", ">>>"),
    (b"abc", ">>> abc"),
    # (python3.11 can miss a Ctrl-C that arrives while readline is between
    # its signal check and its next wait for input: let it settle first.)
    (b"", 0.5),
    (b"\x03", ">>>"),             # Ctrl-C at the prompt
    (b"if y > 10:\r", "..."),
    (b"    print('yes')\r", "..."),
    (b"\r", ">>>"),
    (b"started\r", ">>>"),           # set by the PYTHONSTARTUP file
    (b"while True: pass\r", "..."),
    (b"\r", 1.0),                    # runs until...
    (b"\x03", ">>>"),               # Ctrl-C: KeyboardInterrupt
    (b"for i in (1, 2): print(i)\r", "..."),
    (b"\r", ">>>"),
    (b"import sys; sys.ps1 = 'py% '\r", "py%"),
    (b"1 +\r", "py%"),               # a syntax error, reported at once
    (b"\x04", None),                 # Ctrl-D
]

# A second session in the same home directory: the history was saved.
AGAIN = [
    (b"\x1b[A\x1b[A\r", "py%"),      # "import sys; sys.ps1 = 'py% '" from the first session
    (b"\x04", None),
]


def render(data):
    """The screen lines a terminal would show for `data`."""
    lines, row, col = [[]], 0, 0
    i = 0
    text = data.decode("utf-8", "replace")
    while i < len(text):
        ch = text[i]
        if ch == "\x1b":
            m = re.match(r"\x1b\[([0-9;?]*)([A-Za-z@~])", text[i:])
            if not m:
                i += 1
                continue
            arg, op = m.group(1), m.group(2)
            n = int(arg) if arg.isdigit() else 1
            if op == "K":
                del lines[row][col:]
            elif op == "D":
                col = max(0, col - n)
            elif op == "C":
                col += n
            i += len(m.group(0))
            continue
        if ch == "\r":
            col = 0
        elif ch == "\n":
            row += 1
            if row == len(lines):
                lines.append([])
        elif ch == "\b":
            col = max(0, col - 1)
        elif ch >= " ":
            line = lines[row]
            while len(line) < col:
                line.append(" ")
            if col < len(line):
                line[col] = ch
            else:
                line.append(ch)
            col += 1
        i += 1
    return ["".join(l).rstrip() for l in lines]


def session(exe, home, steps):
    pid, fd = pty.fork()
    if pid == 0:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "TERM": "xterm", "LANG": "C.UTF-8",
               "PYTHONSTARTUP": os.path.join(home, "startup.py")}
        os.execve(exe, [exe], env)
    out = b""

    # Typing ahead while the program runs code would be echoed by the
    # terminal out of order, so each step waits for new output whose last
    # screen line is the expected prompt.
    def read_until(last_line, timeout=20):
        nonlocal out
        end = time.time() + timeout
        start = len(out)
        while time.time() < end:
            if last_line is not None and len(out) > start and render(out)[-1] == last_line:
                return True
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    return False
                if not chunk:
                    return False
                out += chunk
        return last_line is None

    stuck = [] if read_until(">>>") else ["the first prompt"]
    for keys, ready in steps:
        if keys:
            os.write(fd, keys)
        if isinstance(ready, float):  # let it run for a while
            time.sleep(ready)
            continue
        if not read_until(ready, 20 if ready else 3) and ready is not None:
            stuck.append("after %r (waiting for %r)" % (keys, ready))
    end = time.time() + 20
    status = None
    while time.time() < end:
        got, st = os.waitpid(pid, os.WNOHANG)
        if got:
            status = os.waitstatus_to_exitcode(st)
            break
        read_until(None, 0.1)
    if status is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    screen = render(out)
    # After the banner (two lines, whose version text differs).
    for what in stuck:
        print("note: %s timed out waiting for %s" % (os.path.basename(exe), what))
    return screen[2:], status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pystm")
    ap.add_argument("--oracle", default="/usr/bin/python3.11")
    args = ap.parse_args()
    runs = {}
    for name, exe in (("python3.11", args.oracle), ("pystm", os.path.abspath(args.pystm))):
        with tempfile.TemporaryDirectory() as home:
            with open(os.path.join(home, "startup.py"), "w") as f:
                f.write("print('startup file ran')\nstarted = 7\n")
            first, status = session(exe, home, STEPS)
            second, status2 = session(exe, home, AGAIN)
            runs[name] = (first + ["<second session>"] + second, status, status2)
    expected, e_status, e_status2 = runs["python3.11"]
    actual, a_status, a_status2 = runs["pystm"]
    failures = 0
    if actual != expected:
        failures += 1
        print("FAIL screens differ")
        for i in range(max(len(actual), len(expected))):
            e = expected[i] if i < len(expected) else "<none>"
            a = actual[i] if i < len(actual) else "<none>"
            print(("     " if e == a else "  !! ") + "python3.11 %-40r pystm %r" % (e, a))
    else:
        print("ok   screens match (%d lines)" % len(actual))
    for line in ("42", "43", "'one\\ntwo'", "[1, 2]", "15", "KeyboardInterrupt", "yes", "7", "startup file ran"):
        if line not in actual:
            failures += 1
            print("FAIL %r not shown" % line)
    if not any("TypeError" in l for l in actual):
        failures += 1
        print("FAIL no traceback shown")
    if ">>> import sys; sys.ps1 = 'py% '" not in actual[actual.index("<second session>"):]:
        failures += 1
        print("FAIL the second session did not recall the first one's history")
    if a_status != 0 or e_status != 0 or a_status2 != 0 or e_status2 != 0:
        failures += 1
        print("FAIL exit status after Ctrl-D: python3.11 %r, pystm %r" % (e_status, a_status))
    print("%d failed" % failures if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
