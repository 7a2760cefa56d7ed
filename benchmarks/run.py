#!/usr/bin/env python3.11
"""benchmarks/run.py — runs the programs in benchmarks/py with pystm,
CPython 3.11 and PyPy3 side by side and prints time ratios.

Interpreters run alternately within each round (pystm, python3.11, pypy3,
pystm, ...) so that machine noise hits all of them alike. Every run's output
must equal CPython's; a failure, timeout or mismatch is marked in the table
and that interpreter is not timed further for that program. Speed is only
ever reported as ratios measured in one run, never asserted.

A start-up table (benchmarks/startup.py) times `-c pass` and a line of
common standard-library imports with warm bytecode caches.

A third table (benchmarks/thread_scaling.py) runs the programs in
benchmarks/threads with 1 and 2 threads and prints each interpreter's
speedup.

A second table gives the front end's throughput (benchmarks/frontend/
throughput.py): thousands of lines per second parsing a fixed set of
standard-library files to an AST (compile with PyCF_ONLY_AST, as ast.parse)
and compiling them to code, for
each interpreter, timed inside the process.

usage: run.py [--pystm PATH] [--rounds R] [--only NAME ...] [--timeout S]
              [--no-frontend] [--no-threads] [--no-startup]
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from startup import print_startup, startup_times
from thread_scaling import print_thread_scaling, thread_scaling

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROGRAMS = HERE / "py"
FRONTEND = HERE / "frontend" / "throughput.py"


def run_once(exe, script, timeout):
    """Returns (seconds, stdout, problem) — problem is None on success."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    try:
        p = subprocess.run([exe, script.name], cwd=script.parent, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", "TIMEOUT"
    except OSError as e:
        return None, b"", "CANNOT RUN (%s)" % e.strerror
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        last = p.stderr.decode("utf-8", "replace").strip().split("\n")[-1][:70]
        return None, p.stdout, "FAILED (status %d: %s)" % (p.returncode, last)
    return elapsed, p.stdout, None


def frontend_throughput(vms, rounds, timeout):
    """Rows (task, {vm: thousand lines/s or None}, {vm: problem}) for parse and compile."""
    rows = []
    for task in ("parse", "compile"):
        speeds = {name: [] for name, _ in vms}
        marks = {}
        for rnd in range(rounds):
            for name, exe in vms[rnd % 3:] + vms[:rnd % 3]:
                if name in marks:
                    continue
                try:
                    p = subprocess.run([exe, FRONTEND.name, task], cwd=FRONTEND.parent,
                                       stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
                except subprocess.TimeoutExpired:
                    marks[name] = "TIMEOUT"
                    continue
                except OSError as e:
                    marks[name] = "CANNOT RUN (%s)" % e.strerror
                    continue
                fields = p.stdout.decode("utf-8", "replace").split()
                if p.returncode != 0 or len(fields) != 3 or fields[0] != task:
                    last = p.stderr.decode("utf-8", "replace").strip().split("\n")[-1][:70]
                    marks[name] = "FAILED (status %d: %s)" % (p.returncode, last)
                    continue
                nlines, seconds = int(fields[1]), float(fields[2])
                speeds[name].append(nlines / 1e3 / seconds if seconds > 0 else float("inf"))
            print("  frontend %s round %d/%d done" % (task, rnd + 1, rounds), file=sys.stderr, flush=True)
        med = {name: (statistics.median(speeds[name]) if speeds[name] and name not in marks else None)
               for name, _ in vms}
        rows.append((task, med, marks))
    return rows


def print_frontend(rows):
    header = ("front end", "pystm klines/s", "python3.11 klines/s", "pypy3 klines/s", "pystm/python3.11", "pystm/pypy3")
    widths = [14, 14, 19, 14, 16, 11]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    fmt = lambda v: "%.2f" % v if v is not None else "-"
    for task, med, marks in rows:
        r_py = med["pystm"] / med["python3.11"] if med["pystm"] and med["python3.11"] else None
        r_pp = med["pystm"] / med["pypy3"] if med["pystm"] and med["pypy3"] else None
        cells = [task, fmt(med["pystm"]), fmt(med["python3.11"]), fmt(med["pypy3"]), fmt_ratio(r_py), fmt_ratio(r_pp)]
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
        for vm in sorted(marks):
            print("    !! %s: %s" % (vm, marks[vm]))
    print("(throughput ratios: speed of pystm / speed of the other; above 1.00x pystm is faster)")


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_time(t):
    return "%.3f" % t if t is not None else "-"


def fmt_ratio(r):
    return "%.2fx" % r if r is not None else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pystm", default=str(ROOT / "build" / "pystm"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--pypy", default="/usr/bin/pypy3")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", action="append", default=[],
                    help="run only this benchmark (repeatable; name without .py)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    ap.add_argument("--no-frontend", action="store_true", help="skip the front-end throughput table")
    ap.add_argument("--no-threads", action="store_true", help="skip the thread-scaling table")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up table")
    args = ap.parse_args()

    scripts = sorted(PROGRAMS.glob("*.py"))
    if args.only:
        wanted = {n[:-3] if n.endswith(".py") else n for n in args.only}
        unknown = wanted - {s.stem for s in scripts}
        if unknown:
            print("unknown benchmark(s): %s; have: %s" % (", ".join(sorted(unknown)),
                  ", ".join(s.stem for s in scripts)), file=sys.stderr)
            return 2
        scripts = [s for s in scripts if s.stem in wanted]

    vms = [("pystm", args.pystm), ("python3.11", args.python), ("pypy3", args.pypy)]
    rows = []
    problems = 0
    for script in scripts:
        times = {name: [] for name, _ in vms}
        marks = {}
        reference = None
        for rnd in range(args.rounds):
            # python3.11 first in round 0 so its output is the reference.
            order = vms[1:2] + vms[:1] + vms[2:] if rnd == 0 else vms[rnd % 3:] + vms[:rnd % 3]
            for name, exe in order:
                if name in marks:
                    continue
                t, out, problem = run_once(exe, script, args.timeout)
                if problem is None and name == "python3.11" and reference is None:
                    reference = out
                if problem is None and reference is not None and out != reference:
                    problem = "OUTPUT MISMATCH"
                if problem is None and reference is None:
                    problem = "NO REFERENCE (python3.11 failed)"
                if problem:
                    marks[name] = problem
                else:
                    times[name].append(t)
            print("  %s round %d/%d done" % (script.stem, rnd + 1, args.rounds),
                  file=sys.stderr, flush=True)
        med = {name: (statistics.median(times[name]) if times[name] and name not in marks
                      else None) for name, _ in vms}
        r_py = med["pystm"] / med["python3.11"] if med["pystm"] and med["python3.11"] else None
        r_pp = med["pystm"] / med["pypy3"] if med["pystm"] and med["pypy3"] else None
        problems += len(marks)
        rows.append((script.stem, med, r_py, r_pp, marks))

    header = ("benchmark", "pystm s", "python3.11 s", "pypy3 s", "pystm/python3.11", "pystm/pypy3")
    widths = [max(14, max([len(r[0]) for r in rows] + [0])), 9, 12, 9, 16, 11]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    for name, med, r_py, r_pp, marks in rows:
        cells = [name, fmt_time(med["pystm"]), fmt_time(med["python3.11"]), fmt_time(med["pypy3"]),
                 fmt_ratio(r_py), fmt_ratio(r_pp)]
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(cells, widths))))
        for vm in sorted(marks):
            print("    !! %s: %s" % (vm, marks[vm]))
    g_py = geomean([r[2] for r in rows if r[2] is not None])
    g_pp = geomean([r[3] for r in rows if r[3] is not None])
    print("-" * len(line))
    cells = ["geometric mean", "", "", "", fmt_ratio(g_py), fmt_ratio(g_pp)]
    print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
    print("(ratios: time of pystm / time of the other; below 1.00x pystm is faster; "
          "median of %d round(s))" % args.rounds)
    if not args.no_frontend and not args.only:
        print()
        frontend_rows = frontend_throughput(vms, args.rounds, args.timeout)
        print_frontend(frontend_rows)
        problems += sum(len(marks) for _, _, marks in frontend_rows)
    if not args.no_startup and not args.only:
        print()
        startup_rows = startup_times(vms, args.rounds, args.timeout)
        print_startup(startup_rows)
        problems += sum(len(marks) for _, _, marks in startup_rows)
    if not args.no_threads and not args.only:
        print()
        thread_rows = thread_scaling(vms, args.rounds, args.timeout)
        print_thread_scaling(thread_rows, vms)
        problems += sum(len(marks) for _, _, marks, _ in thread_rows)
    if problems:
        print("%d run problem(s) marked with !!" % problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
