// runtime/objects/method_object.cpp — bound methods.
#include "runtime/objects/method_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
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

// types.MethodType(function, instance)
Result<Value> method_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nkw()) return raise_type_error(ts, "method() takes no keyword arguments");
  if (args.nargs != 3) return raise_type_error(ts, "method expected 2 arguments, got %zu", args.nargs - 1);
  if (!is_callable(args[1])) return raise_type_error(ts, "first argument must be callable");
  if (args[2].is(g_none)) return raise_type_error(ts, "instance must not be None");
  return bound_method_new(args[1], args[2]);
}

// Attributes a method does not have come from its function (__name__,
// __wrapped__, ...), as CPython's method_getattro.
Result<Value> method_getattr(ThreadState& ts, Value self, CallArgs args) {
  return get_attr(ts, stm::view(self.as<BoundMethodObject>())->function, args[0]);
}
Result<Value> method_doc(ThreadState& ts, Value self, CallArgs) {
  Value doc = PY_TRY(get_attr_optional(ts, stm::view(self.as<BoundMethodObject>())->function, g_name___doc__));
  return doc.is_absent() ? g_none : doc;
}
Result<Value> method_func(ThreadState&, Value self, CallArgs) { return stm::view(self.as<BoundMethodObject>())->function; }
Result<Value> method_self(ThreadState&, Value self, CallArgs) { return stm::view(self.as<BoundMethodObject>())->self; }
// The function's module (the type's own __module__ would shadow it).
Result<Value> method_module(ThreadState& ts, Value self, CallArgs) {
  Value module = PY_TRY(get_attr_optional(ts, stm::view(self.as<BoundMethodObject>())->function, g_name___module__));
  return module.is_absent() ? g_none : module;
}
const NativeMethod kMethodGetters[] = {
    {"__doc__", method_doc, 0, 0, 0, nullptr},
    {"__module__", method_module, 0, 0, 0, nullptr},
    {"__func__", method_func, 0, 0, 0, nullptr},
    {"__self__", method_self, 0, 0, 0, nullptr},
};

Result<Value> method_call_method(ThreadState& ts, Value self, CallArgs args) { return call(ts, self, args); }
// Equal bound methods (same function, same object) hash equal.
Result<Value> method_hash(ThreadState& ts, Value self, CallArgs) {
  const BoundMethodObject* m = stm::view(self.as<BoundMethodObject>());
  int64_t h = static_cast<int64_t>(m->self.bits() >> 4) ^ PY_TRY(hash(ts, m->function));
  return int_from_int64(h == -1 ? -2 : h);
}
const NativeMethod kMethodMethods[] = {
    {"__call__", method_call_method, 0, -1, 0, nullptr},
    {"__getattr__", method_getattr, 1, 1, 0, nullptr},
    {"__new__", method_new, 0, -1, kNativeStatic, nullptr},
    {"__repr__", method_repr, 0, 0, 0, nullptr},
    {"__eq__", method_eq, 1, 1, 0, nullptr},
    {"__hash__", method_hash, 0, 0, 0, nullptr},
};

}  // namespace

void init_method_type() {
  add_native_methods(g_method_type, kMethodMethods);
  for (const NativeMethod& g : kMethodGetters) add_native_property(g_method_type, &g, nullptr);
}

}  // namespace pystm
