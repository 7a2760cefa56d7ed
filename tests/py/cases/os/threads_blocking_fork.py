# Threads (_thread: threading needs io) and the OS modules: a thread blocked in os.read/select/sleep
# gives the turn to others; fork from a process with threads leaves a child that runs Python alone.
import os, sys, _thread, time, select
r, w = os.pipe()
got = []
done = _thread.allocate_lock(); done.acquire()
def reader():
    got.append(os.read(r, 100)); done.release()
_thread.start_new_thread(reader, ())
time.sleep(0.05)
os.write(w, b"through the pipe")
done.acquire(); print(got)
def writer():
    time.sleep(0.05); os.write(w, b"x"); done.release()
_thread.start_new_thread(writer, ())
print(select.select([r], [], [], 5)[0] == [r], os.read(r, 1)); done.acquire()
state = {"stop": False}
def spinner():
    n = 0
    while not state["stop"]:
        n += 1
    done.release()
_thread.start_new_thread(spinner, ())
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    total = 0
    for i in range(200000):
        total += i
    print("child computes", total, [i * i for i in range(5)])
    sys.stdout.flush()
    os._exit(0)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
state["stop"] = True; done.acquire()
print("done")
