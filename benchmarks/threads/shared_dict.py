# benchmarks/threads/shared_dict.py — threads update a shared dict; about one
# update in ten goes to a key all threads share, the rest to keys of their
# own. Usage: shared_dict.py THREADS. The shared key's count depends on how
# the threads interleave (the updates race, as in CPython), so only the
# threads' own counts are printed. Under pystm the STM's abort rate goes to
# stderr.
import _thread
import sys

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
shared = {}
finished = []
lock = _thread.allocate_lock()


def run(k, done):
    own = "own%d" % k
    for i in range(6000000):
        key = "shared" if i % 10 == 0 else own
        shared[key] = shared.get(key, 0) + 1
    with lock:
        finished.append(k)
    done.release()


done_locks = [_thread.allocate_lock() for _ in range(threads)]
for k, done in enumerate(done_locks):
    done.acquire()
    _thread.start_new_thread(run, (k, done))
# The main thread waits on a lock each worker releases when it is done (as
# Thread.join does), so it takes no share of the machine meanwhile.
for done in done_locks:
    done.acquire()
print("shared_dict", threads, sorted(shared), sum(v for k, v in shared.items() if k != "shared"))
try:
    import pystm
    s = pystm.stats()
    attempts = s["commits"] + s["aborts"]
    print("pystm aborts %.2f%%" % (100.0 * s["aborts"] / attempts if attempts else 0.0), file=sys.stderr)
except ImportError:
    pass
