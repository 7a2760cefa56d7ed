// runtime/vm/exit_callbacks.h — functions to run when the interpreter exits
// (what the `atexit` module registers), in last-registered-first order.
// Owns: the list of (function, args tuple, kwargs dict) entries, a heap list
// rooted for the whole run. Must never: run them more than once.
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// The list of registered entries, each a tuple (func, args, kwargs).
Value exit_callbacks();
// Runs and clears the entries; exceptions are reported as CPython's
// "Exception ignored in atexit callback" and do not stop the others.
void run_exit_callbacks(ThreadState& ts);

}  // namespace pystm
