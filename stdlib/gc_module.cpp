// stdlib/gc_module.cpp — the `gc` module (library reference "gc — Garbage
// Collector interface"): collect() runs a full collection of the heap and
// then the weak-reference callbacks it made due; enable/disable/isenabled
// keep CPython's flag (the collector here has no generations to switch off:
// automatic collections still run when disabled). Must never: run Python
// code inside the collection itself.
#include <atomic>

#include "gc/heap.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/weakref_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/objects/frame_object.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/finalizers.h"
#include "runtime/vm/thread_turns.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

std::atomic<bool> g_gc_enabled{true};

// The collector scans the stack conservatively from its own frames up. The
// unused stack below this point still holds words of finished calls (the
// argument of a weakref.ref() call, say) that would look like live
// references once the collector's frames land on them: zero it first, so an
// explicit gc.collect() frees what the program no longer references.
[[gnu::noinline]] void collect_with_clean_stack() {
  constexpr size_t kScrub = 64 * 1024;
  volatile char* scrub = static_cast<volatile char*>(__builtin_alloca(kScrub));
  for (size_t i = 0; i < kScrub; i += sizeof(void*)) *reinterpret_cast<volatile void* volatile*>(scrub + i) = nullptr;
}

Result<Value> gc_collect(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs > 0 && !args[0].is_small_int())
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(args[0]).c_str());
  if (args.nargs > 0 && (args[0].as_small_int() < 0 || args[0].as_small_int() > 2))
    return raise_value_error(ts, "invalid generation");
  // Finished frames kept for reuse still hold their last locals: what the
  // program dropped must die now, as in CPython.
  frame_cache_forget();
  // Committed first: objects the running transaction made and dropped are
  // registered for finalization only by its commit.
  PY_TRY(commit_now(ts));
  collect_with_clean_stack();
  gc::collect();
  if (finalizers_ready()) {
    // As CPython's collection: the finalizers run, then what they left
    // unreachable is freed (and weak references to it die) in this call.
    PY_TRY(run_finalizers(ts));
    collect_with_clean_stack();
    gc::collect();
  }
  run_weakref_callbacks(ts);
  return Value::small_int(0);
}
Result<Value> gc_enable(ThreadState&, Value, CallArgs) {
  g_gc_enabled = true;
  return g_none;
}
Result<Value> gc_disable(ThreadState&, Value, CallArgs) {
  g_gc_enabled = false;
  return g_none;
}
Result<Value> gc_isenabled(ThreadState&, Value, CallArgs) { return bool_value(g_gc_enabled); }
Result<Value> gc_get_count(ThreadState&, Value, CallArgs) {
  return tuple_pack({Value::small_int(0), Value::small_int(0), Value::small_int(0)});
}
Result<Value> gc_get_threshold(ThreadState&, Value, CallArgs) {
  return tuple_pack({Value::small_int(700), Value::small_int(10), Value::small_int(10)});
}
Result<Value> gc_set_threshold(ThreadState&, Value, CallArgs) { return g_none; }
Result<Value> gc_is_tracked(ThreadState&, Value, CallArgs args) {
  Value v = args[0];
  if (!v.is_object()) return g_false;
  switch (v.as_object()->kind()) {
    case ObjectKind::Str: case ObjectKind::BigInt: case ObjectKind::Float: case ObjectKind::Bytes:
      return g_false;
    default:
      return bool_value(!v.is(g_none) && !v.is(g_true) && !v.is(g_false));
  }
}

const NativeMethod kGcFunctions[] = {
    {"collect", gc_collect, 0, 1, kNativeCollects, nullptr},
    {"enable", gc_enable, 0, 0, 0, nullptr},
    {"disable", gc_disable, 0, 0, 0, nullptr},
    {"isenabled", gc_isenabled, 0, 0, 0, nullptr},
    {"get_count", gc_get_count, 0, 0, 0, nullptr},
    {"get_threshold", gc_get_threshold, 0, 0, 0, nullptr},
    {"set_threshold", gc_set_threshold, 1, 3, kNativeNoKeywords, nullptr},
    {"is_tracked", gc_is_tracked, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_gc_module(ThreadState&) {
  Value module = module_new(str_intern("gc"));
  for (const NativeMethod& m : kGcFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "garbage", list_from(nullptr, 0));
  module_set(module, "callbacks", list_from(nullptr, 0));
  return module;
}

}  // namespace pystm
