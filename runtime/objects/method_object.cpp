// runtime/objects/method_object.cpp — bound methods.
#include "runtime/objects/method_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/names.h"

namespace pystm {

Value bound_method_new(Value function, Value self) {
  BoundMethodObject* m = allocate_object<BoundMethodObject>(g_method_type);
  stm::view(m)->function = function;
  stm::view(m)->self = self;
  return Value::from_object(m);
}

namespace {

Result<Value> method_repr(ThreadState& ts, Value self, CallArgs) {
  const BoundMethodObject* m = stm::view(self.as<BoundMethodObject>());
  Value qualname = PY_TRY(get_attr_optional(ts, m->function, g_name___qualname__));
  std::string name = qualname.is_absent() ? "?" : PY_TRY(str_utf8(ts, qualname));
  std::string self_repr = PY_TRY(repr_utf8(ts, m->self));
  return str_from_utf8("<bound method " + name + " of " + self_repr + ">");
}

Result<Value> method_eq(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_method_type) return g_notimplemented;
  const BoundMethodObject* a = stm::view(self.as<BoundMethodObject>());
  const BoundMethodObject* b = stm::view(args[0].as<BoundMethodObject>());
  return bool_value(a->self.is(b->self) && PY_TRY(equals(ts, a->function, b->function)));
}

const NativeMethod kMethodMethods[] = {
    {"__repr__", method_repr, 0, 0, 0, nullptr},
    {"__eq__", method_eq, 1, 1, 0, nullptr},
};

}  // namespace

void init_method_type() { add_native_methods(g_method_type, kMethodMethods); }

}  // namespace pystm
