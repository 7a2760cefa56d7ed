// runtime/vm/transaction_restart.h — where a thread's transaction restarts
// after an abort, and how an abort found deep in native code gets there.
// Owns: the restart point (ThreadState::restart), recorded at each bytecode
// boundary of the outermost interpreter loop; the rule that a transaction
// that did not begin at such a boundary runs inevitable; the pending restart
// that unwinds from a failed become-inevitable to the outermost loop.
// Must never: let a non-inevitable transaction run without a restart point,
// or let an irreversible action happen in a transaction that may abort.
//
// A transaction begins at a boundary of the outermost loop, where the
// thread's only live C++ state is that loop's: the frame, the recursion
// depth, the handled exception, the atomic depth. Everything else the thread
// needs to resume (its frames and their stacks) is heap, and an abort brings
// it back. So restarting is: abort, put the restart point back, load the
// frame, continue at its pc.
//
// An abort can be found below that loop only by become-inevitable (I/O,
// blocking, starting a thread). Then the STM has already restored the heap;
// the thread begins a throwaway transaction (so that what the unwinding code
// writes is undone too), marks the restart pending and returns an error.
// Interpreter loops run no handler while a restart is pending; the outermost
// loop aborts the throwaway transaction and restarts. Code that swallows the
// error only delays this until the next boundary, and any irreversible action
// it tries meanwhile fails the same way.
#pragma once
#include <cstdint>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct FrameObject;

// Makes the running transaction inevitable before an irreversible action
// (output, a system call with effects, blocking, starting a thread). An error
// when it aborted instead: the caller propagates it without acting.
Status enter_inevitable(ThreadState& ts);

// The error a nested loop returns while a restart is pending (the pending
// exception is set again if code on the way swallowed it).
Error restart_pending_error(ThreadState& ts);

// A bytecode boundary of the outermost loop (called with the frame's pc and
// sp saved): commits and begins the next transaction, or restarts the one
// that was running when it aborted or a restart is pending. `frame` is the
// frame to continue in (the restart point's after a restart). False when the
// thread restarted: what the loop derived from the heap is stale.
bool transaction_boundary(ThreadState& ts, FrameObject*& frame);

// Restarts the running transaction at its restart point (a restart is
// pending): aborts it and returns the frame to continue in.
FrameObject* restart_transaction(ThreadState& ts);

// The outermost loop is about to hand control back to native code, where no
// restart point exists: with other threads running in parallel, the
// transaction becomes inevitable. False when it aborted (a restart is
// pending; the loop restarts instead of leaving).
bool leave_outermost_loop(ThreadState& ts);

// The transaction that begins after a wait outside any boundary (blocking,
// a new thread's first one) has no restart point: it starts inevitable.
void begin_without_restart_point(uint64_t location);

}  // namespace pystm
