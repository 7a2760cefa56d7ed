// runtime/objects/function_attributes.cpp — the data attributes of functions
// and cells (data model §3.2 "User-defined functions": __defaults__,
// __kwdefaults__, __code__, __globals__, __closure__, __annotations__, ...).
// Owns: their getters and setters. Must never: write a function's fields
// without stm::write (functions are mutable and may be shared).
#include <cstdio>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
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
// types.CellType([contents])
Result<Value> cell_type_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nkw()) return raise_type_error(ts, "cell() takes no keyword arguments");
  if (args.nargs > 2) return raise_type_error(ts, "cell expected at most 1 argument, got %zu", args.nargs - 1);
  return cell_new(args.nargs > 1 ? args[1] : Value());
}
Result<Value> cell_repr(ThreadState&, Value self, CallArgs) {
  char buf[96];
  Value v = stm::read(self.as<CellObject>())->contents;
  if (v.is_null()) {
    std::snprintf(buf, sizeof buf, "<cell at 0x%llx: empty>", static_cast<unsigned long long>(self.bits()));
    return str_from_utf8(buf);
  }
  std::snprintf(buf, sizeof buf, "<cell at 0x%llx: ", static_cast<unsigned long long>(self.bits()));
  char tail[48];
  std::snprintf(tail, sizeof tail, " object at 0x%llx>", static_cast<unsigned long long>(v.bits()));
  return str_from_utf8(std::string(buf) + type_name_of(v) + tail);
}
const NativeMethod kCellMethods[] = {
    {"__new__", cell_type_new, 0, -1, kNativeStatic, nullptr},
    {"__repr__", cell_repr, 0, 0, 0, nullptr},
};

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
Result<Value> function_type_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "function", args, {"code", "globals", "name", "argdefs", "closure"}));
  auto arg = [&](size_t i, const char* name) { return args.nargs > i ? args[i] : keyword_arg(args, name); };
  Value code = arg(1, "code"), globals = arg(2, "globals"), name = arg(3, "name");
  Value argdefs = arg(4, "argdefs"), closure = arg(5, "closure");
  if (code.is_null() || !code.is_object() || code.as_object()->kind() != ObjectKind::Code)
    return raise_type_error(ts, "function() argument 'code' must be code, not %s",
                            code.is_null() ? "nothing" : type_name_of(code).c_str());
  if (globals.is_null() || !is_dict(globals))
    return raise_type_error(ts, "function() argument 'globals' must be dict, not %s",
                            globals.is_null() ? "nothing" : type_name_of(globals).c_str());
  if (!name.is_null() && !name.is(g_none) && !is_str(name)) return raise_type_error(ts, "arg 3 (name) must be None or string");
  if (!argdefs.is_null() && !argdefs.is(g_none) && !is_tuple_value(argdefs))
    return raise_type_error(ts, "arg 4 (defaults) must be None or tuple");
  int64_t nfree = stm::view(code.as<CodeObject>())->nfrees;
  int64_t nclosure = closure.is_null() || closure.is(g_none) ? 0 : (is_tuple_value(closure) ? tuple_size(closure) : -1);
  if (nclosure < 0) return raise_type_error(ts, "arg 5 (closure) must be tuple");
  if (nclosure != nfree) {
    if (nfree == 0) return raise_type_error(ts, "arg 5 (closure) must be None or tuple");
    if (closure.is_null() || closure.is(g_none)) return raise_type_error(ts, "arg 5 (closure) must be tuple");
    return raise_value_error(ts, "%s requires closure of length %lld, not %lld",
                             str_to_utf8(stm::view(code.as<CodeObject>())->name).c_str(), static_cast<long long>(nfree),
                             static_cast<long long>(nclosure));
  }
  for (int64_t i = 0; i < nclosure; ++i) {
    Value c = tuple_item(closure, i);
    if (!c.is_object() || c.as_object()->kind() != ObjectKind::Cell)
      return raise_type_error(ts, "arg 5 (closure) expected cell, found %s", type_name_of(c).c_str());
  }
  Value f = function_new(code.as<CodeObject>(), globals.as<DictObject>());
  FunctionObject* fv = stm::write(f.as<FunctionObject>());
  if (!name.is_null() && !name.is(g_none)) fv->name = name;
  if (!argdefs.is_null() && !argdefs.is(g_none)) fv->defaults = argdefs.as<TupleObject>();
  if (nclosure > 0) fv->closure = closure.as<TupleObject>();
  return f;
}
// f.__call__(...): present so that collections.abc.Callable sees functions.
Result<Value> function_call_method(ThreadState& ts, Value self, CallArgs args) { return call(ts, self, args); }
const NativeMethod kFunctionMethods[] = {{"__new__", function_type_new, 0, -1, kNativeStatic, nullptr},
                                         {"__call__", function_call_method, 0, -1, 0, nullptr}};

const NativeMethod kCellGetter = {"cell_contents", cell_get_contents, 0, 0, 0, nullptr};
const NativeMethod kCellSetter = {"cell_contents", cell_set_contents, 1, 1, 0, nullptr};

}  // namespace

void init_function_attributes() {
  for (size_t i = 0; i < sizeof(kGetters) / sizeof(kGetters[0]); ++i)
    add_native_property(g_function_type, &kGetters[i], i < kNumSetters ? &kSetters[i] : nullptr);
  add_native_property(g_cell_type, &kCellGetter, &kCellSetter);
  add_native_methods(g_cell_type, kCellMethods);
  add_native_methods(g_function_type, kFunctionMethods);
}

}  // namespace pystm
