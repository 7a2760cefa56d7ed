// runtime/objects/mappingproxy_object.cpp — types.MappingProxyType: every
// read is forwarded to the wrapped mapping; there is no way to write.
#include "runtime/objects/mappingproxy_object.h"

#include <string>

#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

TypeObject* g_mappingproxy_type = nullptr;

Value mappingproxy_new(Value mapping) {
  NativeStateObject* p = native_state_new(g_mappingproxy_type, 1);
  stm::view(p)->fields[0] = mapping;
  return Value::from_object(p);
}

namespace {

Value mapping_of(Value proxy) { return native_field(proxy, 0); }

bool is_proxy(Value v) { return v.is_object() && is_instance_of(v, g_mappingproxy_type); }

Result<Value> proxy_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "mappingproxy", args, {"mapping"}));
  Value mapping = args.nargs > 1 ? args[1] : keyword_arg(args, "mapping");
  if (mapping.is_null()) return raise_type_error(ts, "mappingproxy() missing required argument 'mapping' (pos 1)");
  if (args.nargs > 2) return raise_type_error(ts, "mappingproxy() takes at most 1 argument (%zu given)", args.nargs - 1);
  TypeObject* t = type_of(mapping);
  if (lookup_special(mapping, g_name___getitem__).is_null() || type_is_subtype(t, g_list_type) ||
      type_is_subtype(t, g_tuple_type))
    return raise_type_error(ts, "mappingproxy() argument must be a mapping, not %s", type_name_of(mapping).c_str());
  return mappingproxy_new(mapping);
}

Result<Value> proxy_getitem(ThreadState& ts, Value self, CallArgs args) {
  return get_item(ts, mapping_of(self), args[0]);
}
Result<Value> proxy_len(ThreadState& ts, Value self, CallArgs) {
  return Value::small_int(PY_TRY(length(ts, mapping_of(self))));
}
Result<Value> proxy_iter(ThreadState& ts, Value self, CallArgs) { return get_iter(ts, mapping_of(self)); }
Result<Value> proxy_contains(ThreadState& ts, Value self, CallArgs args) {
  return bool_value(PY_TRY(contains(ts, mapping_of(self), args[0])));
}
Result<Value> proxy_get(ThreadState& ts, Value self, CallArgs args) {
  Value dflt = args.nargs > 1 ? args[1] : g_none;
  return call_method(ts, mapping_of(self), str_intern("get"), {args[0], dflt});
}
Result<Value> proxy_keys(ThreadState& ts, Value self, CallArgs) {
  return call_method(ts, mapping_of(self), str_intern("keys"), {});
}
Result<Value> proxy_values(ThreadState& ts, Value self, CallArgs) {
  return call_method(ts, mapping_of(self), str_intern("values"), {});
}
Result<Value> proxy_items(ThreadState& ts, Value self, CallArgs) {
  return call_method(ts, mapping_of(self), str_intern("items"), {});
}
Result<Value> proxy_copy(ThreadState& ts, Value self, CallArgs) {
  return call_method(ts, mapping_of(self), str_intern("copy"), {});
}
Result<Value> proxy_reversed(ThreadState& ts, Value self, CallArgs) {
  return call(ts, Value::from_object(g_reversed_type), {mapping_of(self)});
}
Result<Value> proxy_repr(ThreadState& ts, Value self, CallArgs) {
  std::string inner = PY_TRY(repr_utf8(ts, mapping_of(self)));
  return str_from_utf8("mappingproxy(" + inner + ")");
}
Result<Value> proxy_str(ThreadState& ts, Value self, CallArgs) { return str(ts, mapping_of(self)); }

template <bytecode::CompareOp op>
Result<Value> proxy_compare(ThreadState& ts, Value self, CallArgs args) {
  return rich_compare(ts, mapping_of(self), args[0], static_cast<uint32_t>(op));
}

// proxy | other and other | proxy: the union of the wrapped mappings (a dict).
Result<Value> proxy_or(ThreadState& ts, Value self, CallArgs args) {
  Value other = is_proxy(args[0]) ? mapping_of(args[0]) : args[0];
  return binary_op(ts, mapping_of(self), other, static_cast<uint32_t>(bytecode::BinaryOp::BitOr));
}
Result<Value> proxy_ror(ThreadState& ts, Value self, CallArgs args) {
  Value other = is_proxy(args[0]) ? mapping_of(args[0]) : args[0];
  return binary_op(ts, other, mapping_of(self), static_cast<uint32_t>(bytecode::BinaryOp::BitOr));
}
Result<Value> proxy_ior(ThreadState& ts, Value self, CallArgs) {
  return raise_type_error(ts, "'|=' is not supported by %s; use '|' instead", type_name_of(self).c_str());
}

constexpr uint32_t kNK = kNativeNoKeywords;
const NativeMethod kProxyMethods[] = {
    {"__new__", proxy_new, 0, -1, kNativeStatic, nullptr},
    {"__getitem__", proxy_getitem, 1, 1, kNK, nullptr},
    {"__len__", proxy_len, 0, 0, kNK, nullptr},
    {"__iter__", proxy_iter, 0, 0, kNK, nullptr},
    {"__contains__", proxy_contains, 1, 1, kNK, nullptr},
    {"__reversed__", proxy_reversed, 0, 0, kNK, nullptr},
    {"__repr__", proxy_repr, 0, 0, kNK, nullptr},
    {"__str__", proxy_str, 0, 0, kNK, nullptr},
    {"__eq__", proxy_compare<bytecode::CompareOp::Eq>, 1, 1, kNK, nullptr},
    {"__ne__", proxy_compare<bytecode::CompareOp::Ne>, 1, 1, kNK, nullptr},
    {"__lt__", proxy_compare<bytecode::CompareOp::Lt>, 1, 1, kNK, nullptr},
    {"__le__", proxy_compare<bytecode::CompareOp::Le>, 1, 1, kNK, nullptr},
    {"__gt__", proxy_compare<bytecode::CompareOp::Gt>, 1, 1, kNK, nullptr},
    {"__ge__", proxy_compare<bytecode::CompareOp::Ge>, 1, 1, kNK, nullptr},
    {"__or__", proxy_or, 1, 1, kNK, nullptr},
    {"__ror__", proxy_ror, 1, 1, kNK, nullptr},
    {"__ior__", proxy_ior, 1, 1, kNK, nullptr},
    {"get", proxy_get, 1, 2, kNK, "Return the value for key if key is in the mapping, else default."},
    {"keys", proxy_keys, 0, 0, kNK, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", proxy_values, 0, 0, kNK, "D.values() -> an object providing a view on D's values"},
    {"items", proxy_items, 0, 0, kNK, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", proxy_copy, 0, 0, kNK, "D.copy() -> a shallow copy of D"},
};

}  // namespace

void init_mappingproxy_type() {
  // Not a base type, like CPython's: mappingproxy cannot be subclassed.
  g_mappingproxy_type = make_builtin_type("mappingproxy", g_object_type, ObjectKind::NativeState,
                                          sizeof(NativeStateObject), 0);
  add_native_methods(g_mappingproxy_type, kProxyMethods);
  type_set_attr_nogc_fail(g_mappingproxy_type, "__hash__", g_none);
}

}  // namespace pystm
