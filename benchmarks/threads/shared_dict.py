# benchmarks/threads/shared_dict.py — threads update a shared dict; about one
# update in ten goes to a key all threads share, the rest to keys of their
# own. Usage: shared_dict.py THREADS. The shared key's count depends on how
# the threads interleave (the updates race, as in CPython), so only the
# threads' own counts are printed. Under pystm the STM's abort rate goes to
# stderr.
import _thread
import sys
import time

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
shared = {}
finished = []
lock = _thread.allocate_lock()


def run(k):
    own = "own%d" % k
    for i in range(6000000):
        key = "shared" if i % 10 == 0 else own
        shared[key] = shared.get(key, 0) + 1
    with lock:
        finished.append(k)


for k in range(threads):
    _thread.start_new_thread(run, (k,))
while True:
    with lock:
        if len(finished) == threads:
            break
    time.sleep(0.001)
print("shared_dict", threads, sorted(shared), sum(v for k, v in shared.items() if k != "shared"))
try:
    import pystm
    s = pystm.stats()
    attempts = s["commits"] + s["aborts"]
    print("pystm aborts %.2f%%" % (100.0 * s["aborts"] / attempts if attempts else 0.0), file=sys.stderr)
except ImportError:
    pass
