// runtime/objects/function_attributes.cpp — the data attributes of functions
// and cells (data model §3.2 "User-defined functions": __defaults__,
// __kwdefaults__, __code__, __globals__, __closure__, __annotations__, ...).
// Owns: their getters and setters. Must never: write a function's fields
// without stm::write (functions are mutable and may be shared).
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

FunctionObject* fn(Value v) { return v.as<FunctionObject>(); }
Value or_none(Value v) { return v.is_null() ? g_none : v; }
template <typename T>
Value or_none(T* p) { return p ? Value::from_object(p) : g_none; }
bool is_tuple_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Tuple; }

// --- Getters ------------------------------------------------------------

Result<Value> get_name(ThreadState&, Value self, CallArgs) { return stm::read(fn(self))->name; }
Result<Value> get_qualname(ThreadState&, Value self, CallArgs) { return stm::read(fn(self))->qualname; }
Result<Value> get_module(ThreadState&, Value self, CallArgs) { return or_none(stm::read(fn(self))->module); }
Result<Value> get_doc(ThreadState&, Value self, CallArgs) { return or_none(stm::read(fn(self))->doc); }
Result<Value> get_code(ThreadState&, Value self, CallArgs) { return or_none(stm::read(fn(self))->code); }
Result<Value> get_defaults(ThreadState&, Value self, CallArgs) { return or_none(stm::read(fn(self))->defaults); }
Result<Value> get_kwdefaults(ThreadState&, Value self, CallArgs) { return or_none(stm::read(fn(self))->kwdefaults); }
Result<Value> get_globals(ThreadState&, Value self, CallArgs) { return or_none(stm::read(fn(self))->globals); }
Result<Value> get_closure(ThreadState&, Value self, CallArgs) { return or_none(stm::read(fn(self))->closure); }
Result<Value> get_builtins(ThreadState&, Value self, CallArgs) {
  DictObject* b = stm::read(fn(self))->builtins;
  return b ? Value::from_object(b) : dict_new();
}
// __annotations__ is made (empty) on first access and kept.
Result<Value> get_annotations(ThreadState&, Value self, CallArgs) {
  DictObject* a = stm::read(fn(self))->annotations;
  if (a) return Value::from_object(a);
  Value d = dict_new();
  stm::write(fn(self))->annotations = d.as<DictObject>();
  return d;
}

// --- Setters (value None means "delete" where CPython allows it) ---------

Result<Value> set_name(ThreadState& ts, Value self, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "__name__ must be set to a string object");
  stm::write(fn(self))->name = args[0];
  return g_none;
}
Result<Value> set_qualname(ThreadState& ts, Value self, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "__qualname__ must be set to a string object");
  stm::write(fn(self))->qualname = args[0];
  return g_none;
}
Result<Value> set_module(ThreadState&, Value self, CallArgs args) {
  stm::write(fn(self))->module = args[0];
  return g_none;
}
Result<Value> set_doc(ThreadState&, Value self, CallArgs args) {
  stm::write(fn(self))->doc = args[0];
  return g_none;
}
Result<Value> set_code(ThreadState& ts, Value self, CallArgs args) {
  Value v = args[0];
  if (!v.is_object() || v.as_object()->kind() != ObjectKind::Code)
    return raise_type_error(ts, "__code__ must be set to a code object");
  const CodeObject* next = stm::view(v.as<CodeObject>());
  TupleObject* closure = stm::read(fn(self))->closure;
  int64_t nclosure = closure ? stm::view(closure)->size : 0;
  if (next->nfrees != nclosure)
    return raise_value_error(ts, "%s() requires a code object with %lld free vars, not %d",
                             str_to_utf8(stm::read(fn(self))->name).c_str(), static_cast<long long>(nclosure), next->nfrees);
  stm::write(fn(self))->code = v.as<CodeObject>();
  return g_none;
}
Result<Value> set_defaults(ThreadState& ts, Value self, CallArgs args) {
  Value v = args[0];
  if (v.is(g_none)) {
    stm::write(fn(self))->defaults = nullptr;
    return g_none;
  }
  if (!is_tuple_value(v)) return raise_type_error(ts, "__defaults__ must be set to a tuple object");
  stm::write(fn(self))->defaults = v.as<TupleObject>();
  return g_none;
}
Result<Value> set_kwdefaults(ThreadState& ts, Value self, CallArgs args) {
  Value v = args[0];
  if (v.is(g_none)) {
    stm::write(fn(self))->kwdefaults = nullptr;
    return g_none;
  }
  if (!is_dict(v)) return raise_type_error(ts, "__kwdefaults__ must be set to a dict object");
  stm::write(fn(self))->kwdefaults = v.as<DictObject>();
  return g_none;
}
Result<Value> set_annotations(ThreadState& ts, Value self, CallArgs args) {
  Value v = args[0];
  if (v.is(g_none)) {
    stm::write(fn(self))->annotations = nullptr;
    return g_none;
  }
  if (!is_dict(v)) return raise_type_error(ts, "__annotations__ must be set to a dict object");
  stm::write(fn(self))->annotations = v.as<DictObject>();
  return g_none;
}

const NativeMethod kGetters[] = {
    {"__name__", get_name, 0, 0, 0, nullptr},
    {"__qualname__", get_qualname, 0, 0, 0, nullptr},
    {"__module__", get_module, 0, 0, 0, nullptr},
    {"__doc__", get_doc, 0, 0, 0, nullptr},
    {"__code__", get_code, 0, 0, 0, nullptr},
    {"__defaults__", get_defaults, 0, 0, 0, nullptr},
    {"__kwdefaults__", get_kwdefaults, 0, 0, 0, nullptr},
    {"__annotations__", get_annotations, 0, 0, 0, nullptr},
    {"__globals__", get_globals, 0, 0, 0, nullptr},
    {"__closure__", get_closure, 0, 0, 0, nullptr},
    {"__builtins__", get_builtins, 0, 0, 0, nullptr},
};
const NativeMethod kSetters[] = {
    {"__name__", set_name, 1, 1, 0, nullptr},
    {"__qualname__", set_qualname, 1, 1, 0, nullptr},
    {"__module__", set_module, 1, 1, 0, nullptr},
    {"__doc__", set_doc, 1, 1, 0, nullptr},
    {"__code__", set_code, 1, 1, 0, nullptr},
    {"__defaults__", set_defaults, 1, 1, 0, nullptr},
    {"__kwdefaults__", set_kwdefaults, 1, 1, 0, nullptr},
    {"__annotations__", set_annotations, 1, 1, 0, nullptr},
};
constexpr size_t kNumSetters = sizeof(kSetters) / sizeof(kSetters[0]);

// --- cell ----------------------------------------------------------------

Result<Value> cell_get_contents(ThreadState& ts, Value self, CallArgs) {
  Value v = stm::read(self.as<CellObject>())->contents;
  if (v.is_null()) return raise(ts, g_exc_ValueError, "Cell is empty");
  return v;
}
Result<Value> cell_set_contents(ThreadState&, Value self, CallArgs args) {
  stm::write(self.as<CellObject>())->contents = args[0];
  return g_none;
}
const NativeMethod kCellGetter = {"cell_contents", cell_get_contents, 0, 0, 0, nullptr};
const NativeMethod kCellSetter = {"cell_contents", cell_set_contents, 1, 1, 0, nullptr};

}  // namespace

void init_function_attributes() {
  for (size_t i = 0; i < sizeof(kGetters) / sizeof(kGetters[0]); ++i)
    add_native_property(g_function_type, &kGetters[i], i < kNumSetters ? &kSetters[i] : nullptr);
  add_native_property(g_cell_type, &kCellGetter, &kCellSetter);
}

}  // namespace pystm
