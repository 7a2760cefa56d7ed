# -X stmlog=FILE and pystm.set_conflict_hook: a child pystm runs threads that
# conflict (unlocked updates of one counter, started together); every abort
# it records is in the log and reaches the Python hook, with the tracebacks
# of both transactions' starts (the counting function, in this file; the
# other side's only while it is still in its thread's ring), and no
# more aborted records exist than aborts. With threads taking turns nothing
# conflicts and the log holds no aborts. Usage: SEED.
import json, os, subprocess, sys, tempfile, threading

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "support"))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "tools"))

if len(sys.argv) > 2 and sys.argv[2] == "child":
    import pystm
    hooked = []
    pystm.set_conflict_hook(hooked.append)
    counter = [0]
    barrier = threading.Barrier(2)

    def count_up(n):
        for _ in range(n):
            counter[0] += 1

    def work():
        barrier.wait()
        for _ in range(10000):
            count_up(20)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    pystm.set_conflict_hook(None)
    assert counter[0] == 2 * 10000 * 20, counter[0]
    aborted = [(r["kind"], r["traceback"] or "", r["other_traceback"] or "") for r in hooked if r["aborted"]]
    print(json.dumps({"aborts": pystm.stats()["aborts"], "hooked": aborted,
                      "parallel": pystm.stats()["threads_run_parallel"]}))
    sys.exit(0)

from threads_support import seed
import stmlog

log_path = os.path.join(tempfile.mkdtemp(), "conflicts.stmlog")
child = subprocess.run([sys.executable, "-X", "stmlog=" + log_path, os.path.abspath(__file__), str(seed), "child"],
                       capture_output=True, text=True, timeout=240)
assert child.returncode == 0, child.stderr
report = json.loads(child.stdout)
with open(log_path, "rb") as f:
    records = list(stmlog.read_records(f.read()))
os.unlink(log_path)
os.rmdir(os.path.dirname(log_path))

logged = [(r["kind"], r["traceback"], r["other_traceback"]) for r in records if r["aborted"]]
assert len(logged) <= report["aborts"], (len(logged), report["aborts"])
assert sorted(logged) == sorted(tuple(h) for h in report["hooked"]), (logged, report["hooked"])
for kind, mine, other in logged:
    assert kind in ("write-write", "read-write"), kind
    assert "in count_up" in mine or "in work" in mine, mine
    # The other side is unknown when its start left its thread's ring.
    assert other == "" or "in count_up" in other or "in work" in other, other
if report["parallel"]:
    assert logged, "no conflict was recorded"
else:
    assert not logged
# The tool's command line: --help is the usage, and a log that cannot be
# opened is one line on stderr and status 1, not a traceback.
import contextlib, io
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    help_status = stmlog.main(["stmlog.py", "--help"])
    missing_status = stmlog.main(["stmlog.py", log_path])
assert help_status == 0 and out.getvalue().startswith("usage: stmlog.py FILE"), (help_status, out.getvalue())
assert missing_status == 1 and err.getvalue() == "stmlog: %s: No such file or directory\n" % log_path, err.getvalue()
print("ok", len(logged), "aborts logged of", report["aborts"])
