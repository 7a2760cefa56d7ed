// runtime/vm/pending_signals.h — POSIX signals delivered to Python code
// (library reference "signal": "Python signal handlers are always executed
// in the main Python thread ... between bytecode instructions").
// The C handler only records the signal (async-signal-safe: atomics and a
// write() to the wakeup fd); the interpreter calls run_pending_signals() at
// its safe points (backward jumps, returns) and blocking calls call it when
// interrupted (PEP 475), which runs the Python handlers.
// Owns: the table of Python-level handlers (one Value per signal, a root),
// the tripped flags and the wakeup fd. Must never: run Python code inside the
// C handler; change the handler table in a transaction that can still abort.
#pragma once
#include <atomic>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

inline constexpr int kSignalCount = 65;  // signals 1..64 (NSIG on Linux)

extern std::atomic<bool> g_signals_pending;
inline bool signals_pending() { return g_signals_pending.load(std::memory_order_relaxed); }

// Installs the C handler for SIGINT (raising KeyboardInterrupt) and roots the
// handler table. Called once at startup.
void init_pending_signals();

// The Python handler of `signum`: a callable, or the ints SIG_DFL / SIG_IGN;
// null when SIGINT still has the startup handler (KeyboardInterrupt).
Value python_signal_handler(int signum);
// Records `handler` for signum (the caller installed the C-level disposition).
void set_python_signal_handler(int signum, Value handler);
// The C handler that records a signal for the interpreter.
void trip_signal(int signum);
// -1 to disable; returns the previous fd.
int set_signal_wakeup_fd(int fd, bool warn_on_full_buffer);

// Python handlers run in the main thread only (the one that started the
// runtime; in a forked child, the forking thread).
bool is_main_thread();
void become_main_thread_after_fork();

// Runs the Python handlers of the signals recorded since the last call (in
// signal-number order); nothing in a thread other than the main one. A handler's exception (KeyboardInterrupt from the
// default SIGINT handler) is returned as an error; signals not yet handled
// stay recorded.
Status run_pending_signals(ThreadState& ts);

// The main module ended with an uncaught KeyboardInterrupt: like CPython, the
// process then ends by SIGINT (status 130 from a shell, -2 from subprocess).
void note_uncaught_keyboard_interrupt();
// Called last by the command line: re-raises SIGINT with its default
// disposition when note_uncaught_keyboard_interrupt() was called.
void exit_by_sigint_if_noted();

}  // namespace pystm
