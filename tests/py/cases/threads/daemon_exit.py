# Daemon threads still running (spinning, sleeping, blocked on a lock) when
# the main thread ends do not keep the process alive; non-daemon threads are
# joined first, and what the main thread printed is all there.
import threading, time

held = threading.Lock()
held.acquire()
state = {"spins": 0}
main_printed = threading.Event()

def spin():
    while True:
        state["spins"] += 1

def sleeper():
    while True:
        time.sleep(0.01)

def blocked():
    held.acquire()

def finisher():
    # Prints only after the main thread did (a fixed order for the
    # comparison), then exit must still wait for it.
    main_printed.wait()
    time.sleep(0.02)
    print("non-daemon thread done")

for target in (spin, sleeper, blocked):
    threading.Thread(target=target, daemon=True).start()
threading.Thread(target=finisher).start()
time.sleep(0.02)
print("main done", threading.active_count() >= 4)
main_printed.set()
