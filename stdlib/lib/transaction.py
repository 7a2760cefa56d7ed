"""transaction — run many small tasks on several threads as atomic sections.

pystm's version of PyPy-STM's ``transaction`` module. Each task added to a
TransactionQueue runs inside ``pystm.atomic``: however the tasks are spread
over threads, the result is that of running them one after another in some
order. Tasks may add further tasks to the queue they run in.

Conflict-aware dispatch: a task is known by its function (its key). When
transactions of two tasks conflicted (the runtime's conflict records name
both tasks), a worker does not start a task while a task whose key
conflicted with its key runs; it takes another one, or waits. So tasks
that keep conflicting run one after another instead of aborting each other,
and the others fill the threads. ``run(conflict_aware=False)`` turns it off.

This file owns the queue and its worker threads; the atomic sections, the
segment count, the conflict records and the statistics come from the native
``pystm`` module.
"""

import _thread
import time

from pystm import atomic, is_atomic, hint_commit_soon, become_inevitable, getsegmentlimit, stats
from pystm import _set_task, _tasks_conflicted

# How far from the end of the pending list a worker looks for a task that
# conflicts with none of the running ones.
_SCAN = 32

__all__ = ["TransactionQueue", "atomic", "is_atomic", "hint_commit_soon",
           "become_inevitable", "getsegmentlimit", "stats"]


def _run_task(f, args, kwds):
    # The task is one transaction, committed at this function's return.
    with atomic:
        f(*args, **kwds)


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

    def run(self, nb_segments=0, conflict_aware=True):
        """Runs every task (and those they add) on nb_segments threads
        (default: pystm.getsegmentlimit()). Returns when all are done; the
        first exception a task raised stops the run and is raised here.
        With conflict_aware, tasks whose transactions conflicted before are
        not run at the same time."""
        if self._running:
            raise RuntimeError("TransactionQueue.run() is already running")
        if nb_segments <= 0:
            nb_segments = getsegmentlimit()
        self._running = True
        state = {"busy": 0, "error": None, "left": nb_segments}
        running = []  # keys of the tasks running now
        finished = _thread.allocate_lock()
        finished.acquire()

        def clear(key, others):
            for other in others:
                if _tasks_conflicted(key, other):
                    return False
            return True

        def take():
            with self._lock:
                if state["error"] is not None or not self._pending:
                    return None
                pending = self._pending
                index = len(pending) - 1
                if conflict_aware and running:
                    for i in range(index, max(-1, index - _SCAN), -1):
                        if clear(id(pending[i][0]), running):
                            index = i
                            break
                    else:
                        return None  # each candidate conflicts with a running task
                state["busy"] += 1
                task = pending.pop(index)
                running.append(id(task[0]))
            # The queue's own state is shared by every worker: commit it
            # now (at this return), so the task's transaction holds only
            # what the task touches.
            hint_commit_soon()
            return task

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
                    _set_task(id(f))
                    try:
                        _run_task(f, args, kwds)
                    except BaseException as e:
                        with self._lock:
                            if state["error"] is None:
                                state["error"] = e
                    finally:
                        _set_task(0)
                        with self._lock:
                            state["busy"] -= 1
                            running.remove(id(f))
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
