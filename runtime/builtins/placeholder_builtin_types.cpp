// runtime/builtins/placeholder_builtin_types.cpp — TEMPORARY stand-ins for
// the built-ins `bytearray`, `memoryview` and `complex`, which the
// complex/bytes/bytearray/memoryview work provides. The standard library
// needs the names at import time: _collections_abc evaluates
// type(iter(bytearray())) and registers the types with its ABCs, copy.py
// and numbers.py name `complex`.
// Owns: an empty-only bytearray (bytearray() with no argument, its iterator,
// len 0, repr) and memoryview/complex types that cannot be instantiated.
// Anything else raises NotImplementedError — never a wrong answer.
// Each stand-in installs itself only when builtins has no such name yet:
// once the real types exist this file does nothing and can be deleted.
#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_placeholder_bytearray = nullptr;
TypeObject* g_placeholder_bytearray_iterator = nullptr;

Result<Value> not_yet(ThreadState& ts, const char* what) {
  return raise(ts, g_exc_NotImplementedError, "%s is not implemented yet", what);
}

Result<Value> bytearray_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs > 1 || args.nkw()) return not_yet(ts, "bytearray with arguments");
  return Value::from_object(allocate_object<InstanceObject>(args[0].as<TypeObject>()));
}
Result<Value> bytearray_iter(ThreadState&, Value, CallArgs) {
  return Value::from_object(allocate_object<InstanceObject>(g_placeholder_bytearray_iterator));
}
Result<Value> bytearray_copy(ThreadState&, Value self, CallArgs) {
  return Value::from_object(allocate_object<InstanceObject>(type_of(self)));
}
Result<Value> bytearray_len(ThreadState&, Value, CallArgs) { return Value::small_int(0); }
Result<Value> bytearray_repr(ThreadState&, Value, CallArgs) { return str_from_ascii("bytearray(b'')"); }
Result<Value> iterator_self(ThreadState&, Value self, CallArgs) { return self; }
Result<Value> iterator_next(ThreadState& ts, Value, CallArgs) { return raise_empty(ts, g_exc_StopIteration); }
Result<Value> memoryview_new(ThreadState& ts, Value, CallArgs) { return not_yet(ts, "memoryview"); }
Result<Value> complex_new(ThreadState& ts, Value, CallArgs) { return not_yet(ts, "complex"); }

const NativeMethod kBytearrayMethods[] = {
    {"__new__", bytearray_new, 0, -1, kNativeStatic, nullptr},
    {"__iter__", bytearray_iter, 0, 0, 0, nullptr},
    {"__len__", bytearray_len, 0, 0, 0, nullptr},
    {"__repr__", bytearray_repr, 0, 0, 0, nullptr},
    {"copy", bytearray_copy, 0, 0, 0, nullptr},
};
const NativeMethod kIteratorMethods[] = {
    {"__iter__", iterator_self, 0, 0, 0, nullptr},
    {"__next__", iterator_next, 0, 0, 0, nullptr},
};
const NativeMethod kMemoryviewMethods[] = {{"__new__", memoryview_new, 0, -1, kNativeStatic, nullptr}};
const NativeMethod kComplexMethods[] = {{"__new__", complex_new, 0, -1, kNativeStatic, nullptr}};

}  // namespace

void install_placeholder_builtin_types() {
  Value builtins = module_dict(builtins_module());
  if (dict_get_str(builtins, str_intern("complex")).is_null()) {
    TypeObject* c = make_builtin_type("complex", g_object_type, ObjectKind::Instance, sizeof(InstanceObject), 0);
    add_native_methods(c, kComplexMethods);
    dict_set_str(builtins, str_intern("complex"), Value::from_object(c));
  }
  if (!dict_get_str(builtins, str_intern("bytearray")).is_null()) return;
  g_placeholder_bytearray =
      make_builtin_type("bytearray", g_object_type, ObjectKind::Instance, sizeof(InstanceObject), 0);
  add_native_methods(g_placeholder_bytearray, kBytearrayMethods);
  type_set_attr_nogc_fail(g_placeholder_bytearray, "__hash__", g_none);
  g_placeholder_bytearray_iterator =
      make_builtin_type("bytearray_iterator", g_object_type, ObjectKind::Instance, sizeof(InstanceObject), 0);
  add_native_methods(g_placeholder_bytearray_iterator, kIteratorMethods);
  dict_set_str(builtins, str_intern("bytearray"), Value::from_object(g_placeholder_bytearray));
  if (dict_get_str(builtins, str_intern("memoryview")).is_null()) {
    TypeObject* mv = make_builtin_type("memoryview", g_object_type, ObjectKind::Instance, sizeof(InstanceObject), 0);
    add_native_methods(mv, kMemoryviewMethods);
    dict_set_str(builtins, str_intern("memoryview"), Value::from_object(mv));
  }
}

}  // namespace pystm
