// runtime/vm/import.cpp — import of built-in modules through sys.modules.
#include "runtime/vm/import.h"

#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {
Value g_sys_modules;
}

Value sys_modules() {
  if (g_sys_modules.is_null()) {
    g_sys_modules = dict_new();
    add_global_root(&g_sys_modules);
  }
  return g_sys_modules;
}

void register_builtin_module(std::string_view name, Value module) {
  dict_set_str(sys_modules(), str_intern(name), module);
}

Result<Value> import_module_level(ThreadState& ts, Value name, Value globals, Value fromlist, Value level) {
  (void)globals;
  (void)fromlist;
  if (!level.is_small_int() || level.as_small_int() != 0)
    return raise(ts, g_exc_ImportError, "attempted relative import with no known parent package");
  std::string full = str_to_utf8(name);
  std::string top = full.substr(0, full.find('.'));
  Value module = dict_get_str(sys_modules(), str_intern(full));
  if (module.is_null())
    return raise(ts, g_exc_ModuleNotFoundError, "No module named '%s'", full.c_str());
  bool want_top = fromlist.is_null() || fromlist.is(g_none) || !PY_TRY(is_true(ts, fromlist));
  if (want_top && top != full) {
    Value t = dict_get_str(sys_modules(), str_intern(top));
    if (!t.is_null()) return t;
  }
  return module;
}

}  // namespace pystm
