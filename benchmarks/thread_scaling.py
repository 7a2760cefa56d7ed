#!/usr/bin/env python3.11
"""benchmarks/thread_scaling.py — the threaded table of benchmarks/run.py
(also runnable alone: thread_scaling.py [--pystm PATH] [--rounds R]).

Each program in benchmarks/threads/ takes a thread count and gives every
thread the same fixed work, so with perfect scaling its time stays the same
from 1 to 2 threads. pystm runs with PYSTM_THREADS=parallel (threads as
parallel transactions); python3.11 and pypy3 have a GIL. For each
interpreter and thread count the table shows the median wall time and the
throughput (threads' work units per second), then three speedups of 2
threads over 1:

- wall: 2 x t(1) / t(2). 2.00x is perfect scaling on this 2-core machine,
  1.00x no parallelism — but on a shared machine other tenants' load
  lowers it for everyone.
- cpu: 2 x cpu(1) / cpu(2), the CPU time (user + system, all threads) one
  unit of work costs with 1 thread over what it costs with 2. Time slicing
  by other tenants does not inflate CPU time, so this is the measure that
  does not depend on the machine's load: 1.00x means the second thread
  adds no cost (no aborts, no copying); it is blind to a GIL.
- par: cpu(2) / t(2), how many cores the 2-thread run kept busy on
  average (at most 2; a GIL keeps it near 1 whatever the load).

So an interpreter scales when both cpu and par are near their best; wall
confirms it when the machine is quiet. pystm's abort rate (from its own
statistics, printed on stderr by the programs) is shown for 2 threads.
Outputs must equal python3.11's for the same thread count.
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
THREADS = HERE / "threads"


def _children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _run(name, exe, script, threads, timeout):
    """Returns (wall, cpu, stdout, stderr, problem)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    if name == "pystm":
        env["PYSTM_THREADS"] = "parallel"
    cpu = _children_cpu()
    start = time.perf_counter()
    try:
        p = subprocess.run([exe, script.name, str(threads)], cwd=script.parent, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, b"", b"", "TIMEOUT"
    except OSError as e:
        return None, None, b"", b"", "CANNOT RUN (%s)" % e.strerror
    wall = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if p.returncode != 0:
        last = p.stderr.decode("utf-8", "replace").strip().split("\n")[-1][:70]
        return None, None, p.stdout, p.stderr, "FAILED (status %d: %s)" % (p.returncode, last)
    return wall, cpu, p.stdout, p.stderr, None


def thread_scaling(vms, rounds, timeout):
    """Rows (program, {vm: {n: (wall, cpu)} or None}, {vm: problem}, pystm abort rate)."""
    rows = []
    for script in sorted(THREADS.glob("*.py")):
        walls = {(name, n): [] for name, _ in vms for n in (1, 2)}
        cpus = {(name, n): [] for name, _ in vms for n in (1, 2)}
        aborts = []
        reference = {}
        marks = {}
        for rnd in range(rounds):
            for n in (1, 2):
                order = vms[1:2] + vms[:1] + vms[2:] if rnd == 0 else vms[rnd % 3:] + vms[:rnd % 3]
                for name, exe in order:
                    if name in marks:
                        continue
                    wall, cpu, out, err, problem = _run(name, exe, script, n, timeout)
                    if problem is None and name == "python3.11" and n not in reference:
                        reference[n] = out
                    if problem is None and reference.get(n) is not None and out != reference[n]:
                        problem = "OUTPUT MISMATCH"
                    if problem:
                        marks[name] = problem
                        continue
                    walls[(name, n)].append(wall)
                    cpus[(name, n)].append(cpu)
                    m = re.search(rb"pystm aborts ([0-9.]+)%", err)
                    if name == "pystm" and n == 2 and m:
                        aborts.append(float(m.group(1)))
        med = {}
        for name, _ in vms:
            ok = name not in marks and all(walls[(name, n)] for n in (1, 2))
            med[name] = {n: (statistics.median(walls[(name, n)]), statistics.median(cpus[(name, n)]))
                         for n in (1, 2)} if ok else None
        rows.append((script.stem, med, marks, statistics.median(aborts) if aborts else None))
    return rows


def print_thread_scaling(rows, vms):
    names = [name for name, _ in vms]
    header = ["threads", "vm", "1T s", "2T s", "1T work/s", "2T work/s", "wall", "cpu", "par", "aborts"]
    widths = [max(12, max([len(r[0]) for r in rows] + [0])), max(len(n) for n in names)] + [9] * 8
    line = "  ".join(h.ljust(w) if i < 2 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    for program, med, marks, abort_rate in rows:
        for name in names:
            m = med[name]
            cells = [program, name]
            if m:
                (w1, c1), (w2, c2) = m[1], m[2]
                cells += ["%.3f" % w1, "%.3f" % w2, "%.2f" % (1 / w1), "%.2f" % (2 / w2),
                          "%.2fx" % (2 * w1 / w2), "%.2fx" % (2 * c1 / c2) if c2 else "-",
                          "%.2f" % (c2 / w2)]
                cells.append("%.2f%%" % abort_rate if name == "pystm" and abort_rate is not None else "")
            else:
                cells += ["-"] * 7 + [""]
            print("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
            program = ""
        for vm in sorted(marks):
            print("    !! %s: %s" % (vm, marks[vm]))
    print("(work/s: per-thread work units per second; wall, cpu: 2-thread speedup over 1 thread by wall time and "
          "by CPU time per unit of work; par: cores the 2-thread run kept busy; aborts: pystm's, 2 threads. "
          "pystm runs with PYSTM_THREADS=parallel)")
    for program, med, marks, _ in rows:
        m = med.get("pystm")
        if m:
            (w1, c1), (w2, c2) = m[1], m[2]
            print("pystm %s: 2 threads = %.2fx the 1-thread throughput by wall time, %.2fx by CPU time per unit "
                  "x cores busy (%.2f x %.2f)" % (program, 2 * w1 / w2, 2 * c1 / c2 * min(2.0, c2 / w2),
                                                  2 * c1 / c2, c2 / w2))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pystm", default=str(HERE.parent / "build" / "pystm"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--pypy", default="/usr/bin/pypy3")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0)
    args = ap.parse_args()
    vms = [("pystm", args.pystm), ("python3.11", args.python), ("pypy3", args.pypy)]
    print_thread_scaling(thread_scaling(vms, args.rounds, args.timeout), vms)


if __name__ == "__main__":
    main()
