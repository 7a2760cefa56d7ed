"""tests/py/harness.py — what the scripts that drive `pystm` from outside
(cli_test.py, bytecode_cache_test.py) share: their arguments
(PYSTM [--oracle PATH]) and "ok"/"FAIL" reporting with a failure count."""

import argparse
from pathlib import Path


def parse_args():
    """(absolute path of pystm, path of the python3.11 oracle)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("pystm")
    ap.add_argument("--oracle", default="/usr/bin/python3.11")
    args = ap.parse_args()
    return str(Path(args.pystm).resolve()), args.oracle


class Reporter:
    def __init__(self):
        self.failures = 0

    def __call__(self, ok, what, detail=""):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            self.failures += 1
            if detail:
                print("     " + str(detail).replace("\n", "\n     "))

    def finish(self):
        """Prints the summary line; the exit status."""
        print("%d failed" % self.failures if self.failures else "all passed")
        return 1 if self.failures else 0
