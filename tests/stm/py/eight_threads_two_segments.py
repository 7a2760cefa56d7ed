# 8 threads on 2 segments: a child interpreter (PYSTM_SEGMENTS=2, this run's
# threading mode) runs 8 threads that each do the same amount of work — a
# private sum and, every few units, an update of a shared total under a
# lock. Every thread finishes with the right results, and progress is fair:
# when the first thread is done, every other one has done a good part of its
# work (a scheduler that let the first two threads run to the end would leave
# six at nothing). In parallel, the scheduler admitted threads to segments.
# Usage: SEED.
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "support"))

if len(sys.argv) > 2 and sys.argv[2] == "child":
    import threading
    import pystm
    THREADS, UNITS = 8, 200
    progress = [[0] for _ in range(THREADS)]  # one object per thread: no conflicts
    sums = [None] * THREADS
    shared = {"total": 0}
    lock = threading.Lock()
    snapshot = []
    gate = threading.Barrier(THREADS)

    def work(i):
        gate.wait()
        mine = progress[i]
        s = 0
        for unit in range(UNITS):
            for k in range(3000):
                s += (k * (i + 1)) % 7
            mine[0] += 1
            if unit % 20 == 0:
                with lock:
                    shared["total"] += 1
        with lock:
            if not snapshot:
                snapshot.append([p[0] for p in progress])
        sums[i] = s

    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = [sum((k * (i + 1)) % 7 for k in range(3000)) * UNITS for i in range(THREADS)]
    stats = pystm.stats()
    print(json.dumps({"sums_ok": sums == expected, "total": shared["total"], "expected_total": THREADS * (UNITS // 20),
                      "progress": [p[0] for p in progress], "snapshot": snapshot[0], "units": UNITS,
                      "segments": stats["segments"], "admissions": stats["segment_admissions"],
                      "parallel": stats["threads_run_parallel"], "limit": pystm.getsegmentlimit()}))
    sys.exit(0)

from threads_support import seed

env = dict(os.environ, PYSTM_SEGMENTS="2")
child = subprocess.run([sys.executable, os.path.abspath(__file__), str(seed), "child"], env=env,
                       capture_output=True, text=True, timeout=280)
assert child.returncode == 0, child.stderr
r = json.loads(child.stdout)
assert r["sums_ok"], r
assert r["total"] == r["expected_total"], r
assert r["progress"] == [r["units"]] * 8, r
# Fair progress: nobody was left behind while the first thread ran to its end.
assert min(r["snapshot"]) >= r["units"] // 5, ("unfair progress", r["snapshot"])
if r["parallel"]:
    assert r["limit"] == 2 and r["segments"] <= 2, r
    assert r["admissions"] > 0, r
print("8 threads on 2 segments; progress when the first finished:", r["snapshot"])
