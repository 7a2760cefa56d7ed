// runtime/builtins/sys_hooks.cpp — sys's hook functions that asyncio and
// pytest call: get/set_asyncgen_hooks, get/set_coroutine_origin_tracking_depth,
// is_finalizing, and unraisablehook/__unraisablehook__.
// Owns: reading and writing those per-thread settings in the ThreadState.
// Must never: keep the hooks anywhere the collector cannot see (they are
// ThreadState roots).
#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Value or_none(Value v) { return v.is_null() ? g_none : v; }

// (firstiter, finalizer); CPython's is a struct sequence, this a plain tuple.
Result<Value> sys_get_asyncgen_hooks(ThreadState& ts, Value, CallArgs) {
  return tuple_pack({or_none(ts.asyncgen_firstiter), or_none(ts.asyncgen_finalizer)});
}

// set_asyncgen_hooks([firstiter] [, finalizer]): an argument not given
// leaves that hook as it is; both are checked before either is set.
Result<Value> sys_set_asyncgen_hooks(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "set_asyncgen_hooks", args, {"firstiter", "finalizer"}));
  Value firstiter = args.nargs > 0 ? args[0] : keyword_arg(args, "firstiter");
  Value finalizer = args.nargs > 1 ? args[1] : keyword_arg(args, "finalizer");
  if (!finalizer.is_null() && !finalizer.is(g_none) && !is_callable(finalizer))
    return raise_type_error(ts, "callable finalizer expected, got %s", type_name_of(finalizer).c_str());
  if (!firstiter.is_null() && !firstiter.is(g_none) && !is_callable(firstiter))
    return raise_type_error(ts, "callable firstiter expected, got %s", type_name_of(firstiter).c_str());
  if (!finalizer.is_null()) ts.asyncgen_finalizer = finalizer.is(g_none) ? Value() : finalizer;
  if (!firstiter.is_null()) ts.asyncgen_firstiter = firstiter.is(g_none) ? Value() : firstiter;
  return g_none;
}

Result<Value> sys_get_coroutine_origin_tracking_depth(ThreadState& ts, Value, CallArgs) {
  return Value::small_int(ts.coroutine_origin_tracking_depth);
}

// Recorded only: coroutines carry no origin (cr_origin is always None).
Result<Value> sys_set_coroutine_origin_tracking_depth(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "set_coroutine_origin_tracking_depth", args, {"depth"}));
  Value arg = args.nargs > 0 ? args[0] : keyword_arg(args, "depth");
  if (arg.is_null())
    return raise_type_error(ts, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
  int64_t depth = PY_TRY(index_as_ssize(ts, arg));
  if (depth < 0) return raise_value_error(ts, "depth must be >= 0");
  ts.coroutine_origin_tracking_depth = static_cast<int>(depth > INT32_MAX ? INT32_MAX : depth);
  return g_none;
}

// The interpreter never runs Python code while it shuts down.
Result<Value> sys_is_finalizing(ThreadState&, Value, CallArgs) { return g_false; }

// The default sys.unraisablehook(unraisable): "Exception ignored in: obj"
// (or the err_msg given) and the traceback, on stderr.
Result<Value> sys_unraisablehook(ThreadState& ts, Value, CallArgs args) {
  Value u = args[0];
  Value exc = PY_TRY(get_attr(ts, u, str_intern("exc_value")));
  Value message = PY_TRY(get_attr(ts, u, str_intern("err_msg")));
  Value object = PY_TRY(get_attr(ts, u, str_intern("object")));
  std::string text = is_str(message) ? str_to_utf8(message) : "Exception ignored in";
  if (!object.is(g_none)) text += ": " + PY_TRY(repr_utf8(ts, object));
  write_stderr(text + "\n");
  if (!exc.is(g_none)) print_exception(ts, exc);
  return g_none;
}
const NativeMethod kUnraisableHook = {"unraisablehook", sys_unraisablehook, 1, 1, kNativeNoKeywords, nullptr};

const NativeMethod kSysAsyncFunctions[] = {
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0, 0, 0, nullptr},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, 0, 2, 0, nullptr},
    {"get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, 0, 0, 0, nullptr},
    {"set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth, 0, 1, 0, nullptr},
    {"is_finalizing", sys_is_finalizing, 0, 0, 0, nullptr},
};

}  // namespace

void add_sys_async_functions(Value sys) {
  for (const NativeMethod& m : kSysAsyncFunctions) module_set(sys, m.name, make_builtin_function(&m, Value()));
  Value hook = make_builtin_function(&kUnraisableHook, Value());
  module_set(sys, "unraisablehook", hook);
  module_set(sys, "__unraisablehook__", hook);
}

}  // namespace pystm
