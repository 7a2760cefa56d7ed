// runtime/vm/transaction_restart.cpp — restart points and pending restarts
// (see the header).
#include "runtime/vm/transaction_restart.h"

#include "runtime/objects/frame_object.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/inline_cache.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

void record_restart_point(ThreadState& ts, FrameObject* frame) {
  RestartPoint& rp = ts.restart;
  rp.frame = frame;
  rp.recursion_depth = ts.recursion_depth;
  rp.atomic_depth = atomic_depth();
  rp.handled_exception = ts.handled_exception;
  rp.outer_handled_exception = ts.outer_handled_exception;
}

// The heap is back as it was when the transaction began (or newer); put the
// thread's malloc side back too.
FrameObject* return_to_restart_point(ThreadState& ts) {
  const RestartPoint& rp = ts.restart;
  ts.frame = rp.frame;
  ts.recursion_depth = rp.recursion_depth;
  ts.handled_exception = rp.handled_exception;
  ts.outer_handled_exception = rp.outer_handled_exception;
  ts.pending_exception = Value();
  ts.restart_pending = false;
  ts.ticks = 0;
  set_atomic_depth(rp.atomic_depth);
  drop_release_notice();
  // Cached frames and inline caches may name what the aborted transaction
  // made or released.
  frame_cache_forget();
  invalidate_inline_caches();
  return rp.frame;
}

}  // namespace

Error restart_pending_error(ThreadState& ts) {
  if (!ts.pending_exception.is_null()) return kError;
  return raise(ts, g_exc_BaseException, "transaction restart");
}

Status enter_inevitable(ThreadState& ts) {
  if (ts.restart_pending) return restart_pending_error(ts);
  if (!stm::in_transaction() || stm::is_inevitable()) return ok_status();
  if (stm::become_inevitable()) return ok_status();
  // Aborted: what runs until the outermost loop restarts is undone as well.
  stm::begin_to_unwind(0);
  ts.restart_pending = true;
  return raise(ts, g_exc_BaseException, "transaction restart");
}

bool transaction_boundary(ThreadState& ts, FrameObject*& frame) {
  if (ts.restart_pending) {
    frame = restart_transaction(ts);
    return false;
  }
  // pystm.atomic in parallel: the block is one transaction.
  if (atomic_depth() > 0 && threads_run_parallel()) return true;
  bool committed = next_turn(reinterpret_cast<uint64_t>(frame));
  if (!committed) frame = return_to_restart_point(ts);
  record_restart_point(ts, frame);
  return committed;
}

FrameObject* restart_transaction(ThreadState& ts) {
  stm::abort();
  stm::begin(reinterpret_cast<uint64_t>(ts.restart.frame));
  return return_to_restart_point(ts);
}

bool leave_outermost_loop(ThreadState& ts) {
  if (!threads_run_parallel()) return true;
  return enter_inevitable(ts).ok();
}

void begin_without_restart_point(uint64_t location) {
  stm::begin(location);
  if (threads_run_parallel()) {
    // Nothing was read yet, so validation cannot find a conflict.
    bool inevitable = stm::become_inevitable();
    (void)inevitable;
  }
}

}  // namespace pystm
