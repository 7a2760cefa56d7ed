// stdlib/imp_module.cpp — the small native modules importlib needs to
// import itself on pystm: `_imp` (built-in module queries and creation, the
// import lock; no frozen or extension modules), `_warnings` (warn(), which
// defers to the warnings module, so warnings.py keeps its pure-Python
// filters) and `marshal` (present for importlib's bytecode paths, which
// pystm never takes: sys.dont_write_bytecode and no cache_tag).
// Owns: those three module objects. Must never: import modules itself
// except through the normal import machinery.
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_module_table.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

bool is_builtin_name(const std::string& name) {
  if (name == "sys" || name == "builtins") return true;
  for (const BuiltinModuleSpec& spec : builtin_module_specs())
    if (name == spec.name) return true;
  return false;
}

Result<Value> imp_is_builtin(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "is_builtin() argument must be str, not %s", type_name_of(args[0]).c_str());
  return Value::small_int(is_builtin_name(str_to_utf8(args[0])) ? 1 : 0);
}
Result<Value> imp_false(ThreadState&, Value, CallArgs) { return g_false; }
Result<Value> imp_none(ThreadState&, Value, CallArgs) { return g_none; }
Result<Value> imp_zero(ThreadState&, Value, CallArgs) { return Value::small_int(0); }
Result<Value> imp_extension_suffixes(ThreadState&, Value, CallArgs) { return list_new(); }
Result<Value> imp_not_frozen(ThreadState& ts, Value, CallArgs args) {
  return raise(ts, g_exc_ImportError, "No such frozen object named %s", PY_TRY(repr_utf8(ts, args[0])).c_str());
}
Result<Value> imp_no_dynamic(ThreadState& ts, Value, CallArgs) {
  return raise(ts, g_exc_ImportError, "pystm cannot load extension modules");
}

// create_builtin(spec): the module made by the built-in table (or already in sys.modules).
Result<Value> imp_create_builtin(ThreadState& ts, Value, CallArgs args) {
  Value name = PY_TRY(get_attr(ts, args[0], str_intern("name")));
  if (!is_str(name)) return raise_type_error(ts, "spec name must be str");
  if (!is_builtin_name(str_to_utf8(name)))
    return raise(ts, g_exc_ImportError, "no built-in module named %s", str_to_utf8(name).c_str());
  return import_module_level(ts, name, g_none, g_none, Value::small_int(0));
}

Result<Value> imp_source_hash(ThreadState& ts, Value, CallArgs) {
  return raise(ts, g_exc_NotImplementedError, "hash-based pycs are not supported by pystm");
}

const NativeMethod kImpFunctions[] = {
    {"is_builtin", imp_is_builtin, 1, 1, kNativeNoKeywords, nullptr},
    {"is_frozen", imp_false, 1, 1, kNativeNoKeywords, nullptr},
    {"is_frozen_package", imp_false, 1, 1, kNativeNoKeywords, nullptr},
    {"find_frozen", imp_none, 1, -1, 0, nullptr},
    {"get_frozen_object", imp_not_frozen, 1, 2, kNativeNoKeywords, nullptr},
    {"init_frozen", imp_not_frozen, 1, 1, kNativeNoKeywords, nullptr},
    {"create_builtin", imp_create_builtin, 1, 1, kNativeNoKeywords, nullptr},
    {"exec_builtin", imp_zero, 1, 1, kNativeNoKeywords, nullptr},
    {"create_dynamic", imp_no_dynamic, 1, 2, kNativeNoKeywords, nullptr},
    {"exec_dynamic", imp_zero, 1, 1, kNativeNoKeywords, nullptr},
    {"extension_suffixes", imp_extension_suffixes, 0, 0, 0, nullptr},
    {"acquire_lock", imp_none, 0, 0, 0, nullptr},
    {"release_lock", imp_none, 0, 0, 0, nullptr},
    {"lock_held", imp_false, 0, 0, 0, nullptr},
    {"_fix_co_filename", imp_none, 2, 2, kNativeNoKeywords, nullptr},
    {"source_hash", imp_source_hash, 0, -1, 0, nullptr},
    {"_override_frozen_modules_for_tests", imp_none, 1, 1, 0, nullptr},
    {"_override_multi_interp_extensions_check", imp_zero, 1, 1, 0, nullptr},
};

// _warnings.warn: the warnings module's warn (imported on first use).
Result<Value> warnings_warn(ThreadState& ts, Value, CallArgs args) {
  Value warnings = PY_TRY(import_module_level(ts, str_intern("warnings"), g_none, g_none, Value::small_int(0)));
  return call(ts, PY_TRY(get_attr(ts, warnings, str_intern("warn"))), args);
}
const NativeMethod kWarningsFunctions[] = {{"warn", warnings_warn, 1, -1, 0, nullptr}};

Result<Value> marshal_unsupported(ThreadState& ts, Value, CallArgs) {
  return raise_value_error(ts, "marshal is not supported by pystm");
}
const NativeMethod kMarshalFunctions[] = {
    {"loads", marshal_unsupported, 1, -1, 0, nullptr},
    {"dumps", marshal_unsupported, 1, -1, 0, nullptr},
    {"load", marshal_unsupported, 1, -1, 0, nullptr},
    {"dump", marshal_unsupported, 1, -1, 0, nullptr},
};

Value module_with(const char* name, std::span<const NativeMethod> functions) {
  Value module = module_new(str_intern(name));
  for (const NativeMethod& m : functions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace

Result<Value> create_imp_module(ThreadState&) {
  Value module = module_with("_imp", kImpFunctions);
  module_set(module, "check_hash_based_pycs", str_intern("never"));
  module_set(module, "pyc_magic_number_token", Value::small_int(3495 | ('\r' << 16) | ('\n' << 24)));
  return module;
}
Result<Value> create_warnings_module(ThreadState&) { return module_with("_warnings", kWarningsFunctions); }
Result<Value> create_marshal_module(ThreadState&) {
  Value module = module_with("marshal", kMarshalFunctions);
  module_set(module, "version", Value::small_int(4));
  return module;
}

}  // namespace pystm
