#!/usr/bin/env python3.11
"""tests/py/run_differential.py — the differential test runner.

Runs each Python test script with pystm and with the oracle (CPython 3.11)
and compares what a user can see: stdout byte for byte, the exit status and
the last line of stderr (the exception line; traceback bodies may differ in
detail for now). Expected output is never written by hand: the oracle makes
it on every run.

usage: run_differential.py PYSTM [CASE ...] [--oracle PATH] [--timeout S]
With no CASE, runs every tests/py/cases/**/*.py. Exit status 0 iff all match.
"""

import argparse
import difflib
import os
import signal
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def run(exe, script, timeout):
    """Runs `exe script` in the script's directory; returns (stdout, stderr, status)."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    # Each run leads its own process group: on a timeout the whole group is
    # killed, so a child the script forked cannot outlive the run (a hung
    # child kept a core busy long after its test had failed).
    try:
        proc = subprocess.Popen([exe, script.name], cwd=script.parent, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, process_group=0)
    except OSError as e:
        return b"", b"", "could not start: %s" % e
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return out or b"", b"", "timeout after %gs" % timeout
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # forked children left behind
        except ProcessLookupError:
            pass
    return out, err, proc.returncode


def last_line(data):
    lines = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def diff(expected, actual, what):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(exp, act, "python3.11 " + what,
                                        "pystm " + what))


def check(pystm, oracle, script, timeout):
    """Returns a list of mismatch descriptions (empty when the runs agree)."""
    e_out, e_err, e_status = run(oracle, script, timeout)
    a_out, a_err, a_status = run(pystm, script, timeout)
    problems = []
    if not isinstance(e_status, int):
        problems.append("the oracle failed: %s" % e_status)
        return problems
    if a_out != e_out:
        problems.append("stdout differs:\n" + diff(e_out, a_out, "stdout"))
    if a_status != e_status:
        problems.append("exit status: python3.11 %r, pystm %r" % (e_status, a_status))
    if last_line(a_err) != last_line(e_err):
        problems.append("last stderr line:\n  python3.11: %s\n  pystm:      %s"
                        % (last_line(e_err), last_line(a_err)))
        if a_err:
            tail = a_err.decode("utf-8", "replace").splitlines()[-20:]
            problems.append("pystm stderr (tail):\n  " + "\n  ".join(tail))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pystm", help="the interpreter under test")
    ap.add_argument("cases", nargs="*", help="scripts (default: all of tests/py/cases)")
    ap.add_argument("--oracle", default="/usr/bin/python3.11")
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args()

    pystm = str(Path(args.pystm).resolve())
    scripts = [Path(c).resolve() for c in args.cases] or sorted(CASES.rglob("*.py"))
    if not scripts:
        print("no test scripts found", file=sys.stderr)
        return 2
    failed = 0
    for script in scripts:
        name = script.relative_to(CASES) if script.is_relative_to(CASES) else script
        problems = check(pystm, args.oracle, script, args.timeout)
        if problems:
            failed += 1
            print("FAIL %s" % name)
            for p in problems:
                print("  " + p.rstrip("\n").replace("\n", "\n  "))
        else:
            print("ok   %s" % name)
    if len(scripts) > 1:
        print("%d passed, %d failed" % (len(scripts) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
