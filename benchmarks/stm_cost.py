#!/usr/bin/env python3.11
"""benchmarks/stm_cost.py — the single-thread cost of the STM barriers:
pystm against the same sources built with -DPYSTM_STM_BARRIERS=OFF (every
read and write barrier a plain view; aborts restore nothing), over the
programs in benchmarks/py, one thread. Issue #7 asks for at most 15%
(geometric mean).

Builds the comparison interpreter into build-nobarriers/ first (Release,
no tests or benchmarks; -j1 — the machine is shared — and ccache makes a
rebuild cheap) unless --no-build. Both interpreters run alternately within
each round; outputs must be equal. Per program the table gives the median
wall time and the median CPU time (user + system) of each, and the ratio
pystm / no-barriers by CPU time, which time slicing by other tenants does
not inflate, and by wall time.

usage: stm_cost.py [--pystm PATH] [--rounds R] [--no-build] [--only NAME ...]
"""

import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROGRAMS = HERE / "py"
NOBARRIERS = ROOT / "build-nobarriers"


def build():
    env = dict(os.environ, CCACHE_BASEDIR=str(ROOT), CCACHE_NOHASHDIR="1")
    env.setdefault("CCACHE_DIR", os.path.expanduser("~/.cache/pystm-ccache"))
    subprocess.run(["cmake", "-S", str(ROOT), "-B", str(NOBARRIERS), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                    "-DPYSTM_STM_BARRIERS=OFF", "-DPYSTM_TESTS=OFF", "-DPYSTM_BENCHMARKS=OFF"],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["ninja", "-C", str(NOBARRIERS), "-j1", "pystm"], check=True, env=env, stdout=subprocess.DEVNULL)
    return NOBARRIERS / "pystm"


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(exe, script, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    env.pop("PYSTM_THREADS", None)
    cpu = children_cpu()
    start = time.perf_counter()
    p = subprocess.run([str(exe), script.name], cwd=script.parent, env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=timeout)
    wall = time.perf_counter() - start
    if p.returncode != 0:
        raise SystemExit("%s %s failed: %s" % (exe, script.name, p.stderr.decode()[-300:]))
    return wall, children_cpu() - cpu, p.stdout


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pystm", default=str(ROOT / "build" / "pystm"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--only", action="append", default=[])
    args = ap.parse_args()
    plain = NOBARRIERS / "pystm" if args.no_build else build()
    vms = [("pystm", Path(args.pystm)), ("no-barriers", plain)]
    scripts = [s for s in sorted(PROGRAMS.glob("*.py")) if not args.only or s.stem in args.only]
    header = ("benchmark", "pystm s", "nobar s", "pystm cpu", "nobar cpu", "cpu ratio", "wall ratio")
    widths = [16, 9, 9, 9, 9, 10, 10]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    cpu_ratios, wall_ratios = [], []
    for script in scripts:
        walls = {name: [] for name, _ in vms}
        cpus = {name: [] for name, _ in vms}
        outputs = set()
        for rnd in range(args.rounds):
            for name, exe in (vms if rnd % 2 == 0 else vms[::-1]):
                wall, cpu, out = run(exe, script, args.timeout)
                walls[name].append(wall)
                cpus[name].append(cpu)
                outputs.add(out)
        if len(outputs) != 1:
            raise SystemExit("%s: the two builds printed different outputs" % script.name)
        w = {n: statistics.median(v) for n, v in walls.items()}
        c = {n: statistics.median(v) for n, v in cpus.items()}
        cpu_ratios.append(c["pystm"] / c["no-barriers"])
        wall_ratios.append(w["pystm"] / w["no-barriers"])
        cells = [script.stem, "%.3f" % w["pystm"], "%.3f" % w["no-barriers"], "%.3f" % c["pystm"],
                 "%.3f" % c["no-barriers"], "%.3fx" % cpu_ratios[-1], "%.3fx" % wall_ratios[-1]]
        print("  ".join(x.ljust(wd) if i == 0 else x.rjust(wd) for i, (x, wd) in enumerate(zip(cells, widths))),
              flush=True)
    print("-" * len(line))
    cells = ["geometric mean", "", "", "", "", "%.3fx" % geomean(cpu_ratios), "%.3fx" % geomean(wall_ratios)]
    print("  ".join(x.ljust(wd) if i == 0 else x.rjust(wd) for i, (x, wd) in enumerate(zip(cells, widths))))
    print("(ratio: pystm / the build without barriers; 1.15x is the issue's limit; median of %d round(s))"
          % args.rounds)


if __name__ == "__main__":
    main()
