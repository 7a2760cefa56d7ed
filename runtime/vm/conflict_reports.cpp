// runtime/vm/conflict_reports.cpp — see conflict_reports.h.
#include "runtime/vm/conflict_reports.h"

#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stm/conflict.h"

namespace pystm {

namespace {
Value g_hook;
bool g_hook_rooted = false;

// The dict a Python hook receives for one record.
Result<Value> record_dict(ThreadState& ts, const stm::ConflictRecord& r, Value object) {
  Value d = dict_new();
  auto put = [&](const char* key, Value v) { return dict_set(ts, d, str_intern(key), v); };
  PY_TRY(put("kind", str_intern(stm::conflict_kind_name(r.kind))));
  PY_TRY(put("aborted", bool_value(r.aborted)));
  PY_TRY(put("object", object.is_null() ? g_none : object));
  PY_TRY(put("thread", int_from_int64(static_cast<int64_t>(r.victim_thread))));
  PY_TRY(put("other_thread", int_from_int64(static_cast<int64_t>(r.other_thread))));
  PY_TRY(put("time_lost", float_from_double(static_cast<double>(r.time_lost_ns) * 1e-9)));
  return d;
}
}  // namespace

void set_conflict_hook(Value hook) {
  if (!g_hook_rooted) {
    add_global_root(&g_hook);
    g_hook_rooted = true;
  }
  g_hook = hook.is(g_none) ? Value() : hook;
}

Value conflict_hook() { return g_hook; }

Status report_lock_wait(ThreadState& ts, Value lock, uint64_t ns) {
  if (!stm::has_conflict_hooks() && g_hook.is_null()) return ok_status();
  stm::ConflictRecord record{stm::ConflictKind::kLock, false, nullptr, stm::thread_id(), 0, 0, 0, ns};
  if (stm::has_conflict_hooks()) stm::report_conflict(record);
  if (g_hook.is_null()) return ok_status();
  Value d = PY_TRY(record_dict(ts, record, lock));
  PY_TRY(call(ts, g_hook, {d}));
  return ok_status();
}

}  // namespace pystm
