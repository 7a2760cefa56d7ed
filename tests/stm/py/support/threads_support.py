# Shared by the Python thread stress scripts: the seed from the command line,
# a start gate (workers wait until every thread exists, so they really run
# together), and a bounded wait for the main thread.
import _thread, os, random, sys, time

seed = int(sys.argv[1])
rng = random.Random(seed)
# Switch threads as often as the runtime allows: more interleavings.
sys.setswitchinterval(1e-6)
_go = []


def wait_for_go():
    while not _go:
        time.sleep(0.0005)


def start_all(function, argument_tuples):
    for args in argument_tuples:
        _thread.start_new_thread(function, args)
    _go.append(True)


def run_threads(function, count):
    """Runs function(0) .. function(count - 1) in threading.Threads; joins them."""
    import threading
    threads = [threading.Thread(target=function, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def wait_until(condition, lock, what, seconds=120):
    deadline = time.monotonic() + seconds
    while True:
        with lock:
            if condition():
                return
        assert time.monotonic() < deadline, what + " did not finish"
        time.sleep(0.001)


def check_thread_mode(stats):
    """The way threads shared the machine is the one asked for."""
    if os.environ.get("PYSTM_THREADS") == "turns":
        assert stats["threads_take_turns"] and not stats["threads_run_parallel"], stats
    else:
        assert stats["threads_run_parallel"] and not stats["threads_take_turns"], stats
