// runtime/vm/thread_state.h — the per-thread interpreter state and the
// registry of every live thread's state.
// Owns: the pending exception, the handled exception (sys.exc_info), the
// current frame and recursion accounting; the list of live ThreadStates that
// the collector's root enumerator walks. Must never: hold Python-visible
// mutable state that other threads can observe (that belongs in the heap).
// Its Value fields are gc roots (visited by the runtime's root enumerator).
#pragma once
#include <cstdint>

#include "runtime/core/value.h"

namespace pystm {
namespace gc {
class Visitor;
}

struct FrameObject;
struct FrameCache;
class ValueVector;

// Where the running transaction restarts after an abort: the state of the
// thread at the bytecode boundary of the outermost interpreter loop where it
// began (runtime/vm/transaction_restart.h). The heap side (frames, their
// stacks) comes back with the STM's backups; this is the malloc side.
struct RestartPoint {
  FrameObject* frame = nullptr;
  int recursion_depth = 0;
  int atomic_depth = 0;
  Value handled_exception;
  Value outer_handled_exception;
};

struct ThreadState {
  Value pending_exception;   // set while an exception propagates; null otherwise
  Value handled_exception;   // the exception being handled (except/finally), or null
  // While a generator runs: what its callers are handling (CPython's chain
  // of exc_info entries); sys.exc_info() falls back to it.
  Value outer_handled_exception;
  // _thread._set_sentinel(): a lock released when the thread ends.
  Value sentinel_lock;
  // sys.set_asyncgen_hooks(): per thread, as in CPython (null: None).
  Value asyncgen_firstiter;
  Value asyncgen_finalizer;
  int coroutine_origin_tracking_depth = 0;
  FrameObject* frame = nullptr;  // innermost executing Python frame
  int recursion_depth = 0;
  int recursion_limit = 1000;
  // Backward jumps, calls and returns since the last transaction boundary;
  // set high to end the transaction at the next one (pystm.hint_commit_soon).
  int ticks = 0;
  // Ticks per transaction: adapts to conflicts (transaction_restart.cpp).
  int transaction_budget = 4096;
  uintptr_t native_stack_limit = 0;  // below this, nested native calls raise RecursionError
  // The thread's malloc-side roots, for the collector running on any thread.
  ValueVector* const* value_vectors = nullptr;
  const FrameCache* frame_cache = nullptr;
  RestartPoint restart;
  // An abort was found below the outermost loop: the thread unwinds to that
  // loop without running handlers, and restarts there.
  bool restart_pending = false;
  ThreadState* next = nullptr;  // registry of live thread states
};

ThreadState& current_thread_state();
// The exception sys.exc_info() reports: the innermost frame's, else the
// one a caller of the running generator is handling; null when none.
inline Value current_handled_exception(const ThreadState& ts) {
  return ts.handled_exception.is_null() ? ts.outer_handled_exception : ts.handled_exception;
}
// Creates the calling thread's state, registers it and attaches the thread
// to the STM.
ThreadState& attach_thread_state();
// Unregisters and frees the calling thread's state and detaches it from the
// STM (the thread is ending; its transaction was committed).
void detach_thread_state();
// Visits the roots of every live thread (all other threads are parked).
void visit_thread_roots(gc::Visitor& visitor);

}  // namespace pystm
