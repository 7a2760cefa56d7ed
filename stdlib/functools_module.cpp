// stdlib/functools_module.cpp — the `_functools` module (library reference
// "functools"): partial and reduce. cmp_to_key and _lru_cache_wrapper are
// left to the pure-Python versions functools.py keeps as fallbacks.
// Owns: the partial type (NativeStateObject: [func, args tuple, keywords
// dict], plus an instance dict in the last word). Must never: mutate the
// stored args/keywords after construction (calls copy them).
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/generic_alias_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_partial_type = nullptr;
enum PartialField : uint32_t { kFunc, kArgs, kKeywords, kPartialFields };

Result<Value> partial_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  if (args.nargs < 2) return raise_type_error(ts, "type 'partial' takes at least one argument");
  Value func = args[1];
  ValueVector pargs;
  Value keywords = dict_new();
  // partial(partial(f, a), b) is partial(f, a, b) when both are exact partials.
  if (type == g_partial_type && func.is_object() && type_of(func) == g_partial_type) {
    Value inner_args = native_field(func, kArgs);
    for (int64_t i = 0; i < tuple_size(inner_args); ++i) pargs.push_back(tuple_item(inner_args, i));
    PY_TRY(dict_update(ts, keywords, native_field(func, kKeywords)));
    func = native_field(func, kFunc);
  }
  if (!is_callable(func))
    return raise_type_error(ts, "the first argument must be callable");
  for (size_t i = 2; i < args.nargs; ++i) pargs.push_back(args[i]);
  for (size_t i = 0; i < args.nkw(); ++i) PY_TRY(set_item(ts, keywords, args.kw_name(i), args.kw_value(i)));
  Value p = Value::from_object(native_state_new(type, kPartialFields));
  set_native_field(p, kFunc, func);
  set_native_field(p, kArgs, tuple_from(pargs.data(), static_cast<int64_t>(pargs.size())));
  set_native_field(p, kKeywords, keywords);
  return p;
}

Result<Value> partial_call(ThreadState& ts, Value self, CallArgs args) {
  Value stored = native_field(self, kArgs);
  Value keywords = native_field(self, kKeywords);
  ValueVector all;
  for (int64_t i = 0; i < tuple_size(stored); ++i) all.push_back(tuple_item(stored, i));
  for (size_t i = 0; i < args.nargs; ++i) all.push_back(args[i]);
  size_t npos = all.size();
  if (dict_size(keywords) == 0) {
    for (size_t i = 0; i < args.nkw(); ++i) all.push_back(args.kw_value(i));
    return call(ts, native_field(self, kFunc), CallArgs{all.data(), npos, args.kwnames});
  }
  Value merged = dict_copy(keywords);
  for (size_t i = 0; i < args.nkw(); ++i) PY_TRY(set_item(ts, merged, args.kw_name(i), args.kw_value(i)));
  ValueVector names;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(merged, &pos, &k, &v)) {
    names.push_back(k);
    all.push_back(v);
  }
  Value kwnames = tuple_from(names.data(), static_cast<int64_t>(names.size()));
  return call(ts, native_field(self, kFunc), CallArgs{all.data(), npos, kwnames.as<TupleObject>()});
}

Result<Value> partial_repr(ThreadState& ts, Value self, CallArgs) {
  TypeObject* type = type_of(self);
  std::string name = type == g_partial_type ? "functools.partial" : str_to_utf8(stm::read(type)->qualname);
  ReprGuard guard(self);
  if (guard.recursive()) return str_from_ascii("...");
  std::string out = name + "(" + PY_TRY(repr_utf8(ts, native_field(self, kFunc)));
  Value stored = native_field(self, kArgs);
  for (int64_t i = 0; i < tuple_size(stored); ++i) out += ", " + PY_TRY(repr_utf8(ts, tuple_item(stored, i)));
  int64_t pos = 0;
  Value k, v;
  while (dict_next(native_field(self, kKeywords), &pos, &k, &v))
    out += ", " + PY_TRY(str_utf8(ts, k)) + "=" + PY_TRY(repr_utf8(ts, v));
  return str_from_utf8(out + ")");
}

Result<Value> partial_func(ThreadState&, Value self, CallArgs) { return native_field(self, kFunc); }
Result<Value> partial_args(ThreadState&, Value self, CallArgs) { return native_field(self, kArgs); }
Result<Value> partial_keywords(ThreadState&, Value self, CallArgs) { return native_field(self, kKeywords); }
Result<Value> class_getitem(ThreadState& ts, Value cls, CallArgs args) { return generic_alias_new(ts, cls, args[0]); }

const NativeMethod kPartialMethods[] = {
    {"__new__", partial_new, 0, -1, kNativeStatic, nullptr},
    {"__call__", partial_call, 0, -1, 0, nullptr},
    {"__repr__", partial_repr, 0, 0, 0, nullptr},
    {"__class_getitem__", class_getitem, 1, 1, kNativeClass, nullptr},
};
const NativeMethod kPartialGetters[] = {
    {"func", partial_func, 0, 0, 0, nullptr},
    {"args", partial_args, 0, 0, 0, nullptr},
    {"keywords", partial_keywords, 0, 0, 0, nullptr},
};

// reduce(function, iterable[, initial])
Result<Value> functools_reduce(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 2) return raise_type_error(ts, "reduce expected at least 2 arguments, got %zu", args.nargs);
  if (args.nargs > 3) return raise_type_error(ts, "reduce expected at most 3 arguments, got %zu", args.nargs);
  Result<Value> it_r = get_iter(ts, args[1]);
  if (!it_r.ok()) {
    if (pending_exception_matches(ts, g_exc_TypeError)) {
      clear_pending_exception(ts);
      return raise_type_error(ts, "reduce() arg 2 must support iteration");
    }
    return kError;
  }
  Value it = it_r.value();
  Value acc = args.nargs == 3 ? args[2] : Value();
  while (true) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) break;
    acc = acc.is_null() ? v : PY_TRY(call(ts, args[0], {acc, v}));
  }
  if (acc.is_null()) return raise_type_error(ts, "reduce() of empty iterable with no initial value");
  return acc;
}

const NativeMethod kFunctions[] = {{"reduce", functools_reduce, 0, -1, kNativeNoKeywords, nullptr}};

}  // namespace

Result<Value> create_functools_module(ThreadState&) {
  if (!g_partial_type) {
    g_partial_type = make_builtin_type("partial", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                       kTypeBaseType | kTypeHasInstanceDict);
    // Instances carry a __dict__ (update_wrapper sets attributes on them).
    stm::write(g_partial_type)->dict_offset = kDictAtEnd;
    add_native_methods(g_partial_type, kPartialMethods);
    for (const NativeMethod& g : kPartialGetters) add_native_property(g_partial_type, &g, nullptr);
    type_set_attr_nogc_fail(g_partial_type, "__module__", str_intern("functools"));
  }
  Value module = module_new(str_intern("_functools"));
  module_set(module, "partial", Value::from_object(g_partial_type));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
