// runtime/objects/union_type_object.cpp — types.UnionType, the result of
// `int | str` (PEP 604): flattening and de-duplication of the members, repr,
// ==/hash, `|` and isinstance()/issubclass() over the members.
// Owns: the UnionType type (GenericAliasObject layout: `args` are the members,
// `origin` unused) and type.__or__/__ror__. Must never: mutate a union.
#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/generic_alias_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

TypeObject* g_union_type = nullptr;

namespace {

bool is_union(Value v) { return v.is_object() && type_of(v) == g_union_type; }
bool is_type_value(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Type; }
// 3.11's is_unionable: None, classes, GenericAlias and UnionType.
bool is_unionable(Value v) {
  return v.is(g_none) || is_type_value(v) || is_union(v) || (v.is_object() && type_of(v) == g_generic_alias_type);
}
Value members(Value u) { return stm::view(u.as<GenericAliasObject>())->args; }

Result<Value> make_union(ThreadState& ts, Value a, Value b) {
  if (!is_unionable(a) || !is_unionable(b)) return g_notimplemented;
  ValueVector items;
  auto add = [&](ThreadState& t, Value v) -> Status {
    if (v.is(g_none)) v = Value::from_object(g_none_type);
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].is(v)) return ok_status();
      // Aliases compare by value (list[int] | list[int] is list[int]).
      if (!is_type_value(v) && !is_type_value(items[i]) && PY_TRY(equals(t, items[i], v))) return ok_status();
    }
    items.push_back(v);
    return ok_status();
  };
  for (Value side : {a, b}) {
    if (is_union(side)) {
      Value m = members(side);
      for (int64_t i = 0; i < tuple_size(m); ++i) PY_TRY(add(ts, tuple_item(m, i)));
    } else {
      PY_TRY(add(ts, side));
    }
  }
  if (items.size() == 1) return items[0];
  GenericAliasObject* u = allocate_object<GenericAliasObject>(g_union_type);
  Value args = tuple_from(items.data(), static_cast<int64_t>(items.size()));
  stm::view(u)->origin = g_none;
  stm::view(u)->args = args;
  stm::view(u)->parameters = g_empty_tuple;
  return Value::from_object(u);
}

Result<Value> union_or(ThreadState& ts, Value self, CallArgs args) { return make_union(ts, self, args[0]); }
Result<Value> union_ror(ThreadState& ts, Value self, CallArgs args) { return make_union(ts, args[0], self); }

Result<Value> union_repr(ThreadState& ts, Value self, CallArgs) {
  std::string out;
  Value m = members(self);
  for (int64_t i = 0; i < tuple_size(m); ++i) {
    if (i) out += " | ";
    Value item = tuple_item(m, i);
    if (item.is(Value::from_object(g_none_type))) {
      out += "None";
      continue;
    }
    if (is_type_value(item)) {
      Value module = PY_TRY(get_attr(ts, item, g_name___module__));
      std::string qual = PY_TRY(str_utf8(ts, PY_TRY(get_attr(ts, item, g_name___qualname__))));
      if (is_str(module) && str_to_utf8(module) != "builtins") qual = str_to_utf8(module) + "." + qual;
      out += qual;
    } else {
      out += PY_TRY(repr_utf8(ts, item));
    }
  }
  return str_from_utf8(out);
}

Result<Value> member_set(ThreadState& ts, Value u) {
  Value s = set_new(g_frozenset_type);
  Value m = members(u);
  for (int64_t i = 0; i < tuple_size(m); ++i) PY_TRY(set_add(ts, s, tuple_item(m, i)));
  return s;
}

Result<Value> union_eq(ThreadState& ts, Value self, CallArgs args) {
  if (!is_union(args[0])) return g_notimplemented;
  return bool_value(PY_TRY(equals(ts, PY_TRY(member_set(ts, self)), PY_TRY(member_set(ts, args[0])))));
}
Result<Value> union_hash(ThreadState& ts, Value self, CallArgs) {
  return Value::small_int(PY_TRY(hash(ts, PY_TRY(member_set(ts, self)))) >> 1);
}

Result<Value> union_check(ThreadState& ts, Value self, Value obj, bool subclass) {
  Value m = members(self);
  for (int64_t i = 0; i < tuple_size(m); ++i)
    if (!is_type_value(tuple_item(m, i)))
      return raise_type_error(ts, "%s() argument 2 cannot be a parameterized generic",
                              subclass ? "issubclass" : "isinstance");
  Value builtin = PY_TRY(get_attr(ts, builtins_module(), str_intern(subclass ? "issubclass" : "isinstance")));
  return call(ts, builtin, {obj, m});
}
Result<Value> union_instancecheck(ThreadState& ts, Value self, CallArgs args) {
  return union_check(ts, self, args[0], false);
}
Result<Value> union_subclasscheck(ThreadState& ts, Value self, CallArgs args) {
  return union_check(ts, self, args[0], true);
}
Result<Value> union_args(ThreadState&, Value self, CallArgs) { return members(self); }
Result<Value> union_parameters(ThreadState&, Value, CallArgs) { return g_empty_tuple; }

const NativeMethod kUnionMethods[] = {
    {"__repr__", union_repr, 0, 0, 0, nullptr},
    {"__eq__", union_eq, 1, 1, 0, nullptr},
    {"__hash__", union_hash, 0, 0, 0, nullptr},
    {"__or__", union_or, 1, 1, 0, nullptr},
    {"__ror__", union_ror, 1, 1, 0, nullptr},
    {"__instancecheck__", union_instancecheck, 1, 1, 0, nullptr},
    {"__subclasscheck__", union_subclasscheck, 1, 1, 0, nullptr},
};
const NativeMethod kUnionGetters[] = {
    {"__args__", union_args, 0, 0, 0, nullptr},
    {"__parameters__", union_parameters, 0, 0, 0, nullptr},
};
const NativeMethod kTypeOr[] = {
    {"__or__", union_or, 1, 1, 0, nullptr},
    {"__ror__", union_ror, 1, 1, 0, nullptr},
};

}  // namespace

void init_union_type() {
  g_union_type = make_builtin_type("UnionType", g_object_type, ObjectKind::GenericAlias, sizeof(GenericAliasObject), 0);
  add_native_methods(g_union_type, kUnionMethods);
  for (const NativeMethod& g : kUnionGetters) add_native_property(g_union_type, &g, nullptr);
  type_set_attr_nogc_fail(g_union_type, "__module__", str_intern("types"));
  add_native_methods(g_type_type, kTypeOr);
  add_native_methods(g_generic_alias_type, kTypeOr);
}

}  // namespace pystm
