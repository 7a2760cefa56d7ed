// runtime/objects/module_object.cpp — modules.
#include "runtime/objects/module_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/names.h"

namespace pystm {

Value module_new(Value name) {
  Value dict = dict_new();
  ModuleObject* m = allocate_object<ModuleObject>(g_module_type);
  stm::view(m)->dict = dict.as<DictObject>();
  dict_set_str(dict, g_name___name__, name);
  dict_set_str(dict, g_name___doc__, g_none);
  dict_set_str(dict, g_name___package__, g_none);
  dict_set_str(dict, g_name___loader__, g_none);
  dict_set_str(dict, g_name___spec__, g_none);
  return Value::from_object(m);
}

Value module_dict(Value module) { return Value::from_object(stm::read(module.as<ModuleObject>())->dict); }

void module_set(Value module, std::string_view name, Value value) {
  dict_set_str(module_dict(module), str_intern(name), value);
}

namespace {

Result<Value> module_repr(ThreadState& ts, Value self, CallArgs) {
  Value name = dict_get_str(module_dict(self), g_name___name__);
  std::string n = name.is_null() ? "?" : PY_TRY(repr_utf8(ts, name));
  Value file = dict_get_str(module_dict(self), g_name___file__);
  if (file.is_null()) return str_from_utf8("<module " + n + " (built-in)>");
  std::string f = PY_TRY(repr_utf8(ts, file));
  return str_from_utf8("<module " + n + " from " + f + ">");
}

const NativeMethod kModuleMethods[] = {{"__repr__", module_repr, 0, 0, 0, nullptr}};

}  // namespace

void init_module_type() { add_native_methods(g_module_type, kModuleMethods); }

}  // namespace pystm
