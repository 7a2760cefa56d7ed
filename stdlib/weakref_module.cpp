// stdlib/weakref_module.cpp — the `_weakref` module (what weakref.py and
// _weakrefset.py import): ref, proxy, getweakrefcount, getweakrefs,
// _remove_dead_weakref and the three types. The objects themselves are in
// runtime/objects/weakref_object.*; this file only exposes them.
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/weakref_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Result<Value> weakref_proxy(ThreadState& ts, Value, CallArgs args) {
  Value obj = args[0];
  Value callback = args.nargs > 1 ? args[1] : g_none;
  TypeObject* type = is_callable(obj) ? g_weakcallableproxy_type : g_weakproxy_type;
  return weakref_new(ts, type, obj, callback);
}

Result<Value> weakref_getweakrefcount(ThreadState&, Value, CallArgs args) {
  return int_from_int64(weakref_count(args[0]));
}

Result<Value> weakref_getweakrefs(ThreadState&, Value, CallArgs args) { return weakref_list(args[0]); }

// _remove_dead_weakref(dict, key): del dict[key] if it is a dead weak reference.
Result<Value> weakref_remove_dead(ThreadState& ts, Value, CallArgs args) {
  if (!is_dict(args[0]))
    return raise_type_error(ts, "_remove_dead_weakref() argument 1 must be dict, not %s",
                            type_name_of(args[0]).c_str());
  Value value = PY_TRY(dict_get(ts, args[0], args[1]));
  if (value.is_absent() || value.is_null()) return g_none;
  if (is_instance_of(value, g_weakref_type) && weakref_referent(value).is_null())
    PY_TRY(dict_del(ts, args[0], args[1]));
  return g_none;
}

const NativeMethod kWeakrefFunctions[] = {
    {"proxy", weakref_proxy, 1, 2, kNativeNoKeywords, nullptr},
    {"getweakrefcount", weakref_getweakrefcount, 1, 1, kNativeNoKeywords, nullptr},
    {"getweakrefs", weakref_getweakrefs, 1, 1, kNativeNoKeywords, nullptr},
    {"_remove_dead_weakref", weakref_remove_dead, 2, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_weakref_module(ThreadState&) {
  Value module = module_new(str_intern("_weakref"));
  for (const NativeMethod& m : kWeakrefFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "ref", Value::from_object(g_weakref_type));
  module_set(module, "ReferenceType", Value::from_object(g_weakref_type));
  module_set(module, "ProxyType", Value::from_object(g_weakproxy_type));
  module_set(module, "CallableProxyType", Value::from_object(g_weakcallableproxy_type));
  return module;
}

}  // namespace pystm
