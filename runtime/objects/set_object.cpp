// runtime/objects/set_object.cpp — `set` and `frozenset` over an internal dict
// (the full set algebra comes with the object-model work).
#include "runtime/objects/set_object.h"

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"

namespace pystm {

Value set_new(TypeObject* type) {
  Value table = dict_new();
  SetObject* s = allocate_object<SetObject>(type);
  stm::view(s)->table = table;
  return Value::from_object(s);
}

static Value set_table(Value set) { return stm::read(set.as<SetObject>())->table; }

Status set_add(ThreadState& ts, Value set, Value item) { return dict_set(ts, set_table(set), item, g_none); }

Result<bool> set_contains(ThreadState& ts, Value set, Value item) {
  Value v = PY_TRY(dict_get(ts, set_table(set), item));
  return !v.is_absent();
}

namespace {

Result<Value> set_new_method(ThreadState& ts, Value, CallArgs args) {
  Value set = set_new(args[0].as<TypeObject>());
  if (args.nargs > 1) {
    Value it = PY_TRY(get_iter(ts, args[1]));
    for (;;) {
      Value item = PY_TRY(iter_next(ts, it));
      if (item.is_absent()) break;
      PY_TRY(set_add(ts, set, item));
    }
  }
  return set;
}
Result<Value> set_init(ThreadState&, Value, CallArgs) { return g_none; }
Result<Value> set_len(ThreadState&, Value self, CallArgs) { return Value::small_int(dict_size(set_table(self))); }
Result<Value> set_contains_method(ThreadState& ts, Value self, CallArgs args) {
  return bool_value(PY_TRY(set_contains(ts, self, args[0])));
}
Result<Value> set_iter(ThreadState&, Value self, CallArgs) {
  return dict_iterator_new(g_dict_keyiterator_type, set_table(self));
}
Result<Value> set_add_method(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(set_add(ts, self, args[0]));
  return g_none;
}
Result<Value> set_discard(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(dict_del(ts, set_table(self), args[0]));
  return g_none;
}
Result<Value> set_remove(ThreadState& ts, Value self, CallArgs args) {
  if (!PY_TRY(dict_del(ts, set_table(self), args[0]))) return raise_with_args(ts, g_exc_KeyError, args[0]);
  return g_none;
}
Result<Value> set_repr(ThreadState& ts, Value self, CallArgs) {
  std::string name(type_name(type_of(self)));
  if (dict_size(set_table(self)) == 0) return str_from_utf8(name + "()");
  ValueVector items;
  int64_t pos = 0;
  Value k;
  while (dict_next(set_table(self), &pos, &k, nullptr)) items.push_back(k);
  std::string out = name == "set" ? "{" : name + "({";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += PY_TRY(repr_utf8(ts, items[i]));
  }
  out += name == "set" ? "}" : "})";
  return str_from_utf8(out);
}

const NativeMethod kSetMethods[] = {
    {"__new__", set_new_method, 0, 1, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__init__", set_init, 0, 1, 0, nullptr},
    {"__len__", set_len, 0, 0, 0, nullptr},
    {"__contains__", set_contains_method, 1, 1, 0, nullptr},
    {"__iter__", set_iter, 0, 0, 0, nullptr},
    {"__repr__", set_repr, 0, 0, 0, nullptr},
    {"add", set_add_method, 1, 1, 0, nullptr},
    {"discard", set_discard, 1, 1, 0, nullptr},
    {"remove", set_remove, 1, 1, 0, nullptr},
};
const NativeMethod kFrozenSetMethods[] = {
    {"__new__", set_new_method, 0, 1, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__len__", set_len, 0, 0, 0, nullptr},
    {"__contains__", set_contains_method, 1, 1, 0, nullptr},
    {"__iter__", set_iter, 0, 0, 0, nullptr},
    {"__repr__", set_repr, 0, 0, 0, nullptr},
};

}  // namespace

void init_set_type() {
  add_native_methods(g_set_type, kSetMethods);
  add_native_methods(g_frozenset_type, kFrozenSetMethods);
  type_set_attr_nogc_fail(g_set_type, "__hash__", g_none);
}

}  // namespace pystm
