// runtime/objects/module_object.cpp — modules.
#include "runtime/objects/module_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_module_table.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
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
  if (file.is_null()) {
    // Native modules read "(built-in)"; one made by ModuleType(name) has no origin.
    bool native = false;
    if (!name.is_null() && is_str(name)) {
      std::string text = str_to_utf8(name);
      native = text == "sys" || text == "builtins";
      for (const BuiltinModuleSpec& spec : builtin_module_specs()) native |= text == spec.name;
    }
    return str_from_utf8("<module " + n + (native ? " (built-in)>" : ">"));
  }
  std::string f = PY_TRY(repr_utf8(ts, file));
  return str_from_utf8("<module " + n + " from " + f + ">");
}

Result<Value> module_type_new(ThreadState&, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  uint32_t size = stm::read(type)->instance_size;
  Value dict = dict_new();
  ModuleObject* m = allocate_object<ModuleObject>(type, size < sizeof(ModuleObject) ? sizeof(ModuleObject) : size);
  stm::view(m)->dict = dict.as<DictObject>();
  return Value::from_object(m);
}

// ModuleType(name, doc=None)
Result<Value> module_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "module", args, {"name", "doc"}));
  Value name = args.nargs > 0 ? args[0] : keyword_arg(args, "name");
  Value doc = args.nargs > 1 ? args[1] : keyword_arg(args, "doc");
  if (args.nargs > 2) return raise_type_error(ts, "module() takes at most 2 arguments (%zu given)", args.nargs);
  if (name.is_null()) return raise_type_error(ts, "module() missing required argument 'name' (pos 1)");
  if (!is_str(name)) return raise_type_error(ts, "module() argument 'name' must be str, not %s", type_name_of(name).c_str());
  Value dict = module_dict(self);
  dict_set_str(dict, g_name___name__, name);
  dict_set_str(dict, g_name___doc__, doc.is_null() ? g_none : doc);
  dict_set_str(dict, g_name___package__, g_none);
  dict_set_str(dict, g_name___loader__, g_none);
  dict_set_str(dict, g_name___spec__, g_none);
  return g_none;
}

const NativeMethod kModuleMethods[] = {
    {"__new__", module_type_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", module_init, 0, -1, 0, nullptr},
    {"__repr__", module_repr, 0, 0, 0, nullptr},
};

}  // namespace

void init_module_type() { add_native_methods(g_module_type, kModuleMethods); }

}  // namespace pystm
