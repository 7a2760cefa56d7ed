// stdlib/atexit_module.cpp — the `atexit` module (library reference
// "atexit — Exit handlers"): register, unregister, _run_exitfuncs, _clear,
// _ncallbacks over the runtime's exit-callback list (runtime/vm/exit_callbacks).
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/exit_callbacks.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Result<Value> atexit_register(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 1) return raise_type_error(ts, "register() takes at least 1 argument (0 given)");
  Value func = args[0];
  if (!is_callable(func)) return raise_type_error(ts, "the first argument must be callable");
  Value pargs = tuple_from(args.args + 1, static_cast<int64_t>(args.nargs) - 1);
  Value kwargs = dict_new();
  for (size_t i = 0; i < args.nkw(); ++i) PY_TRY(set_item(ts, kwargs, args.kw_name(i), args.kw_value(i)));
  list_append(exit_callbacks(), tuple_pack({func, pargs, kwargs}));
  return func;
}

Result<Value> atexit_unregister(ThreadState& ts, Value, CallArgs args) {
  Value list = exit_callbacks();
  Value kept = list_new();
  for (int64_t i = 0; i < list_size(list); ++i) {
    Value entry = list_get(list, i);
    if (!PY_TRY(equals(ts, tuple_item(entry, 0), args[0]))) list_append(kept, entry);
  }
  // Rebuild in place: exit_callbacks() returns the one rooted list.
  while (list_size(list) > 0) PY_TRY(call_method(ts, list, str_intern("pop"), {}));
  for (int64_t i = 0; i < list_size(kept); ++i) list_append(list, list_get(kept, i));
  return g_none;
}

Result<Value> atexit_run(ThreadState& ts, Value, CallArgs) {
  run_exit_callbacks(ts);
  return g_none;
}
Result<Value> atexit_clear(ThreadState& ts, Value, CallArgs) {
  Value list = exit_callbacks();
  while (list_size(list) > 0) PY_TRY(call_method(ts, list, str_intern("pop"), {}));
  return g_none;
}
Result<Value> atexit_count(ThreadState&, Value, CallArgs) { return Value::small_int(list_size(exit_callbacks())); }

const NativeMethod kFunctions[] = {
    {"register", atexit_register, 0, -1, 0, nullptr},
    {"unregister", atexit_unregister, 1, 1, kNativeNoKeywords, nullptr},
    {"_run_exitfuncs", atexit_run, 0, 0, 0, nullptr},
    {"_clear", atexit_clear, 0, 0, 0, nullptr},
    {"_ncallbacks", atexit_count, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> create_atexit_module(ThreadState&) {
  Value module = module_new(str_intern("atexit"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
