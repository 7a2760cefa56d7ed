// runtime/vm/exit_callbacks.h — what runs when the interpreter exits: the
// wait for non-daemon threads, then the functions the `atexit` module
// registers, in last-registered-first order.
// Owns: the list of (function, args tuple, kwargs dict) entries, a heap list
// rooted for the whole run. Must never: run them more than once.
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// The list of registered entries, each a tuple (func, args, kwargs).
Value exit_callbacks();
// Before them, as CPython does: when `threading` was imported, its
// _shutdown() joins the non-daemon threads.
void wait_for_thread_shutdown(ThreadState& ts);
// Runs and clears the entries; exceptions are reported as CPython's
// "Exception ignored in atexit callback" and do not stop the others.
void run_exit_callbacks(ThreadState& ts);

}  // namespace pystm
