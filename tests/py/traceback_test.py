#!/usr/bin/env python3.11
"""tests/py/traceback_test.py — uncaught-exception output, byte for byte.

Runs tests/py/tracebacks/NAME.py under pystm and under python3.11 (same file,
same working directory) and requires identical stderr and exit status: the
traceback entries, source lines, caret lines, chained-exception separators
and the final exception line. python3.11 is the oracle.

usage: traceback_test.py PYSTM NAME [--oracle PATH]
"""

import argparse
import difflib
import os
import subprocess
import sys
from pathlib import Path


def run(exe, script):
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    p = subprocess.run([exe, script.name], cwd=script.parent, env=env, capture_output=True,
                       stdin=subprocess.DEVNULL, timeout=60)
    return p.stderr.decode("utf-8", "replace"), p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pystm")
    ap.add_argument("name")
    ap.add_argument("--oracle", default="/usr/bin/python3.11")
    args = ap.parse_args()
    script = Path(__file__).resolve().parent / "tracebacks" / (args.name + ".py")
    expected, expected_rc = run(args.oracle, script)
    actual, actual_rc = run(os.path.abspath(args.pystm), script)
    if expected == actual and expected_rc == actual_rc:
        print("ok", args.name)
        return 0
    print("FAIL", args.name, "exit status: python3.11 %s, pystm %s" % (expected_rc, actual_rc))
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                               "python3.11 stderr", "pystm stderr"))
    return 1


if __name__ == "__main__":
    sys.exit(main())
