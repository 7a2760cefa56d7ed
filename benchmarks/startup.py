"""benchmarks/startup.py — the start-up table of benchmarks/run.py.

Times whole processes that do little: `-c pass` (interpreter start-up with
site) and `-c "import json, re, collections, argparse, typing"` (imports of
common standard-library modules). Each interpreter runs every command once
first so its bytecode cache is warm (pystm's `__pycache__/*.pystm-311.pyc`,
CPython's own .pyc files), then RUNS times per round, alternating with the
other interpreters; the table shows the fastest wall-clock time in
milliseconds (start-up times are small and noise only adds). Output must be
empty and the exit status 0.
"""

import os
import subprocess
import time

COMMANDS = [
    ("-c pass", ["-c", "pass"]),
    ("import json re ...", ["-c", "import json, re, collections, argparse, typing"]),
]
RUNS = 10


def _run(exe, argv, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0")
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"):
        env.pop(name, None)
    start = time.perf_counter()
    try:
        p = subprocess.run([exe] + argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT"
    except OSError as e:
        return None, "CANNOT RUN (%s)" % e.strerror
    elapsed = time.perf_counter() - start
    if p.returncode != 0 or p.stdout or p.stderr:
        last = p.stderr.decode("utf-8", "replace").strip().split("\n")[-1][:70]
        return None, "FAILED (status %d: %s)" % (p.returncode, last)
    return elapsed, None


def startup_times(vms, rounds, timeout):
    """Rows (label, {vm: best seconds or None}, {vm: problem})."""
    rows = []
    for label, argv in COMMANDS:
        best = {name: None for name, _ in vms}
        marks = {}
        for name, exe in vms:  # warm the caches
            _, problem = _run(exe, argv, timeout)
            if problem:
                marks[name] = problem
        for rnd in range(rounds):
            for name, exe in vms[rnd % len(vms):] + vms[:rnd % len(vms)]:
                for _ in range(RUNS):
                    if name in marks:
                        break
                    t, problem = _run(exe, argv, timeout)
                    if problem:
                        marks[name] = problem
                    elif best[name] is None or t < best[name]:
                        best[name] = t
        rows.append((label, {n: (None if n in marks else best[n]) for n, _ in vms}, marks))
    return rows


def print_startup(rows):
    header = ("start-up", "pystm ms", "python3.11 ms", "pypy3 ms", "pystm/python3.11", "pystm/pypy3")
    widths = [18, 9, 13, 9, 16, 11]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    ms = lambda t: "%.1f" % (t * 1000) if t is not None else "-"
    ratio = lambda a, b: "%.2fx" % (a / b) if a and b else "-"
    for label, best, marks in rows:
        cells = [label, ms(best["pystm"]), ms(best["python3.11"]), ms(best["pypy3"]),
                 ratio(best["pystm"], best["python3.11"]), ratio(best["pystm"], best["pypy3"])]
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
        for vm in sorted(marks):
            print("    !! %s: %s" % (vm, marks[vm]))
    print("(fastest of %d runs per round, warm bytecode caches; below 1.00x pystm is faster)" % RUNS)
