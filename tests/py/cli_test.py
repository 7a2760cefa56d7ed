#!/usr/bin/env python3.11
"""tests/py/cli_test.py — the `pystm` command line against CPython 3.11.

Checks what the brief's "drop-in interpreter" promises of the command line:
--version, -c CODE with arguments, exit statuses of SystemExit(n), of an
uncaught exception and of a syntax error, and the message and status for a
script file that does not exist. The oracle's behaviour is always observed,
never written down here; only the program name in messages is normalized.

usage: cli_test.py PYSTM [--oracle PATH]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPTS = {
    "exit3.py": "print('before')\nraise SystemExit(3)\nprint('after')\n",
    "exit0.py": "print('quiet')\nraise SystemExit()\n",
    "exitmsg.py": "raise SystemExit('bye now')\n",
    "uncaught.py": "def f(n):\n    return 10 // n\nprint(f(2))\nprint(f(0))\n",
    "syntax.py": "print('never')\nx = = 1\n",
    "ok.py": "print('hello', 6 * 7)\n",
    "mod_main.py": "import sys\nprint(__name__, __package__, sys.argv[1:], sys.argv[0].endswith('mod_main.py'))\n",
}

# (description, arguments after the program; the run's cwd is the temp dir)
CASES = [
    ("-c prints", ["-c", "print(1 + 2, 'x' * 3)"]),
    ("-c with arguments", ["-c", "print('args ignored', len('abc'))", "one", "two", "-x"]),
    ("-c SystemExit(4)", ["-c", "raise SystemExit(4)"]),
    ("-c uncaught exception", ["-c", "print('a')\n[][1]"]),
    ("-c syntax error", ["-c", "1 +"]),
    ("script", ["ok.py"]),
    ("script with arguments", ["ok.py", "a", "b"]),
    ("SystemExit(3)", ["exit3.py"]),
    ("SystemExit()", ["exit0.py"]),
    ("SystemExit('bye now')", ["exitmsg.py"]),
    ("uncaught exception", ["uncaught.py"]),
    ("syntax error", ["syntax.py"]),
    ("missing file", ["no_such_file.py"]),
    ("-m module with arguments", ["-m", "mod_main", "x", "-y"]),
    ("-m missing module", ["-m", "no_such_module_q"]),
]


def run(exe, args, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    try:
        p = subprocess.run([exe] + args, cwd=cwd, env=env, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=30)
    except subprocess.TimeoutExpired:
        return b"", b"", "timeout"
    except OSError as e:
        return b"", b"", "could not start: %s" % e
    return p.stdout, p.stderr, p.returncode


def last_line(data, exe):
    lines = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    line = lines[-1] if lines else ""
    # "PROGRAM: can't open file ...": the program name is the interpreter's own.
    m = re.match(r"^(.*?): (can't open file .*|No module named .*)$", line)
    if m:
        line = "PROG: " + m.group(2)
    return line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pystm")
    ap.add_argument("--oracle", default="/usr/bin/python3.11")
    args = ap.parse_args()
    pystm = str(Path(args.pystm).resolve())
    failures = 0

    def report(ok, what, detail=""):
        nonlocal failures
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures += 1
            if detail:
                print("     " + detail.replace("\n", "\n     "))

    version_re = re.compile(rb"^Python 3\.11\.\d+\n$")
    o_out, _, o_status = run(args.oracle, ["--version"], "/")
    a_out, a_err, a_status = run(pystm, ["--version"], "/")
    report(version_re.match(o_out) is not None and o_status == 0,
           "oracle --version has the expected form", repr(o_out))
    report(version_re.match(a_out) is not None and a_status == 0,
           "--version prints 'Python 3.11.N'", "stdout %r stderr %r status %r"
           % (a_out, a_err[-300:], a_status))

    with tempfile.TemporaryDirectory() as tmp:
        for name, text in SCRIPTS.items():
            Path(tmp, name).write_text(text)
        for what, argv in CASES:
            e = run(args.oracle, argv, tmp)
            a = run(pystm, argv, tmp)
            problems = []
            if a[0] != e[0]:
                problems.append("stdout: python3.11 %r, pystm %r" % (e[0], a[0]))
            if a[2] != e[2]:
                problems.append("status: python3.11 %r, pystm %r" % (e[2], a[2]))
            el, al = last_line(e[1], args.oracle), last_line(a[1], pystm)
            if el != al:
                problems.append("last stderr line:\n  python3.11: %s\n  pystm:      %s" % (el, al))
            report(not problems, "%s: %s" % (what, " ".join(argv)[:60].replace("\n", "\\n")),
                   "\n".join(problems))

    print("%d failed" % failures if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
