// runtime/ops/attribute.cpp — attribute access (data model §3.3.2
// "Customizing attribute access", §3.3.2.3 descriptors).
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/member_descriptor.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

bool is_data_descriptor(Value descr) {
  if (!descr.is_object()) return false;
  switch (descr.as_object()->kind()) {
    case ObjectKind::Property: return true;
    case ObjectKind::Function:
    case ObjectKind::BuiltinFunction:
    case ObjectKind::StaticMethod:
    case ObjectKind::ClassMethod:
    case ObjectKind::Str:
    case ObjectKind::BigInt:
    case ObjectKind::Float:
    case ObjectKind::Tuple:
    case ObjectKind::List:
    case ObjectKind::Dict:
    case ObjectKind::Singleton:
    case ObjectKind::Type:
      return false;
    default:
      return !lookup_special(descr, g_name___set__).is_null() || !lookup_special(descr, g_name___delete__).is_null();
  }
}

namespace {

Error attribute_error(ThreadState& ts, Value obj, Value name) {
  std::string n = str_to_utf8(name);
  if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Module) {
    Value mod_name = dict_get_str(Value::from_object(*stm::read(instance_dict_slot(obj))), g_name___name__);
    return raise(ts, g_exc_AttributeError, "module '%s' has no attribute '%s'",
                 mod_name.is_null() ? "?" : str_to_utf8(mod_name).c_str(), n.c_str());
  }
  if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Type)
    return raise(ts, g_exc_AttributeError, "type object '%s' has no attribute '%s'",
                 std::string(type_name(obj.as<TypeObject>())).c_str(), n.c_str());
  raise(ts, g_exc_AttributeError, "'%s' object has no attribute '%s'", type_name_of(obj).c_str(), n.c_str());
  exception_set_field(ts.pending_exception, "name", name);
  exception_set_field(ts.pending_exception, "obj", obj);
  return kError;
}

Result<Value> type_get_attr(ThreadState& ts, Value type_value, Value name, bool suppress) {
  TypeObject* type = type_value.as<TypeObject>();
  TypeObject* meta = type_of(type_value);
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_null() && is_data_descriptor(meta_attr)) return bind_descriptor(ts, meta_attr, type_value, meta);
  Value attr = type_lookup(type, name);
  if (!attr.is_null()) return bind_descriptor(ts, attr, Value(), type);
  if (!meta_attr.is_null()) return bind_descriptor(ts, meta_attr, type_value, meta);
  if (suppress) return Value::absent();
  return attribute_error(ts, type_value, name);
}

// object.__getattribute__ / type.__getattribute__ (and the __setattr__
// pair): when a type inherits these, attribute access takes the generic path
// in C++ without a call.
bool is_default_slot(Value found) {
  static Value defaults[4];
  if (defaults[0].is_null()) {
    defaults[0] = type_lookup(g_object_type, g_name___getattribute__);
    defaults[1] = type_lookup(g_type_type, g_name___getattribute__);
    defaults[2] = type_lookup(g_object_type, g_name___setattr__);
    defaults[3] = type_lookup(g_type_type, g_name___setattr__);
    for (Value& v : defaults) add_global_root(&v);
  }
  for (Value d : defaults)
    if (found.is(d)) return true;
  return false;
}

}  // namespace

bool has_default_getattribute(TypeObject* type) {
  return is_default_slot(type_lookup(type, g_name___getattribute__));
}

bool has_default_setattr(TypeObject* type) {
  return is_default_slot(type_lookup(type, g_name___setattr__));
}

Value instance_attr_fast(Value obj, Value name) {
  if (!obj.is_object() || obj.as_object()->kind() != ObjectKind::Instance) return Value();
  TypeObject* type = obj.as_object()->type();
  if (!has_default_getattribute(type)) return Value();
  Value descr = type_lookup(type, name);
  // A __slots__ member keeps its value in the instance dict too.
  if (!descr.is_null() && is_data_descriptor(descr) && !is_member_descriptor(descr)) return Value();
  return instance_lookup(obj.as<InstanceObject>(), name);
}

bool instance_set_attr_fast(Value obj, Value name, Value value) {
  if (!obj.is_object() || obj.as_object()->kind() != ObjectKind::Instance) return false;
  TypeObject* type = obj.as_object()->type();
  if (type == g_object_type || !has_default_setattr(type)) return false;
  Value descr = type_lookup(type, name);
  if (!descr.is_null() && is_data_descriptor(descr)) return false;
  if (!stm::read(type)->slot_names.is_null()) return false;  // the generic path checks __slots__
  instance_store(obj.as<InstanceObject>(), name, value);
  return true;
}

Result<Value> generic_get_attr(ThreadState& ts, Value obj, Value name, bool suppress) {
  if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Type) return type_get_attr(ts, obj, name, suppress);
  TypeObject* type = type_of(obj);
  Value descr = type_lookup(type, name);
  if (!descr.is_null() && is_member_descriptor(descr)) return member_get(ts, descr, obj);
  // A data descriptor without __get__ leaves the instance dict in charge.
  if (!descr.is_null() && is_data_descriptor(descr) &&
      (descr.as_object()->kind() == ObjectKind::Property || !lookup_special(descr, g_name___get__).is_null()))
    return bind_descriptor(ts, descr, obj, type);
  if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Instance) {
    Value v = instance_lookup(obj.as<InstanceObject>(), name);
    if (!v.is_null()) return v;
  } else if (DictObject** slot = instance_dict_slot(obj)) {
    DictObject* dict = *stm::read(slot);
    if (dict) {
      Value v = dict_get_str(Value::from_object(dict), name);
      if (!v.is_null()) return v;
    }
  }
  if (!descr.is_null()) return bind_descriptor(ts, descr, obj, type);
  // A module-level __getattr__ (PEP 562) is the last resort for modules.
  if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Module && !str_equal(name, g_name___getattr__)) {
    DictObject* dict = *stm::read(instance_dict_slot(obj));
    Value hook = dict ? dict_get_str(Value::from_object(dict), g_name___getattr__) : Value();
    if (!hook.is_null()) {
      Result<Value> r = call(ts, hook, {name});
      if (suppress && !r.ok() && pending_exception_matches(ts, g_exc_AttributeError)) {
        clear_pending_exception(ts);
        return Value::absent();
      }
      return r;
    }
  }
  if (suppress) return Value::absent();
  return attribute_error(ts, obj, name);
}

Result<Value> get_attr(ThreadState& ts, Value obj, Value name) {
  TypeObject* type = type_of(obj);
  Value getattribute = type_lookup(type, g_name___getattribute__);
  Result<Value> r = kError;
  bool generic = is_default_slot(getattribute);
  if (generic) {
    r = generic_get_attr(ts, obj, name, false);
  } else {
    Value bound = PY_TRY(bind_descriptor(ts, getattribute, obj, type));
    r = call(ts, bound, {name});
  }
  if (r.ok() || !pending_exception_matches(ts, g_exc_AttributeError)) return r;
  Value hook = type_lookup(type, g_name___getattr__);
  if (hook.is_null()) return r;
  clear_pending_exception(ts);
  Value bound = PY_TRY(bind_descriptor(ts, hook, obj, type));
  return call(ts, bound, {name});
}

Result<Value> get_attr_optional(ThreadState& ts, Value obj, Value name) {
  TypeObject* type = type_of(obj);
  Value getattribute = type_lookup(type, g_name___getattribute__);
  Result<Value> r = is_default_slot(getattribute) && type_lookup(type, g_name___getattr__).is_null()
                        ? generic_get_attr(ts, obj, name, true)
                        : get_attr(ts, obj, name);
  if (r.is_error() && pending_exception_matches(ts, g_exc_AttributeError)) {
    clear_pending_exception(ts);
    return Value::absent();
  }
  return r;
}

Status generic_set_attr(ThreadState& ts, Value obj, Value name, Value value) {
  TypeObject* type = type_of(obj);
  // Built-in types are immutable, their special attributes (__name__, ...) included.
  if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Type && !(stm::read(obj.as<TypeObject>())->flags & kTypeHeap))
    // CPython 3.11 says "set" for a deletion too.
    return raise_type_error(ts, "cannot set '%s' attribute of immutable type '%s'",
                            str_to_utf8(name).c_str(), type_name(obj.as<TypeObject>()).c_str());
  Value descr = type_lookup(type, name);
  if (!descr.is_null() && is_member_descriptor(descr)) return member_set(ts, descr, obj, value);
  if (!descr.is_null() && is_data_descriptor(descr)) {
    Value method = lookup_special(descr, value.is_null() ? g_name___delete__ : g_name___set__);
    if (method.is_null())
      return raise(ts, g_exc_AttributeError, value.is_null() ? "can't delete attribute" : "can't set attribute");
    Value bound = PY_TRY(bind_descriptor(ts, method, descr, type_of(descr)));
    if (value.is_null()) PY_TRY(call(ts, bound, {obj}));
    else PY_TRY(call(ts, bound, {obj, value}));
    return ok_status();
  }
  if (obj.is_object() && obj.as_object()->kind() == ObjectKind::Type) {
    TypeObject* t = obj.as<TypeObject>();
    if (!(stm::read(t)->flags & kTypeHeap)) {
      return raise_type_error(ts, "cannot set '%s' attribute of immutable type '%s'", str_to_utf8(name).c_str(),
                              std::string(type_name(t)).c_str());
    }
    Value dict = Value::from_object(stm::read(t)->dict);
    if (value.is_null()) {
      if (!dict_del_str(dict, name)) return attribute_error(ts, obj, name);
    } else {
      dict_set_str(dict, str_intern_value(name), value);
    }
    type_modified();
    return ok_status();
  }
  // Plain object() instances share the InstanceObject layout but have no
  // __dict__. Stores into instances of Python classes go inline without
  // asking for the dict field (which would make the dict).
  bool inline_store = !value.is_null() && type != g_object_type && obj.is_object() &&
                      obj.as_object()->kind() == ObjectKind::Instance && stm::read(type)->slot_names.is_null();
  if (inline_store) {
    instance_store(obj.as<InstanceObject>(), name, value);
    return ok_status();
  }
  DictObject** slot = type == g_object_type ? nullptr : instance_dict_slot(obj);
  if (!slot) {
    if (!descr.is_null())
      return raise(ts, g_exc_AttributeError, "'%s' object attribute '%s' is read-only", type_name_of(obj).c_str(),
                   str_to_utf8(name).c_str());
    return attribute_error(ts, obj, name);
  }
  if (value.is_null()) {
    DictObject* dict = *stm::read(slot);  // instance_dict_slot made an instance's dict
    if (!dict || !dict_del_str(Value::from_object(dict), name)) return attribute_error(ts, obj, name);
    return ok_status();
  }
  if (!type_allows_instance_attribute(type, name)) return attribute_error(ts, obj, name);
  DictObject* dict = *stm::read(slot);
  if (!dict) {
    dict = dict_new().as<DictObject>();
    set_instance_dict(obj, dict);
  }
  dict_set_str(Value::from_object(dict), str_intern_value(name), value);
  return ok_status();
}

Status set_attr(ThreadState& ts, Value obj, Value name, Value value) {
  TypeObject* type = type_of(obj);
  Value setattr = type_lookup(type, g_name___setattr__);
  if (is_default_slot(setattr)) return generic_set_attr(ts, obj, name, value);
  Value bound = PY_TRY(bind_descriptor(ts, setattr, obj, type));
  PY_TRY(call(ts, bound, {name, value}));
  return ok_status();
}

Status del_attr(ThreadState& ts, Value obj, Value name) {
  TypeObject* type = type_of(obj);
  Value delattr = type_lookup(type, g_name___delattr__);
  // Only object's own __delattr__ is the generic path: a native type may
  // define its own (weakref proxies, _thread._local).
  static Value object_delattr;
  if (object_delattr.is_null()) {
    object_delattr = type_lookup(g_object_type, g_name___delattr__);
    add_global_root(&object_delattr);
  }
  if (delattr.is(object_delattr)) return generic_set_attr(ts, obj, name, Value());
  Value bound = PY_TRY(bind_descriptor(ts, delattr, obj, type));
  PY_TRY(call(ts, bound, {name}));
  return ok_status();
}

}  // namespace pystm
