// runtime/objects/member_descriptor.cpp — slot descriptors: a
// NativeStateObject of (name, owner type, doc) reading and writing the
// instance dict entry of its name after checking the instance's type.
#include "runtime/objects/instance_object.h"
#include "runtime/objects/member_descriptor.h"

#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"

namespace pystm {

TypeObject* g_member_descriptor_type = nullptr;

namespace {

enum Field : uint32_t { kName, kOwner, kDoc, kFieldCount };

TypeObject* owner_of(Value descr) { return native_field(descr, kOwner).as<TypeObject>(); }

Status check_instance(ThreadState& ts, Value descr, Value obj) {
  TypeObject* owner = owner_of(descr);
  if (type_is_subtype(type_of(obj), owner)) return ok_status();
  return raise_type_error(ts, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          str_to_utf8(native_field(descr, kName)).c_str(), type_name(owner).c_str(),
                          type_name_of(obj).c_str());
}

Result<Value> member_get_method(ThreadState& ts, Value self, CallArgs args) {
  if (args[0].is(g_none)) return self;
  return member_get(ts, self, args[0]);
}
Result<Value> member_set_method(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(member_set(ts, self, args[0], args[1]));
  return g_none;
}
Result<Value> member_delete_method(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(member_set(ts, self, args[0], Value()));
  return g_none;
}
Result<Value> member_repr(ThreadState&, Value self, CallArgs) {
  return str_from_utf8("<member '" + str_to_utf8(native_field(self, kName)) + "' of '" + type_name(owner_of(self)) +
                       "' objects>");
}
Result<Value> member_name(ThreadState&, Value self, CallArgs) { return native_field(self, kName); }
Result<Value> member_objclass(ThreadState&, Value self, CallArgs) { return native_field(self, kOwner); }
Result<Value> member_doc(ThreadState&, Value self, CallArgs) { return native_field(self, kDoc); }

const NativeMethod kMemberMethods[] = {
    {"__get__", member_get_method, 1, 2, kNativeNoKeywords, nullptr},
    {"__set__", member_set_method, 2, 2, kNativeNoKeywords, nullptr},
    {"__delete__", member_delete_method, 1, 1, kNativeNoKeywords, nullptr},
    {"__repr__", member_repr, 0, 0, kNativeNoKeywords, nullptr},
};
const NativeMethod kMemberGetters[] = {
    {"__name__", member_name, 0, 0, 0, nullptr},
    {"__qualname__", member_name, 0, 0, 0, nullptr},
    {"__objclass__", member_objclass, 0, 0, 0, nullptr},
    {"__doc__", member_doc, 0, 0, 0, nullptr},
};

}  // namespace

Value member_descriptor_new(Value name, TypeObject* owner, Value doc) {
  NativeStateObject* d = native_state_new(g_member_descriptor_type, kFieldCount);
  NativeStateObject* v = stm::view(d);
  v->fields[kName] = name;
  v->fields[kOwner] = Value::from_object(owner);
  v->fields[kDoc] = doc.is_null() ? g_none : doc;
  return Value::from_object(d);
}

bool is_member_descriptor(Value v) {
  return v.is_object() && v.as_object()->kind() == ObjectKind::NativeState && type_of(v) == g_member_descriptor_type;
}

TypeObject* member_owner(Value descr) { return owner_of(descr); }

Result<Value> member_get(ThreadState& ts, Value descr, Value obj) {
  PY_TRY(check_instance(ts, descr, obj));
  Value name = native_field(descr, kName);
  DictObject** slot = instance_dict_slot(obj);
  DictObject* dict = slot ? *stm::read(slot) : nullptr;
  Value v = dict ? dict_get_str(Value::from_object(dict), name) : Value();
  if (v.is_null())
    return raise(ts, g_exc_AttributeError, "'%s' object has no attribute '%s'", type_name_of(obj).c_str(),
                 str_to_utf8(name).c_str());
  return v;
}

Status member_set(ThreadState& ts, Value descr, Value obj, Value value) {
  PY_TRY(check_instance(ts, descr, obj));
  Value name = native_field(descr, kName);
  DictObject** slot = instance_dict_slot(obj);
  if (!slot) return raise(ts, g_exc_AttributeError, "%s", str_to_utf8(name).c_str());
  DictObject* dict = *stm::read(slot);
  if (value.is_null()) {
    if (!dict || !dict_del_str(Value::from_object(dict), name))
      return raise(ts, g_exc_AttributeError, "%s", str_to_utf8(name).c_str());
    return ok_status();
  }
  if (!dict) {
    dict = dict_new().as<DictObject>();
    set_instance_dict(obj, dict);
  }
  dict_set_str(Value::from_object(dict), name, value);
  return ok_status();
}

void init_member_descriptor_type() {
  g_member_descriptor_type = make_builtin_type("member_descriptor", g_object_type, ObjectKind::NativeState,
                                               sizeof(NativeStateObject), 0);
  add_native_methods(g_member_descriptor_type, kMemberMethods);
  for (const NativeMethod& g : kMemberGetters) add_native_property(g_member_descriptor_type, &g, nullptr);
}

}  // namespace pystm
