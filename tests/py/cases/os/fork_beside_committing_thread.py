# fork() again and again while another thread commits all the time (it writes
# its own list, allocates, takes heap pages): whatever that thread was doing
# at the fork — committing, privatizing a page, taking a segment — the child,
# which has only the forking thread, allocates, commits, collects and exits.
import gc, os, sys, _thread, time

state = {"stop": False}
started, done = _thread.allocate_lock(), _thread.allocate_lock()
started.acquire()
done.acquire()


def worker():
    mine = [0]
    started.release()
    while not state["stop"]:
        mine[0] += 1
        mine.append([mine[0]] * 3)
        if len(mine) > 2000:
            del mine[1:]
    done.release()


_thread.start_new_thread(worker, ())
started.acquire()
statuses = []
for round in range(25):
    time.sleep(0.002)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        box = {"n": 0}
        for i in range(3000):
            box["n"] += i
            box[i % 50] = [i] * 4
        gc.collect()
        os._exit(0 if box["n"] == sum(range(3000)) else 1)
    statuses.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
state["stop"] = True
done.acquire()
print("children", len(statuses), "exit codes", sorted(set(statuses)))
