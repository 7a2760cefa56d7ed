// runtime/objects/singleton_object.cpp — None, True, False, NotImplemented, Ellipsis.
#include "runtime/objects/singleton_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/runtime.h"

namespace pystm {

Value g_none, g_true, g_false, g_notimplemented, g_ellipsis;

bool is_bool(Value v) { return v.is(g_true) || v.is(g_false); }

static Value make_singleton(TypeObject* type, int64_t value) {
  SingletonObject* s = allocate_object<SingletonObject>(type);
  stm::view(s)->int_value = value;
  return Value::from_object(s);
}

namespace {

Result<Value> none_repr(ThreadState&, Value, CallArgs) { return str_from_ascii("None"); }
Result<Value> none_bool(ThreadState&, Value, CallArgs) { return g_false; }
Result<Value> none_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs > 1) return raise_type_error(ts, "NoneType takes no arguments");
  return g_none;
}
Result<Value> notimpl_repr(ThreadState&, Value, CallArgs) { return str_from_ascii("NotImplemented"); }
Result<Value> ellipsis_repr(ThreadState&, Value, CallArgs) { return str_from_ascii("Ellipsis"); }

const NativeMethod kNoneMethods[] = {
    {"__repr__", none_repr, 0, 0, 0, nullptr},
    {"__bool__", none_bool, 0, 0, 0, nullptr},
    {"__new__", none_new, 0, -1, kNativeStatic, nullptr},
};
// type(Ellipsis)() and type(NotImplemented)() give the singleton; both
// pickle by name.
Result<Value> notimpl_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs > 1 || args.nkw() > 0) return raise_type_error(ts, "NotImplementedType takes no arguments");
  return g_notimplemented;
}
Result<Value> ellipsis_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs > 1 || args.nkw() > 0) return raise_type_error(ts, "EllipsisType takes no arguments");
  return g_ellipsis;
}
// bool(NotImplemented) is True, with CPython 3.9+'s DeprecationWarning.
Result<Value> notimpl_bool(ThreadState& ts, Value, CallArgs) {
  Value warnings = PY_TRY(import_module_level(ts, str_intern("warnings"), g_none, g_none, Value::small_int(0)));
  PY_TRY(call(ts, PY_TRY(get_attr(ts, warnings, str_intern("warn"))),
              {str_intern("NotImplemented should not be used in a boolean context"),
               Value::from_object(g_exc_DeprecationWarning), Value::small_int(1)}));
  return g_true;
}
const NativeMethod kNotImplementedMethods[] = {{"__repr__", notimpl_repr, 0, 0, 0, nullptr},
                                               {"__bool__", notimpl_bool, 0, 0, 0, nullptr},
                                               {"__reduce__", notimpl_repr, 0, 0, 0, nullptr},
                                               {"__new__", notimpl_new, 0, -1, kNativeStatic, nullptr}};
const NativeMethod kEllipsisMethods[] = {{"__repr__", ellipsis_repr, 0, 0, 0, nullptr},
                                         {"__reduce__", ellipsis_repr, 0, 0, 0, nullptr},
                                         {"__new__", ellipsis_new, 0, -1, kNativeStatic, nullptr}};

}  // namespace

}  // namespace pystm

namespace pystm {

void init_singletons() {
  g_none = make_singleton(g_none_type, 0);
  g_true = make_singleton(g_bool_type, 1);
  g_false = make_singleton(g_bool_type, 0);
  g_notimplemented = make_singleton(g_notimplemented_type, 0);
  g_ellipsis = make_singleton(g_ellipsis_type, 0);
  for (Value* v : {&g_none, &g_true, &g_false, &g_notimplemented, &g_ellipsis}) add_global_root(v);
}

void init_singleton_types() {
  add_native_methods(g_none_type, kNoneMethods);
  add_native_methods(g_notimplemented_type, kNotImplementedMethods);
  add_native_methods(g_ellipsis_type, kEllipsisMethods);
}

}  // namespace pystm
