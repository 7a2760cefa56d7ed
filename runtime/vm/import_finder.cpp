// runtime/vm/import_finder.cpp — the meta-path finder and loader that
// importlib sees (library reference "importlib" / PEP 451): the import
// statement does not go through sys.meta_path, but importlib.import_module,
// importlib.util.find_spec, importlib.reload, pkgutil and pytest's
// collection do, and they reach the native import system through it.
// Owns: find_spec (built-in modules and source files found as the import
// statement finds them, without running anything), create_module (imports
// natively, so the module is the one `import` would make, bytecode cache
// included) and exec_module (nothing after create_module; reload runs the
// source again in the same namespace).
// Must never: run a module's code from find_spec.
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_module_table.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Value g_finder;
// name -> module made by create_module whose exec_module is still to come.
Value g_fresh;

bool is_builtin_name(const std::string& name) {
  for (const BuiltinModuleSpec& spec : builtin_module_specs())
    if (name == spec.name) return true;
  return name == "sys" || name == "builtins";
}

Result<Value> bootstrap_function(ThreadState& ts, const char* name) {
  Value bootstrap = PY_TRY(import_absolute_name(ts, "importlib._bootstrap"));
  return get_attr(ts, bootstrap, str_intern(name));
}

// ModuleSpec(name, this finder, origin=..., is_package=...)
Result<Value> make_spec(ThreadState& ts, Value name, Value origin, bool is_package) {
  Value module_spec = PY_TRY(bootstrap_function(ts, "ModuleSpec"));
  Value kwargs = dict_new();
  PY_TRY(dict_set(ts, kwargs, str_intern("origin"), origin));
  PY_TRY(dict_set(ts, kwargs, str_intern("is_package"), bool_value(is_package)));
  return call_with_tuple(ts, module_spec, tuple_pack({name, g_finder}), kwargs);
}

// find_spec(name, path=None, target=None): a ModuleSpec whose loader is this
// finder, or None.
Result<Value> finder_find_spec(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return g_none;
  std::string name = str_to_utf8(args[0]);
  if (is_builtin_name(name)) return make_spec(ts, args[0], str_intern("built-in"), false);
  bool is_package = false;
  Result<Value> found = find_module_source(ts, name, &is_package);
  if (found.is_error()) {
    if (!pending_exception_matches(ts, g_exc_ImportError)) return kError;
    clear_pending_exception(ts);
    return g_none;
  }
  if (found.value().is_absent()) return g_none;
  Value spec = PY_TRY(make_spec(ts, args[0], found.value(), is_package));
  PY_TRY(set_attr(ts, spec, str_intern("has_location"), g_true));
  if (is_package) {
    std::string file = str_to_utf8(found.value());
    Value dir = str_from_utf8(file.substr(0, file.rfind('/')));
    PY_TRY(set_attr(ts, spec, str_intern("submodule_search_locations"), list_from(&dir, 1)));
  }
  return spec;
}

Result<Value> finder_create_module(ThreadState& ts, Value, CallArgs args) {
  Value name = PY_TRY(get_attr(ts, args[0], str_intern("name")));
  Value module = PY_TRY(import_absolute_name(ts, str_to_utf8(name)));
  PY_TRY(dict_set(ts, g_fresh, name, module));
  return module;
}

Result<Value> finder_exec_module(ThreadState& ts, Value, CallArgs args) {
  Value module = args[0];
  Value name = PY_TRY(get_attr(ts, module, g_name___name__));
  Value fresh = PY_TRY(dict_get(ts, g_fresh, name));
  if (!fresh.is_absent()) {
    (void)PY_TRY(dict_del(ts, g_fresh, name));
    if (fresh.is(module)) return g_none;
  }
  // importlib.reload: run the source again in the module's namespace.
  Value file = PY_TRY(get_attr_optional(ts, module, g_name___file__));
  if (file.is_absent() || !is_str(file)) return g_none;
  PY_TRY(run_module_source(ts, module, str_to_utf8(file)));
  return g_none;
}

const NativeMethod kFinderFunctions[] = {
    {"find_spec", finder_find_spec, 1, 3, kNativeNoKeywords, nullptr},
    {"create_module", finder_create_module, 1, 1, kNativeNoKeywords, nullptr},
    {"exec_module", finder_exec_module, 1, 1, kNativeNoKeywords, nullptr},
};

bool g_backfilled = false;

// Sets module.__spec__ (and __loader__ when unset) for a module the import
// statement made.
Status set_spec(ThreadState& ts, Value module, Value name, Value origin, bool is_package) {
  Value spec = PY_TRY(make_spec(ts, name, origin, is_package));
  if (!origin.is(str_intern("built-in"))) PY_TRY(set_attr(ts, spec, str_intern("has_location"), g_true));
  Value path = dict_get_str(module_dict(module), str_intern("__path__"));
  if (is_package && !path.is_null()) PY_TRY(set_attr(ts, spec, str_intern("submodule_search_locations"), path));
  Value dict = module_dict(module);
  dict_set_str(dict, str_intern("__spec__"), spec);
  Value loader = dict_get_str(dict, str_intern("__loader__"));
  if (loader.is_null() || loader.is(g_none)) dict_set_str(dict, str_intern("__loader__"), g_finder);
  return ok_status();
}

// The modules imported before importlib was: their specs, made at once.
Status backfill_specs(ThreadState& ts) {
  g_backfilled = true;
  Value modules = sys_modules();
  Value items = list_new(0);
  int64_t pos = 0;
  Value key, value;
  while (dict_next(modules, &pos, &key, &value)) list_append(items, tuple_pack({key, value}));
  for (int64_t i = 0; i < list_size(items); ++i) {
    Value name = tuple_item(list_get(items, i), 0), module = tuple_item(list_get(items, i), 1);
    if (!is_str(name) || !module.is_object() || module.as_object()->kind() != ObjectKind::Module) continue;
    Value dict = module_dict(module);
    Value spec = dict_get_str(dict, str_intern("__spec__"));
    if (!spec.is_null() && !spec.is(g_none)) continue;
    Value file = dict_get_str(dict, g_name___file__);
    bool package = !dict_get_str(dict, str_intern("__path__")).is_null();
    if (!file.is_null() && is_str(file)) PY_TRY(set_spec(ts, module, name, file, package));
    else if (is_builtin_name(str_to_utf8(name))) PY_TRY(set_spec(ts, module, name, str_intern("built-in"), false));
  }
  return ok_status();
}

}  // namespace

Status attach_module_spec(ThreadState& ts, Value module, Value name, Value origin, bool is_package) {
  Value bootstrap = dict_get_str(sys_modules(), str_intern("importlib._bootstrap"));
  if (bootstrap.is_null() || !bootstrap.is_object() || bootstrap.as_object()->kind() != ObjectKind::Module)
    return ok_status();
  // importlib._bootstrap itself is still running its body while it loads.
  if (dict_get_str(module_dict(bootstrap), str_intern("ModuleSpec")).is_null()) return ok_status();
  if (!g_backfilled) PY_TRY(backfill_specs(ts));
  if (origin.is_null()) origin = str_intern("built-in");
  return set_spec(ts, module, name, origin, is_package);
}

Value native_import_finder() {
  if (g_finder.is_null()) {
    g_finder = module_new(str_intern("pystm_import_finder"));
    add_global_root(&g_finder);
    for (const NativeMethod& m : kFinderFunctions) module_set(g_finder, m.name, make_builtin_function(&m, Value()));
    g_fresh = dict_new();
    add_global_root(&g_fresh);
  }
  return g_finder;
}

}  // namespace pystm
