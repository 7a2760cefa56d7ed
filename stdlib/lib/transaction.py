"""transaction — run many small tasks on several threads as atomic sections.

pystm's version of PyPy-STM's ``transaction`` module. Each task added to a
TransactionQueue runs inside ``pystm.atomic``: however the tasks are spread
over threads, the result is that of running them one after another in some
order. Tasks may add further tasks to the queue they run in.

This file owns the queue and its worker threads; the atomic sections, the
segment count and the statistics come from the native ``pystm`` module.
"""

import _thread
import time

from pystm import atomic, is_atomic, hint_commit_soon, become_inevitable, getsegmentlimit, stats

__all__ = ["TransactionQueue", "atomic", "is_atomic", "hint_commit_soon",
           "become_inevitable", "getsegmentlimit", "stats"]


class TransactionQueue(object):
    """A queue of tasks; run() executes them on several threads."""

    def __init__(self):
        self._pending = []
        self._lock = _thread.allocate_lock()
        self._running = False

    def add(self, f, *args, **kwds):
        """Adds f(*args, **kwds) to the tasks (also from inside a task)."""
        with self._lock:
            self._pending.append((f, args, kwds))

    def add_generator(self, generator_iterator):
        """Adds a task per step of the generator: each next() runs atomically."""
        def step():
            try:
                next(generator_iterator)
            except StopIteration:
                return
            self.add(step)
        self.add(step)

    def run(self, nb_segments=0):
        """Runs every task (and those they add) on nb_segments threads
        (default: pystm.getsegmentlimit()). Returns when all are done; the
        first exception a task raised stops the run and is raised here."""
        if self._running:
            raise RuntimeError("TransactionQueue.run() is already running")
        if nb_segments <= 0:
            nb_segments = getsegmentlimit()
        self._running = True
        state = {"busy": 0, "error": None, "left": nb_segments}
        finished = _thread.allocate_lock()
        finished.acquire()

        def take():
            with self._lock:
                if state["error"] is None and self._pending:
                    state["busy"] += 1
                    return self._pending.pop()
                return None

        def worker():
            try:
                while True:
                    task = take()
                    if task is None:
                        with self._lock:
                            # Others may still add tasks while they run.
                            if state["busy"] == 0 or state["error"] is not None:
                                break
                        time.sleep(0.0005)
                        continue
                    f, args, kwds = task
                    try:
                        with atomic:
                            f(*args, **kwds)
                    except BaseException as e:
                        with self._lock:
                            if state["error"] is None:
                                state["error"] = e
                    finally:
                        with self._lock:
                            state["busy"] -= 1
            finally:
                with self._lock:
                    state["left"] -= 1
                    if state["left"] == 0:
                        finished.release()

        try:
            for _ in range(nb_segments):
                _thread.start_new_thread(worker, ())
            finished.acquire()
        finally:
            self._running = False
        if state["error"] is not None:
            with self._lock:
                del self._pending[:]
            raise state["error"]
