"""faulthandler for pystm: the module's interface, in Python.

CPython's faulthandler installs C signal handlers that dump every thread's
stack on SIGSEGV, SIGFPE, SIGABRT, SIGBUS and SIGILL. pystm has no such
handlers: enable() records the setting (so is_enabled() and the tools that
toggle it, such as pytest, behave), dump_traceback() writes the calling
thread's stack in CPython's format, and dump_traceback_later() arms a timer
thread that does the same (and exits with status 1 when asked).
register()/unregister() attach the dump to a signal through the signal
module.
"""
import sys as _sys

__all__ = ["enable", "disable", "is_enabled", "dump_traceback", "dump_traceback_later",
           "cancel_dump_traceback_later", "register", "unregister"]

_enabled = False
_later = None
_registered = {}


def _fileno(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _write_stack(fd, frame, header):
    import os
    lines = [header]
    while frame is not None:
        code = frame.f_code
        lines.append('  File "%s", line %s in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
    os.write(fd, "".join(lines).encode("utf-8", "backslashreplace"))


def enable(file=None, all_threads=True):
    global _enabled
    _fileno(file)
    _enabled = True


def disable():
    global _enabled
    was = _enabled
    _enabled = False
    return was


def is_enabled():
    return _enabled


def dump_traceback(file=None, all_threads=True):
    import threading
    fd = _fileno(file)
    header = "Current thread 0x%016x (most recent call first):\n" % threading.get_ident()
    _write_stack(fd, _sys._getframe(1), header)


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    global _later
    import threading
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    fd = _fileno(file)
    cancel_dump_traceback_later()
    target = _sys._getframe(1)
    cancelled = threading.Event()

    def watch():
        import os
        while not cancelled.wait(timeout):
            _write_stack(fd, target, "Timeout (%s)!\nThread 0x%016x (most recent call first):\n"
                         % (_format_timeout(timeout), threading.main_thread().ident))
            if exit:
                os._exit(1)
            if not repeat:
                return

    thread = threading.Thread(target=watch, name="faulthandler watchdog", daemon=True)
    _later = cancelled
    thread.start()


def _format_timeout(timeout):
    seconds = int(timeout)
    return "%d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)


def cancel_dump_traceback_later():
    global _later
    if _later is not None:
        _later.set()
        _later = None


def register(signum, file=None, all_threads=True, chain=False):
    import signal
    fd = _fileno(file)
    previous = signal.getsignal(signum)

    def handler(sig, frame):
        _write_stack(fd, frame, "Current thread (most recent call first):\n")
        if chain and callable(previous):
            previous(sig, frame)

    _registered.setdefault(signum, previous)
    signal.signal(signum, handler)


def unregister(signum):
    import signal
    if signum not in _registered:
        return False
    signal.signal(signum, _registered.pop(signum))
    return True
