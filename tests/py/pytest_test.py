#!/usr/bin/env python3.11
"""tests/py/pytest_test.py — Debian's pytest (python3-pytest, from
dist-packages) run by `pystm -m pytest` against python3.11 running it.

`--version` must print the same line. A run of pytest_sample/ must end with
the same exit status, the same progress line (one character per test), the
same counts in the summary line and the same failing test ids. The failure
messages are not compared: python3.11's pytest rewrites assert statements
("assert 4 == 5"), which needs importlib's path finders on sys.path_hooks;
pystm's pytest reports the plain AssertionError. Timings are dropped.

usage: pytest_test.py PYSTM [--oracle PATH]
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import harness

SAMPLE = Path(__file__).resolve().parent / "pytest_sample" / "test_sample.py"


def run(program, args, cwd):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")
    env.pop("PYTEST_ADDOPTS", None)
    p = subprocess.run([program, "-m", "pytest"] + args, cwd=cwd, env=env, capture_output=True, timeout=240)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def summary(out):
    """(progress line, {outcome: count}, failing ids) of a -q run."""
    lines = out.splitlines()
    progress = next((l.split()[0] for l in lines if re.fullmatch(r"[.FsExX]+\s+\[\s*\d+%\]", l.strip())), None)
    counts = {}
    final = [l for l in lines if re.search(r"\d+ (passed|failed|skipped|error)", l)]
    if final:
        for n, what in re.findall(r"(\d+) (\w+)", re.sub(r" in [\d.]+s.*$", "", final[-1])):
            counts[what] = int(n)
    failing = sorted(l.split(" - ")[0] for l in lines if l.startswith(("FAILED ", "ERROR ")))
    return progress, counts, failing


def main():
    pystm, oracle = harness.parse_args()
    check = harness.Reporter()

    ours = run(pystm, ["--version"], ".")
    theirs = run(oracle, ["--version"], ".")
    check(ours[0] == theirs[0] == 0 and (ours[1] + ours[2]).strip() == (theirs[1] + theirs[2]).strip(),
          "pytest --version", "pystm: %r\noracle: %r" % (ours, theirs))

    with tempfile.TemporaryDirectory() as d:
        shutil.copy(SAMPLE, d)
        args = ["-q", "-p", "no:cacheprovider", "--rootdir", d, "test_sample.py"]
        ours = run(pystm, args, d)
        theirs = run(oracle, args, d)
    ok = ours[0] == theirs[0]
    check(ok, "pytest -q exit status", "pystm %d, oracle %d\n%s" % (ours[0], theirs[0], ours[1][-3000:] + ours[2][-2000:]))
    a, b = summary(ours[1]), summary(theirs[1])
    check(a[0] is not None and a[0] == b[0], "pytest -q progress line", "pystm %r, oracle %r" % (a[0], b[0]))
    check(a[1] and a[1] == b[1], "pytest -q summary counts", "pystm %r, oracle %r\n%s" % (a[1], b[1], ours[1][-2000:]))
    check(a[2] == b[2], "pytest -q failing tests", "pystm %r, oracle %r" % (a[2], b[2]))
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
