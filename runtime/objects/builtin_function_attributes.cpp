// runtime/objects/builtin_function_attributes.cpp — the Python-visible side
// of built-in functions and methods (library reference "Built-in Functions
// and Methods"): __name__, __qualname__, __self__, __module__, __doc__,
// __text_signature__ and CPython's three reprs.
// Owns: those methods. Must never: change a BuiltinFunctionObject (they are
// made once and never written).
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

const BuiltinFunctionObject* bf(Value v) { return stm::view(v.as<BuiltinFunctionObject>()); }

// The module of each native module function (its NativeMethod is static and
// unique); the names are interned, so never collected. Written once per
// native module, when it is made; read under the same lock.
std::mutex g_function_modules_mutex;
std::unordered_map<const NativeMethod*, Value> g_function_modules;

Result<Value> bf_name(ThreadState&, Value self, CallArgs) { return str_intern(bf(self)->method->name); }
Result<Value> bf_qualname(ThreadState&, Value self, CallArgs) {
  const BuiltinFunctionObject* f = bf(self);
  if (f->owner.is_null()) return str_intern(f->method->name);
  return str_from_utf8(type_name(f->owner.as<TypeObject>()) + "." + f->method->name);
}
// A module-level native function does not record its module: it is the one
// whose namespace holds this very object (builtins first, then the built-in
// modules of sys.modules, then the others: posix.stat is posix's although os
// re-exports it). Null when none does.
Value defining_module(Value fn) {
  auto holds = [&](Value module) {
    if (!module.is_object() || module.as_object()->kind() != ObjectKind::Module) return false;
    Value d = module_dict(module);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
      if (v.is(fn)) return true;
    return false;
  };
  if (holds(builtins_module())) return builtins_module();
  Value modules = sys_modules();
  if (modules.is_null() || type_of(modules) != g_dict_type) return Value();
  for (bool built_in : {true, false}) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(modules, &pos, &k, &v)) {
      bool has_file = v.is_object() && v.as_object()->kind() == ObjectKind::Module &&
                      !dict_get_str(module_dict(v), str_intern("__file__")).is_null();
      if (has_file != built_in && holds(v)) return v;
    }
  }
  return Value();
}
bool module_level(const BuiltinFunctionObject* f) { return f->owner.is_null() && f->self.is_null(); }

Result<Value> bf_self(ThreadState&, Value self, CallArgs) {
  Value s = bf(self)->self;
  if (s.is_null() && module_level(bf(self))) s = defining_module(self);
  return s.is_null() ? g_none : s;
}
Result<Value> bf_module(ThreadState&, Value self, CallArgs) {
  if (!bf(self)->owner.is_null() || !bf(self)->self.is_null()) return g_none;
  std::lock_guard<std::mutex> lock(g_function_modules_mutex);
  auto found = g_function_modules.find(bf(self)->method);
  return found == g_function_modules.end() ? str_intern("builtins") : found->second;
}
Result<Value> bf_doc(ThreadState&, Value self, CallArgs) {
  const char* doc = bf(self)->method->doc;
  return doc ? str_from_utf8(doc) : g_none;
}
Result<Value> bf_text_signature(ThreadState&, Value, CallArgs) { return g_none; }

Result<Value> bf_repr(ThreadState&, Value self, CallArgs) {
  const BuiltinFunctionObject* f = bf(self);
  if (!f->self.is_null()) {
    // "<built-in method m of list object at 0x...>"; a class receiver reads "type object".
    char addr[32];
    std::snprintf(addr, sizeof addr, "0x%llx>", static_cast<unsigned long long>(f->self.bits()));
    std::string receiver = type_name(type_of(f->self));
    return str_from_utf8(std::string("<built-in method ") + f->method->name + " of " + receiver + " object at " + addr);
  }
  if (!f->owner.is_null())
    return str_from_utf8(std::string("<method '") + f->method->name + "' of '" +
                         type_name(f->owner.as<TypeObject>()) + "' objects>");
  return str_from_utf8(std::string("<built-in function ") + f->method->name + ">");
}

Result<Value> bf_call(ThreadState& ts, Value self, CallArgs args) { return call(ts, self, args); }

// __get__(instance, owner=None): an unbound native method binds as a method
// descriptor does (attrs binds object.__setattr__ this way); functions and
// bound methods come back unchanged, as attribute lookup treats them.
Result<Value> bf_get(ThreadState& ts, Value self, CallArgs args) {
  Value instance = args[0].is(g_none) ? Value() : args[0];
  Value owner = args.nargs > 1 && !args[1].is(g_none) ? args[1] : Value();
  if (instance.is_null() && owner.is_null()) return raise_type_error(ts, "__get__(None, None) is invalid");
  TypeObject* type = !owner.is_null() && is_instance_of(owner, g_type_type) ? owner.as<TypeObject>() : type_of(instance);
  return bind_descriptor(ts, self, instance, type);
}
// __reduce__: pickle finds a module function by name; a bound method as
// getattr(receiver, name), an unbound one as getattr(owner type, name).
Result<Value> bf_reduce(ThreadState& ts, Value self, CallArgs) {
  const BuiltinFunctionObject* f = bf(self);
  Value name = str_intern(f->method->name);
  Value target = !f->self.is_null() ? f->self : f->owner;
  bool module_receiver = !target.is_null() && target.is_object() && target.as_object()->kind() == ObjectKind::Module;
  if (target.is_null() || module_receiver) return name;
  Value getattr_fn = PY_TRY(get_attr(ts, builtins_module(), str_intern("getattr")));
  return tuple_pack({getattr_fn, tuple_pack({target, name})});
}

const NativeMethod kMethods[] = {{"__repr__", bf_repr, 0, 0, 0, nullptr},
                                 {"__reduce__", bf_reduce, 0, 0, 0, nullptr},
                                 {"__call__", bf_call, 0, -1, 0, nullptr},
                                 {"__get__", bf_get, 1, 2, kNativeNoKeywords, nullptr}};
const NativeMethod kGetters[] = {
    {"__name__", bf_name, 0, 0, 0, nullptr},
    {"__qualname__", bf_qualname, 0, 0, 0, nullptr},
    {"__self__", bf_self, 0, 0, 0, nullptr},
    {"__module__", bf_module, 0, 0, 0, nullptr},
    {"__doc__", bf_doc, 0, 0, 0, nullptr},
    {"__text_signature__", bf_text_signature, 0, 0, 0, nullptr},
};

}  // namespace

void note_module_functions(Value module, Value module_name) {
  Value dict = module_dict(module);
  int64_t pos = 0;
  Value key, value;
  std::lock_guard<std::mutex> lock(g_function_modules_mutex);
  while (dict_next(dict, &pos, &key, &value)) {
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::BuiltinFunction) continue;
    const BuiltinFunctionObject* f = bf(value);
    if (f->self.is_null() && f->owner.is_null()) g_function_modules.emplace(f->method, module_name);
  }
}

void init_builtin_function_attributes() {
  add_native_methods(g_builtin_function_type, kMethods);
  for (const NativeMethod& g : kGetters) add_native_property(g_builtin_function_type, &g, nullptr);
}

}  // namespace pystm
