// runtime/vm/transaction_restart.cpp — restart points and pending restarts
// (see the header).
#include "runtime/vm/transaction_restart.h"

#include <algorithm>

#include "runtime/objects/frame_object.h"
#include "runtime/vm/conflict_log.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/finalizers.h"
#include "runtime/vm/inline_cache.h"
#include "runtime/vm/segment_scheduler.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

// Transactions get longer while they commit (fewer commits, less copying
// between segments) and shorter when they abort (less work lost, fewer
// conflicts), within these bounds.
constexpr int kShortestBudget = 256;
constexpr int kLongestBudget = 65536;

// Others losing work to this thread's commits (conflict records, through
// the scheduler) shortens its transactions as its own aborts do: a long
// transaction that keeps winning makes the others lose more each time.
void adapt_budget(ThreadState& ts, bool committed) {
  if (committed && !scheduler_take_pressure())
    ts.transaction_budget = std::min(kLongestBudget, ts.transaction_budget + ts.transaction_budget / 16);
  else
    ts.transaction_budget = std::max(kShortestBudget, ts.transaction_budget / 2);
}

// The location word a transaction begins with: a per-thread serial in
// parallel (so conflict records name the transaction: its traceback when
// tracing, its TransactionQueue task), else the frame.
uint64_t begin_location(FrameObject* frame) {
  if (threads_run_parallel() || conflict_tracing()) return next_traced_location();
  return reinterpret_cast<uint64_t>(frame);
}

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

// Runs the queued finalizers in the transaction just begun, which has read
// nothing yet (so becoming inevitable cannot abort it), then ends it: the
// work that follows runs in an ordinary transaction again. The restart
// point stays the one just recorded (finalizers run in frames of their own).
void run_finalizers_alone(ThreadState& ts, uint64_t location) {
  if (!run_finalizers(ts).ok()) return;  // a restart is pending: the next boundary takes it
  if (stm::is_inevitable()) next_turn(location);  // inevitable: it commits
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
  // pystm.atomic: the block is one transaction (and, with turns, keeps the
  // turn). The budget stays spent, so the first boundary after the block
  // ends the transaction (and may pass the turn on).
  if (atomic_depth() > 0) {
    ts.ticks = ts.transaction_budget;
    return true;
  }
  bool tracing = conflict_tracing();
  uint64_t location = begin_location(frame);
  bool committed = next_turn(location);
  if (threads_run_parallel()) {
    adapt_budget(ts, committed);
    scheduler_note_begin(location);
  }
  if (!committed) frame = return_to_restart_point(ts);
  record_restart_point(ts, frame);
  if (tracing) {
    note_transaction_begin(location, frame);
    deliver_conflicts(ts);
  }
  if (finalizers_ready() && threads_run_parallel() && !stm::is_inevitable()) run_finalizers_alone(ts, location);
  return committed;
}

FrameObject* restart_transaction(ThreadState& ts) {
  adapt_budget(ts, false);
  stm::abort();
  bool tracing = conflict_tracing();
  uint64_t location = begin_location(ts.restart.frame);
  stm::begin(location);
  if (threads_run_parallel()) scheduler_note_begin(location);
  FrameObject* frame = return_to_restart_point(ts);
  if (tracing) note_transaction_begin(location, frame);
  return frame;
}

bool leave_outermost_loop(ThreadState& ts) {
  if (!threads_run_parallel()) return true;
  return enter_inevitable(ts).ok();
}

void begin_without_restart_point(uint64_t location) {
  if (threads_run_parallel() && location == 0) location = next_traced_location();
  stm::begin(location);
  if (threads_run_parallel()) {
    scheduler_note_begin(location);
    // Nothing was read yet, so validation cannot find a conflict.
    bool inevitable = stm::become_inevitable();
    (void)inevitable;
  }
}

}  // namespace pystm
