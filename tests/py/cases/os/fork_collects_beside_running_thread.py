# fork() while another thread runs Python: the child has only the forking
# thread, so its collections must not wait for the others to stop (they do
# not exist there), and it can allocate and collect freely.
import gc, os, sys, _thread, time

state = {"stop": False}
started, done = _thread.allocate_lock(), _thread.allocate_lock()
started.acquire()
done.acquire()


def spinner():
    started.release()
    n = 0
    # Writes nothing shared: it keeps running (never waits for the forking
    # thread's inevitable transaction) while the parent forks.
    while not state["stop"]:
        n += len([i for i in range(20)])  # allocates: takes heap pages too
    done.release()


_thread.start_new_thread(spinner, ())
started.acquire()
time.sleep(0.01)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    junk = [[i] * 10 for i in range(20000)]
    gc.collect()
    junk = None
    gc.collect()
    print("child collected", sum(len(x) for x in [[1] * 5 for _ in range(100)]))
    sys.stdout.flush()
    os._exit(0)
print("child exit", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
state["stop"] = True
done.acquire()
print("parent done")
