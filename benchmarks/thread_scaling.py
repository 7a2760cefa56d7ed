"""benchmarks/thread_scaling.py — the threaded table of benchmarks/run.py.

Each program in benchmarks/threads/ takes a thread count and gives every
thread the same fixed work, so with perfect scaling its time stays the same
from 1 to 2 threads. For each interpreter the table shows the median time
with 1 and with 2 threads and the speedup 2 x t(1) / t(2): 2.00x is perfect
scaling on this 2-core machine, 1.00x is no parallelism (a GIL). Outputs
must equal python3.11's for the same thread count.
"""

import os
import statistics
import subprocess
import time
from pathlib import Path

THREADS = Path(__file__).resolve().parent / "threads"


def _run(exe, script, threads, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    try:
        p = subprocess.run([exe, script.name, str(threads)], cwd=script.parent, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", "TIMEOUT"
    except OSError as e:
        return None, b"", "CANNOT RUN (%s)" % e.strerror
    if p.returncode != 0:
        last = p.stderr.decode("utf-8", "replace").strip().split("\n")[-1][:70]
        return None, p.stdout, "FAILED (status %d: %s)" % (p.returncode, last)
    return time.perf_counter() - start, p.stdout, None


def thread_scaling(vms, rounds, timeout):
    """Rows (program, {vm: (t1, t2) or None}, {vm: problem})."""
    rows = []
    for script in sorted(THREADS.glob("*.py")):
        times = {(name, n): [] for name, _ in vms for n in (1, 2)}
        reference = {}
        marks = {}
        for rnd in range(rounds):
            for n in (1, 2):
                order = vms[1:2] + vms[:1] + vms[2:] if rnd == 0 else vms[rnd % 3:] + vms[:rnd % 3]
                for name, exe in order:
                    if name in marks:
                        continue
                    t, out, problem = _run(exe, script, n, timeout)
                    if problem is None and name == "python3.11" and n not in reference:
                        reference[n] = out
                    if problem is None and reference.get(n) is not None and out != reference[n]:
                        problem = "OUTPUT MISMATCH"
                    if problem:
                        marks[name] = problem
                    else:
                        times[(name, n)].append(t)
        med = {}
        for name, _ in vms:
            t1, t2 = times[(name, 1)], times[(name, 2)]
            med[name] = (statistics.median(t1), statistics.median(t2)) if t1 and t2 and name not in marks else None
        rows.append((script.stem, med, marks))
    return rows


def print_thread_scaling(rows, vms):
    names = [name for name, _ in vms]
    header = ["threads"] + ["%s 1T s" % n for n in names] + ["%s 2T s" % n for n in names] + \
             ["%s speedup" % n for n in names]
    widths = [max(12, max([len(r[0]) for r in rows] + [0]))] + [max(len(h), 8) for h in header[1:]]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    for program, med, marks in rows:
        cells = [program]
        cells += ["%.3f" % med[n][0] if med[n] else "-" for n in names]
        cells += ["%.3f" % med[n][1] if med[n] else "-" for n in names]
        cells += ["%.2fx" % (2 * med[n][0] / med[n][1]) if med[n] else "-" for n in names]
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
        for vm in sorted(marks):
            print("    !! %s: %s" % (vm, marks[vm]))
    print("(speedup: 2 x time with 1 thread / time with 2 threads, each thread doing the same work; "
          "2.00x is perfect scaling on 2 cores)")
