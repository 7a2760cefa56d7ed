// runtime/vm/finalizers.cpp — running the finalizers the collector queued
// (see the header).
#include "runtime/vm/finalizers.h"

#include <vector>

#include "runtime/core/value_vector.h"
#include "runtime/objects/generator_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

void finalize_one(ThreadState& ts, Value obj) {
  TypeObject* type = type_of(obj);
  if (type == g_generator_type || type == g_coroutine_type) {
    if (!generator_close(ts, obj).ok()) print_ignored_exception(ts, "", obj);
    return;
  }
  Value del = type_lookup(type, g_name___del__);
  if (del.is_null()) return;  // removed from the class since
  if (!call(ts, del, {obj}).ok()) print_ignored_exception(ts, "", del);
}

}  // namespace

Status run_finalizers(ThreadState& ts) {
  if (!finalizers_ready()) return ok_status();
  // Taken from the queue, a finalizer must run now and only now.
  PY_TRY(enter_inevitable(ts));
  std::vector<gc::ObjectHeader*> taken;
  gc::take_ready_finalizable(taken);
  ValueVector keep;  // the queue is no root once taken: these keep each object until its turn
  for (gc::ObjectHeader* o : taken) keep.push_back(Value::from_object(reinterpret_cast<Object*>(o)));
  for (size_t i = 0; i < keep.size(); ++i) {
    finalize_one(ts, keep[i]);
    if (ts.restart_pending) return restart_pending_error(ts);
  }
  return ok_status();
}

Status run_finalizers_at_loop(ThreadState& ts, bool at_outermost_loop) {
  if (at_outermost_loop && threads_run_parallel() && stm::in_transaction() && !stm::is_inevitable()) {
    ts.ticks = ts.transaction_budget;  // the boundary at this jump ends the transaction
    return ok_status();
  }
  return run_finalizers(ts);
}

}  // namespace pystm
