// runtime/objects/generic_alias_object.cpp — types.GenericAlias (PEP 585;
// library reference "Generic Alias Type"): construction, __origin__/__args__/
// __parameters__, repr, ==/hash, calling, attribute forwarding to the origin,
// __mro_entries__ and substitution of type variables (alias[int]).
// Must never: mutate an alias (they are immutable and shared freely).
#include "runtime/objects/generic_alias_object.h"

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

TypeObject* g_generic_alias_type = nullptr;

namespace {

const GenericAliasObject* ga(Value v) { return stm::view(v.as<GenericAliasObject>()); }
bool is_tuple_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Tuple; }
bool is_alias(Value v) { return v.is_object() && is_instance_of(v, g_generic_alias_type); }

// The type variables of `args` in order of first appearance: an argument
// with __typing_subst__ is one; otherwise its own __parameters__ count.
Result<Value> collect_parameters(ThreadState& ts, Value args) {
  ValueVector params;
  auto add = [&](ThreadState& t, Value p) -> Status {
    for (size_t i = 0; i < params.size(); ++i)
      if (PY_TRY(equals(t, params[i], p))) return ok_status();
    params.push_back(p);
    return ok_status();
  };
  for (int64_t i = 0; i < tuple_size(args); ++i) {
    Value a = tuple_item(args, i);
    if (a.is_object() && a.as_object()->kind() == ObjectKind::Type) continue;
    Value subst = PY_TRY(get_attr_optional(ts, a, str_intern("__typing_subst__")));
    if (!subst.is_absent()) {
      PY_TRY(add(ts, a));
      continue;
    }
    Value sub = PY_TRY(get_attr_optional(ts, a, str_intern("__parameters__")));
    if (!sub.is_absent() && is_tuple_value(sub))
      for (int64_t j = 0; j < tuple_size(sub); ++j) PY_TRY(add(ts, tuple_item(sub, j)));
  }
  return tuple_from(params.data(), static_cast<int64_t>(params.size()));
}

Value make_alias(TypeObject* type, Value origin, Value args, Value parameters) {
  uint32_t size = stm::read(type)->instance_size;
  GenericAliasObject* g = allocate_object<GenericAliasObject>(type, size < sizeof(GenericAliasObject) ? sizeof(GenericAliasObject) : size);
  GenericAliasObject* gv = stm::view(g);
  gv->origin = origin;
  gv->args = args;
  gv->parameters = parameters;
  return Value::from_object(g);
}

// repr of one argument as CPython's ga_repr_item: `...`, module.qualname for
// classes (without "builtins."), repr() otherwise.
Result<std::string> repr_item(ThreadState& ts, Value item) {
  if (item.is(g_ellipsis)) return std::string("...");
  if (is_alias(item)) return repr_utf8(ts, item);
  Value qualname = PY_TRY(get_attr_optional(ts, item, g_name___qualname__));
  Value module = PY_TRY(get_attr_optional(ts, item, g_name___module__));
  if (qualname.is_absent() || module.is_absent() || !is_str(qualname)) return repr_utf8(ts, item);
  Value origin = PY_TRY(get_attr_optional(ts, item, str_intern("__origin__")));
  Value args = PY_TRY(get_attr_optional(ts, item, str_intern("__args__")));
  if (!origin.is_absent() && !args.is_absent()) return repr_utf8(ts, item);
  if (is_str(module) && str_to_utf8(module) == "builtins") return str_to_utf8(qualname);
  return PY_TRY(str_utf8(ts, module)) + "." + str_to_utf8(qualname);
}

Result<Value> ga_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nkw()) return raise_type_error(ts, "GenericAlias() takes no keyword arguments");
  if (args.nargs != 3)
    return raise_type_error(ts, "GenericAlias expected 2 arguments, got %zu", args.nargs - 1);
  Value a = is_tuple_value(args[2]) ? args[2] : tuple_pack({args[2]});
  return make_alias(args[0].as<TypeObject>(), args[1], a, PY_TRY(collect_parameters(ts, a)));
}

Result<Value> ga_repr(ThreadState& ts, Value self, CallArgs) {
  const GenericAliasObject* g = ga(self);
  std::string out = PY_TRY(repr_item(ts, g->origin)) + "[";
  int64_t n = tuple_size(g->args);
  if (n == 0) out += "()";
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    Value a = tuple_item(g->args, i);
    if (is_list(a)) {
      // Callable[[int, str], ...] style: a list of types.
      out += "[";
      Value items = a;
      int64_t m = PY_TRY(length(ts, items));
      for (int64_t j = 0; j < m; ++j) {
        if (j) out += ", ";
        out += PY_TRY(repr_item(ts, PY_TRY(get_item(ts, items, Value::small_int(j)))));
      }
      out += "]";
    } else {
      out += PY_TRY(repr_item(ts, a));
    }
  }
  return str_from_utf8(out + "]");
}

Result<Value> ga_eq(ThreadState& ts, Value self, CallArgs args) {
  if (!is_alias(args[0])) return g_notimplemented;
  const GenericAliasObject* a = ga(self);
  const GenericAliasObject* b = ga(args[0]);
  if (!PY_TRY(equals(ts, a->origin, b->origin))) return g_false;
  return bool_value(PY_TRY(equals(ts, a->args, b->args)));
}

Result<Value> ga_hash(ThreadState& ts, Value self, CallArgs) {
  int64_t h = PY_TRY(hash(ts, ga(self)->origin)) ^ PY_TRY(hash(ts, ga(self)->args));
  if (h == -1) h = -2;
  return Value::small_int(h >> 1);
}

Result<Value> ga_call(ThreadState& ts, Value self, CallArgs args) {
  Value obj = PY_TRY(call(ts, ga(self)->origin, args));
  Status s = set_attr(ts, obj, str_intern("__orig_class__"), self);
  if (!s.ok()) {
    if (!pending_exception_matches(ts, g_exc_AttributeError) && !pending_exception_matches(ts, g_exc_TypeError))
      return kError;
    clear_pending_exception(ts);
  }
  return obj;
}

// Every attribute but a fixed few comes from the origin (CPython's
// ga_getattro and its attr_exceptions list).
Result<Value> ga_getattribute(ThreadState& ts, Value self, CallArgs args) {
  static const char* const kOwn[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                     "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                     "__reduce__", "__copy__", "__deepcopy__"};
  Value name = args[0];
  if (is_str(name)) {
    std::string n = str_to_utf8(name);
    bool own = false;
    for (const char* k : kOwn) own |= n == k;
    if (!own) return get_attr(ts, ga(self)->origin, name);
  }
  return generic_get_attr(ts, self, name, false);
}

Result<Value> ga_mro_entries(ThreadState&, Value self, CallArgs) { return tuple_pack({ga(self)->origin}); }

Result<Value> ga_instancecheck(ThreadState& ts, Value, CallArgs) {
  return raise_type_error(ts, "isinstance() argument 2 cannot be a parameterized generic");
}
Result<Value> ga_subclasscheck(ThreadState& ts, Value, CallArgs) {
  return raise_type_error(ts, "issubclass() argument 2 cannot be a parameterized generic");
}

// Replaces each type variable of `item` by its argument (recursively).
Result<Value> substitute(ThreadState& ts, Value item, Value params, Value values) {
  for (int64_t i = 0; i < tuple_size(params); ++i)
    if (PY_TRY(equals(ts, item, tuple_item(params, i)))) return tuple_item(values, i);
  if (item.is_object() && item.as_object()->kind() == ObjectKind::Type) return item;
  Value sub = PY_TRY(get_attr_optional(ts, item, str_intern("__parameters__")));
  if (sub.is_absent() || !is_tuple_value(sub) || tuple_size(sub) == 0) return item;
  ValueVector picked;
  for (int64_t j = 0; j < tuple_size(sub); ++j) picked.push_back(PY_TRY(substitute(ts, tuple_item(sub, j), params, values)));
  Value key = picked.size() == 1 ? picked[0] : tuple_from(picked.data(), static_cast<int64_t>(picked.size()));
  return get_item(ts, item, key);
}

Result<Value> ga_getitem(ThreadState& ts, Value self, CallArgs args) {
  const GenericAliasObject* g = ga(self);
  int64_t nparams = tuple_size(g->parameters);
  if (nparams == 0) return raise_type_error(ts, "%s is not a generic class", PY_TRY(repr_utf8(ts, self)).c_str());
  Value values = is_tuple_value(args[0]) ? args[0] : tuple_pack({args[0]});
  int64_t n = tuple_size(values);
  if (n != nparams)
    return raise_type_error(ts, "Too %s arguments for %s; actual %lld, expected %lld", n > nparams ? "many" : "few",
                            PY_TRY(repr_utf8(ts, self)).c_str(), static_cast<long long>(n),
                            static_cast<long long>(nparams));
  ValueVector items;
  for (int64_t i = 0; i < tuple_size(g->args); ++i)
    items.push_back(PY_TRY(substitute(ts, tuple_item(g->args, i), g->parameters, values)));
  return generic_alias_new(ts, g->origin, tuple_from(items.data(), static_cast<int64_t>(items.size())));
}

Result<Value> ga_origin(ThreadState&, Value self, CallArgs) { return ga(self)->origin; }
Result<Value> ga_args(ThreadState&, Value self, CallArgs) { return ga(self)->args; }
Result<Value> ga_parameters(ThreadState&, Value self, CallArgs) { return ga(self)->parameters; }

Result<Value> class_getitem(ThreadState& ts, Value cls, CallArgs args) { return generic_alias_new(ts, cls, args[0]); }

const NativeMethod kAliasMethods[] = {
    {"__new__", ga_new, 0, -1, kNativeStatic, nullptr},
    {"__repr__", ga_repr, 0, 0, 0, nullptr},
    {"__eq__", ga_eq, 1, 1, 0, nullptr},
    {"__hash__", ga_hash, 0, 0, 0, nullptr},
    {"__call__", ga_call, 0, -1, 0, nullptr},
    {"__getattribute__", ga_getattribute, 1, 1, 0, nullptr},
    {"__getitem__", ga_getitem, 1, 1, 0, nullptr},
    {"__mro_entries__", ga_mro_entries, 1, 1, 0, nullptr},
    {"__instancecheck__", ga_instancecheck, 1, 1, 0, nullptr},
    {"__subclasscheck__", ga_subclasscheck, 1, 1, 0, nullptr},
};
const NativeMethod kAliasGetters[] = {
    {"__origin__", ga_origin, 0, 0, 0, nullptr},
    {"__args__", ga_args, 0, 0, 0, nullptr},
    {"__parameters__", ga_parameters, 0, 0, 0, nullptr},
};
const NativeMethod kClassGetItem[] = {{"__class_getitem__", class_getitem, 1, 1, kNativeClass, nullptr}};

}  // namespace

Result<Value> generic_alias_new(ThreadState& ts, Value origin, Value args) {
  if (!is_tuple_value(args)) args = tuple_pack({args});
  Value params = PY_TRY(collect_parameters(ts, args));
  return make_alias(g_generic_alias_type, origin, args, params);
}

void init_generic_alias_type() {
  g_generic_alias_type = make_builtin_type("GenericAlias", g_object_type, ObjectKind::GenericAlias,
                                           sizeof(GenericAliasObject), kTypeBaseType);
  add_native_methods(g_generic_alias_type, kAliasMethods);
  for (const NativeMethod& g : kAliasGetters) add_native_property(g_generic_alias_type, &g, nullptr);
  type_set_attr_nogc_fail(g_generic_alias_type, "__module__", str_intern("types"));
  for (TypeObject* t : {g_list_type, g_dict_type, g_tuple_type, g_set_type, g_frozenset_type, g_type_type,
                        g_enumerate_type, g_dict_keys_type, g_dict_values_type, g_dict_items_type})
    add_native_methods(t, kClassGetItem);
  init_union_type();
}

}  // namespace pystm
