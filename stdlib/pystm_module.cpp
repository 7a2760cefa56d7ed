// stdlib/pystm_module.cpp — the `pystm` module (DESIGN.md §6): atomic
// sections, is_atomic, hint_commit_soon, become_inevitable,
// getsegmentlimit, stats and set_conflict_hook. The pure-Python `transaction`
// module (stdlib/lib/transaction.py) builds TransactionQueue on it.
// Owns: the `atomic` context manager object. Must never: let an atomic
// section end other than by its own __exit__ (the depth is per thread).
//
// While Python threads take turns (runtime/vm/thread_turns.h) an atomic
// section keeps the turn, so no other thread runs inside it; a blocking wait
// inside it (a contended lock, time.sleep) lets others run meanwhile.
#include <array>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/conflict_reports.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/segment_scheduler.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stm/conflict.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

TypeObject* g_atomic_type = nullptr;

Result<Value> atomic_enter(ThreadState&, Value self, CallArgs) {
  enter_atomic();
  return self;
}
// The block's transaction ends at the next boundary (one with no backward
// jump inside never reached one, so the block alone would not end it): a
// TransactionQueue task then commits on its own, and a conflict loses only it.
Result<Value> atomic_exit(ThreadState& ts, Value, CallArgs) {
  leave_atomic();
  if (atomic_depth() == 0) ts.ticks = 1 << 30;
  return g_false;
}
Result<Value> atomic_repr(ThreadState&, Value, CallArgs) { return str_from_ascii("<pystm.atomic>"); }

const NativeMethod kAtomicMethods[] = {
    {"__enter__", atomic_enter, 0, 0, 0, nullptr},
    {"__exit__", atomic_exit, 0, -1, 0, nullptr},
    {"__repr__", atomic_repr, 0, 0, 0, nullptr},
};

Result<Value> pystm_is_atomic(ThreadState&, Value, CallArgs) { return Value::small_int(atomic_depth()); }

Result<Value> pystm_hint_commit_soon(ThreadState& ts, Value, CallArgs) {
  ts.ticks = 1 << 30;  // past any budget: the next boundary ends the transaction
  return g_none;
}

Result<Value> pystm_become_inevitable(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  return g_none;
}

Result<Value> pystm_getsegmentlimit(ThreadState&, Value, CallArgs) { return Value::small_int(stm::segment_limit()); }

Result<Value> pystm_stats(ThreadState& ts, Value, CallArgs) {
  stm::Stats s = stm::stats();
  TurnStats t = turn_stats();
  Value d = dict_new();
  auto put_int = [&](const char* key, uint64_t v) {
    return dict_set(ts, d, str_intern(key), int_from_int64(static_cast<int64_t>(v)));
  };
  auto put_seconds = [&](const char* key, uint64_t ns) {
    return dict_set(ts, d, str_intern(key), float_from_double(static_cast<double>(ns) * 1e-9));
  };
  PY_TRY(put_int("commits", s.commits));
  PY_TRY(put_int("aborts", s.aborts));
  PY_TRY(put_int("segments", s.segments));
  PY_TRY(put_int("write_barrier_slow_paths", s.write_barrier_slow_paths));
  PY_TRY(put_int("turn_handoffs", t.handoffs));
  PY_TRY(put_seconds("turn_wait_time", t.turn_wait_ns));
  PY_TRY(put_int("lock_waits", t.lock_waits));
  PY_TRY(put_seconds("lock_wait_time", t.lock_wait_ns));
  // Time lost per conflict kind: aborted work or waiting. Lock waits are
  // counted by the runtime (also with one thread, when no hook is installed).
  std::array<ConflictKindTotals, 4> kinds = conflict_kind_totals();
  Value conflicts = dict_new(), lost = dict_new();
  for (size_t i = 0; i < kinds.size(); ++i) {
    Value name = str_intern(stm::conflict_kind_name(static_cast<stm::ConflictKind>(i)));
    bool lock = static_cast<stm::ConflictKind>(i) == stm::ConflictKind::kLock;
    uint64_t count = lock ? t.lock_waits : kinds[i].records;
    uint64_t ns = lock ? t.lock_wait_ns : kinds[i].time_lost_ns;
    PY_TRY(dict_set(ts, conflicts, name, int_from_int64(static_cast<int64_t>(count))));
    PY_TRY(dict_set(ts, lost, name, float_from_double(static_cast<double>(ns) * 1e-9)));
  }
  PY_TRY(dict_set(ts, d, str_intern("conflicts"), conflicts));
  PY_TRY(dict_set(ts, d, str_intern("time_lost"), lost));
  SchedulerStats sched = scheduler_stats();
  PY_TRY(put_int("segment_admissions", sched.admissions));
  PY_TRY(put_int("conflict_deferrals", sched.conflict_deferrals));
  PY_TRY(put_seconds("segment_wait_time", sched.slot_wait_ns));
  PY_TRY(dict_set(ts, d, str_intern("threads_take_turns"), bool_value(threads_take_turns())));
  PY_TRY(dict_set(ts, d, str_intern("threads_run_parallel"), bool_value(threads_run_parallel())));
  return d;
}

Result<Value> pystm_set_conflict_hook(ThreadState& ts, Value, CallArgs args) {
  if (!args[0].is(g_none) && !is_callable(args[0]))
    return raise_type_error(ts, "conflict hook must be callable or None");
  PY_TRY(enter_inevitable(ts));  // the hook is malloc-side: no abort may undo the heap around it
  set_conflict_hook(args[0]);
  return g_none;
}

// _set_task(key): the TransactionQueue task the calling thread runs (an
// int, 0 for none), so conflict records name task pairs.
Result<Value> pystm_set_task(ThreadState& ts, Value, CallArgs args) {
  int64_t key = PY_TRY(index_as_ssize(ts, args[0]));
  scheduler_set_task(static_cast<uint64_t>(key));
  return g_none;
}

// _tasks_conflicted(a, b): whether transactions of those tasks conflicted
// recently.
Result<Value> pystm_tasks_conflicted(ThreadState& ts, Value, CallArgs args) {
  int64_t a = PY_TRY(index_as_ssize(ts, args[0]));
  int64_t b = PY_TRY(index_as_ssize(ts, args[1]));
  return bool_value(scheduler_tasks_conflicted(static_cast<uint64_t>(a), static_cast<uint64_t>(b)));
}

const NativeMethod kPystmFunctions[] = {
    {"_set_task", pystm_set_task, 1, 1, kNativeNoKeywords, nullptr},
    {"_tasks_conflicted", pystm_tasks_conflicted, 2, 2, kNativeNoKeywords, nullptr},
    {"is_atomic", pystm_is_atomic, 0, 0, 0, nullptr},
    {"hint_commit_soon", pystm_hint_commit_soon, 0, 0, 0, nullptr},
    {"become_inevitable", pystm_become_inevitable, 0, 0, 0, nullptr},
    {"getsegmentlimit", pystm_getsegmentlimit, 0, 0, 0, nullptr},
    {"stats", pystm_stats, 0, 0, 0, nullptr},
    {"set_conflict_hook", pystm_set_conflict_hook, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_pystm_module(ThreadState&) {
  if (!g_atomic_type) {
    g_atomic_type = make_builtin_type("atomic", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_atomic_type, kAtomicMethods);
    type_set_attr_nogc_fail(g_atomic_type, "__module__", str_intern("pystm"));
  }
  Value module = module_new(str_intern("pystm"));
  for (const NativeMethod& m : kPystmFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "atomic", Value::from_object(native_state_new(g_atomic_type, 0)));
  return module;
}

}  // namespace pystm
