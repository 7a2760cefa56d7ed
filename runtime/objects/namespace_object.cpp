// runtime/objects/namespace_object.cpp — types.SimpleNamespace (library
// reference "types.SimpleNamespace"): __init__(**kwargs), repr, ==.
// Owns: the type and its methods. Instances are plain InstanceObjects: all
// their state is in the instance dict.
#include "runtime/objects/namespace_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

Value instance_dict(Value self) {
  DictObject** slot = instance_dict_slot(self);
  if (!slot) return Value();
  DictObject* d = *stm::view(slot);
  return d ? Value::from_object(d) : Value();
}

Result<Value> namespace_init(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs) return raise_type_error(ts, "no positional arguments expected");
  for (size_t i = 0; i < args.nkw(); ++i) PY_TRY(set_attr(ts, self, args.kw_name(i), args.kw_value(i)));
  return g_none;
}

Result<Value> namespace_repr(ThreadState& ts, Value self, CallArgs) {
  TypeObject* type = type_of(self);
  std::string name = type == simple_namespace_type() ? "namespace" : type_name(type);
  ReprGuard guard(self);
  if (guard.recursive()) return str_from_utf8(name + "(...)");
  std::string out = name + "(";
  Value dict = instance_dict(self);
  if (!dict.is_null()) {
    int64_t pos = 0;
    Value key, value;
    bool first = true;
    while (dict_next(dict, &pos, &key, &value)) {
      if (!is_str(key)) continue;
      out += first ? "" : ", ";
      first = false;
      out += str_to_utf8(key) + "=" + PY_TRY(repr_utf8(ts, value));
    }
  }
  return str_from_utf8(out + ")");
}

Result<Value> namespace_eq(ThreadState& ts, Value self, CallArgs args) {
  Value other = args[0];
  if (!is_instance_of(other, simple_namespace_type())) return g_notimplemented;
  Value a = instance_dict(self), b = instance_dict(other);
  if (a.is_null()) a = dict_new();
  if (b.is_null()) b = dict_new();
  return bool_value(PY_TRY(equals(ts, a, b)));
}

const NativeMethod kNamespaceMethods[] = {
    {"__init__", namespace_init, 0, -1, 0, nullptr},
    {"__repr__", namespace_repr, 0, 0, 0, nullptr},
    {"__eq__", namespace_eq, 1, 1, 0, nullptr},
};

}  // namespace

TypeObject* simple_namespace_type() {
  static TypeObject* type = [] {
    TypeObject* t = make_builtin_type("SimpleNamespace", g_object_type, ObjectKind::Instance, sizeof(InstanceObject),
                                      kTypeBaseType | kTypeHasInstanceDict);
    add_native_methods(t, kNamespaceMethods);
    type_set_attr_nogc_fail(t, "__module__", str_intern("types"));
    type_set_attr_nogc_fail(t, "__hash__", g_none);
    return t;
  }();
  return type;
}

Value simple_namespace_new(std::initializer_list<std::pair<const char*, Value>> attrs) {
  InstanceObject* obj = allocate_object<InstanceObject>(simple_namespace_type());
  Value dict = dict_new();
  stm::view(obj)->dict = dict.as<DictObject>();
  for (const auto& [name, value] : attrs) dict_set_str(dict, str_intern(name), value);
  return Value::from_object(obj);
}

}  // namespace pystm
