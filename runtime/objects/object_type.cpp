// runtime/objects/object_type.cpp — `object` and `type` (data model §3.3.1,
// §3.3.2, §3.3.3).
#include "runtime/objects/object_type.h"

#include <cstdio>

#include "runtime/core/value_vector.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/exception_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/mappingproxy_object.h"
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

namespace {

bool overrides(TypeObject* type, Value name, TypeObject* owner) {
  Value found = type_lookup(type, name);
  Value base = type_lookup(owner, name);
  return !found.is(base);
}

}  // namespace

// object.__new__ refuses classes with abstract methods left (abc sets
// __abstractmethods__ on every class it makes).
Status check_not_abstract(ThreadState& ts, TypeObject* type) {
  if (!(stm::read(type)->flags & kTypeHeap)) return ok_status();
  Value abstract = type_lookup(type, g_name___abstractmethods__);
  if (abstract.is_null() || !is_set(abstract) || PY_TRY(length(ts, abstract)) == 0) return ok_status();
  Value names = PY_TRY(sequence_to_list(ts, abstract));
  PY_TRY(list_sort(ts, names, Value(), false));
  std::string joined;
  for (int64_t i = 0; i < list_size(names); ++i) joined += (i ? ", " : "") + PY_TRY(str_utf8(ts, list_get(names, i)));
  return raise_type_error(ts, "Can't instantiate abstract class %s with abstract method%s %s",
                          type_name(type).c_str(), list_size(names) == 1 ? "" : "s", joined.c_str());
}

bool type_has_finalizer(TypeObject* type) {
  return (stm::read(type)->flags & kTypeHeap) && !type_lookup(type, g_name___del__).is_null();
}

Result<Value> object_allocate(ThreadState& ts, TypeObject* type) {
  PY_TRY(check_not_abstract(ts, type));
  const TypeObject* t = stm::read(type);
  Object* made;
  switch (t->instance_kind) {
    case ObjectKind::Instance:
      made = instance_allocate(type, t->instance_size, t->instance_layout);
      break;
    case ObjectKind::Exception: {
      ExceptionObject* e = allocate_object<ExceptionObject>(type, t->instance_size);
      stm::view(e)->args = g_empty_tuple.as<TupleObject>();
      made = e;
      break;
    }
    default:
      return raise_type_error(ts, "object.__new__(%s) is not safe, use %s.__new__()",
                              std::string(type_name(type)).c_str(), std::string(type_name(type)).c_str());
  }
  // __del__ runs once the instance is unreachable (runtime/vm/finalizers.h).
  if (type_has_finalizer(type)) stm::make_finalizable(reinterpret_cast<gc::ObjectHeader*>(made));
  return Value::from_object(made);
}

Result<Value> type_call(ThreadState& ts, TypeObject* type, CallArgs args) {
  if (type == g_type_type && args.nargs == 1 && args.nkw() == 0) return Value::from_object(type_of(args[0]));
  Value new_fn = type_lookup(type, g_name___new__);
  // Whether type overrides object.__new__ (what overrides() would find).
  bool objects_new = new_fn.is(type_lookup(g_object_type, g_name___new__));
  Value obj;
  if (objects_new && new_fn.is_object() && new_fn.as_object()->kind() == ObjectKind::BuiltinFunction &&
      stm::view(new_fn.as<BuiltinFunctionObject>())->method->fn != nullptr) {
    // object.__new__: argument checks as CPython's object_new.
    if ((args.nargs || args.nkw()) && !overrides(type, g_name___init__, g_object_type)) {
      return raise_type_error(ts, "%s() takes no arguments", std::string(type_name(type)).c_str());
    }
    obj = PY_TRY(object_allocate(ts, type));
  } else {
    if (new_fn.is_object() && new_fn.as_object()->kind() == ObjectKind::StaticMethod)
      new_fn = stm::read(new_fn.as<StaticMethodObject>())->callable;
    // __new__(type, *args): a few arguments stay on the C++ stack (scanned
    // conservatively), more go to a ValueVector.
    size_t n = args.nargs + args.nkw();
    constexpr size_t kOnStack = 8;
    Value on_stack[kOnStack];
    ValueVector spilled;
    Value* full = on_stack;
    if (n + 1 > kOnStack) {
      spilled.resize(n + 1);
      full = spilled.data();
    }
    full[0] = Value::from_object(type);
    for (size_t i = 0; i < n; ++i) full[i + 1] = args.args[i];
    obj = PY_TRY(call(ts, new_fn, CallArgs{full, args.nargs + 1, args.kwnames}));
  }
  if (type == g_type_type && args.nargs == 1) return obj;
  if (!type_is_subtype(type_of(obj), type)) return obj;
  Value init = type_lookup(type_of(obj), g_name___init__);
  if (init.is(type_lookup(g_object_type, g_name___init__))) {
    if ((args.nargs || args.nkw()) && objects_new) {
      return raise_type_error(ts, "%s() takes no arguments", std::string(type_name(type)).c_str());
    }
    return obj;
  }
  Value bound = PY_TRY(bind_descriptor(ts, init, obj, type_of(obj)));
  Value r = PY_TRY(call(ts, bound, args));
  if (!r.is(g_none))
    return raise_type_error(ts, "__init__() should return None, not '%s'", type_name_of(r).c_str());
  return obj;
}

namespace {

// --- object ------------------------------------------------------------------------
// object.__new__(cls, ...) called directly (type_call takes a shortcut).
Result<Value> object_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs == 0) return raise_type_error(ts, "object.__new__(): not enough arguments");
  if (!is_instance_of(args[0], g_type_type))
    return raise_type_error(ts, "object.__new__(X): X is not a type object (%s)", type_name_of(args[0]).c_str());
  TypeObject* type = args[0].as<TypeObject>();
  if (args.nargs > 1 || args.nkw() > 0) {
    if (overrides(type, g_name___new__, g_object_type))
      return raise_type_error(ts, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (!overrides(type, g_name___init__, g_object_type))
      return raise_type_error(ts, "%s() takes no arguments", type_name(type).c_str());
  }
  return object_allocate(ts, type);
}

// object.__subclasshook__: no opinion (abc consults it).
Result<Value> object_subclasshook(ThreadState&, Value, CallArgs) { return g_notimplemented; }

Result<Value> object_init(ThreadState& ts, Value self, CallArgs args) {
  TypeObject* type = type_of(self);
  if (!args.nargs && !args.nkw()) return g_none;
  if (overrides(type, g_name___init__, g_object_type))
    return raise_type_error(ts, "object.__init__() takes exactly one argument (the instance to initialize)");
  // Neither __init__ nor __new__ overridden: nothing takes the arguments.
  if (!overrides(type, g_name___new__, g_object_type))
    return raise_type_error(ts, "%s.__init__() takes exactly one argument (the instance to initialize)",
                            std::string(type_name(type)).c_str());
  return g_none;
}

std::string qualified_name(ThreadState& ts, TypeObject* type) {
  Value module = dict_get_str(Value::from_object(stm::read(type)->dict), g_name___module__);
  std::string qual = str_to_utf8(stm::read(type)->qualname);
  if (module.is_null() || module.as_object()->kind() != ObjectKind::Str) return qual;
  std::string m = str_to_utf8(module);
  if (m == "builtins") return qual;
  return m + "." + qual;
}

Result<Value> object_repr(ThreadState& ts, Value self, CallArgs) {
  char buf[48];
  std::snprintf(buf, sizeof buf, " object at 0x%llx>", static_cast<unsigned long long>(self.bits()));
  return str_from_utf8("<" + qualified_name(ts, type_of(self)) + buf);
}

Result<Value> object_str(ThreadState& ts, Value self, CallArgs) { return repr(ts, self); }
Result<Value> object_eq(ThreadState&, Value self, CallArgs args) {
  return self.is(args[0]) ? g_true : g_notimplemented;
}
Result<Value> object_ne(ThreadState& ts, Value self, CallArgs args) {
  Value eq = lookup_special(self, g_name___eq__);
  if (eq.is_null()) return g_notimplemented;
  Value bound = PY_TRY(bind_descriptor(ts, eq, self, type_of(self)));
  Value r = PY_TRY(call(ts, bound, {args[0]}));
  if (r.is(g_notimplemented)) return r;
  return bool_value(!PY_TRY(is_true(ts, r)));
}
Result<Value> object_hash(ThreadState&, Value self, CallArgs) {
  return Value::small_int(static_cast<int64_t>(self.bits() >> 4));
}
Result<Value> object_getattribute(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_str_type))
    return raise_type_error(ts, "attribute name must be string, not '%s'", type_name_of(args[0]).c_str());
  return generic_get_attr(ts, self, args[0], false);
}
// object.__setattr__ is not type.__setattr__: a class goes through the latter
// (CPython's hackcheck).
bool is_type_object(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Type; }
Result<Value> object_setattr(ThreadState& ts, Value self, CallArgs args) {
  if (is_type_object(self)) return raise_type_error(ts, "can't apply this __setattr__ to type object");
  PY_TRY(generic_set_attr(ts, self, args[0], args[1]));
  return g_none;
}
Result<Value> object_delattr(ThreadState& ts, Value self, CallArgs args) {
  if (is_type_object(self)) return raise_type_error(ts, "can't apply this __delattr__ to type object");
  PY_TRY(generic_set_attr(ts, self, args[0], Value()));
  return g_none;
}
Result<Value> object_format(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_str_type))
    return raise_type_error(ts, "format expects arg 2 to be string or None, not %s", type_name_of(args[0]).c_str());
  if (str_length(args[0]) > 0)
    return raise_type_error(ts, "unsupported format string passed to %s.__format__", type_name_of(self).c_str());
  return str(ts, self);
}
Result<Value> object_init_subclass(ThreadState& ts, Value cls, CallArgs args) {
  if (args.nkw() > 0)
    return raise_type_error(ts, "%s.__init_subclass__() takes no keyword arguments",
                            std::string(type_name(cls.as<TypeObject>())).c_str());
  return g_none;
}
Result<Value> object_sizeof(ThreadState&, Value self, CallArgs) {
  if (!self.is_object()) return Value::small_int(sizeof(Value));
  return Value::small_int(static_cast<int64_t>(gc::object_size(&self.as_object()->header)));
}
Result<Value> object_class(ThreadState&, Value self, CallArgs) { return Value::from_object(type_of(self)); }
// obj.__class__ = C: only between Python classes whose instances have the
// same layout (CPython's compatible_for_assignment, simplified).
Result<Value> object_class_set(ThreadState& ts, Value self, CallArgs args) {
  Value target = args[0];
  if (!is_instance_of(target, g_type_type))
    return raise_type_error(ts, "__class__ must be set to a class, not '%s' object", type_name_of(target).c_str());
  TypeObject* old_type = type_of(self);
  TypeObject* new_type = target.as<TypeObject>();
  const TypeObject* o = stm::read(old_type);
  const TypeObject* n = stm::read(new_type);
  if (!(o->flags & kTypeHeap) || !(n->flags & kTypeHeap) || !self.is_object())
    return raise_type_error(ts, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  bool same_slots = (o->slot_names.is_null() && n->slot_names.is_null()) ||
                    (!o->slot_names.is_null() && !n->slot_names.is_null() &&
                     PY_TRY(equals(ts, o->slot_names, n->slot_names)));
  // Instances of Python classes differ only in their room for inline values,
  // which each instance records itself (objects/instance_object.h).
  bool same_size = o->instance_size == n->instance_size || o->instance_kind == ObjectKind::Instance;
  if (o->instance_kind != n->instance_kind || !same_size ||
      o->dict_offset != n->dict_offset || !same_slots)
    return raise_type_error(ts, "__class__ assignment: '%s' object layout differs from '%s'", type_name(new_type).c_str(),
                            type_name(old_type).c_str());
  stm::write(self.as_object())->header.client = new_type;
  return g_none;
}
Result<Value> object_dict(ThreadState& ts, Value self, CallArgs) {
  DictObject** slot = is_instance_of(self, g_type_type) ? nullptr : instance_dict_slot(self);
  // __slots__ and plain object() instances: no __dict__.
  if (slot && (!stm::read(type_of(self))->slot_names.is_null() || type_of(self) == g_object_type)) slot = nullptr;
  if (!slot)
    return raise(ts, g_exc_AttributeError, "'%s' object has no attribute '__dict__'", type_name_of(self).c_str());
  DictObject* dict = *stm::read(slot);
  if (!dict) {
    dict = dict_new().as<DictObject>();
    // The write barrier is the object's: the slot is a field inside it.
    char* object = reinterpret_cast<char*>(self.as_object());
    *reinterpret_cast<DictObject**>(reinterpret_cast<char*>(stm::write(self.as_object())) +
                                     (reinterpret_cast<char*>(slot) - object)) = dict;
  }
  return Value::from_object(dict);
}

// --- type -------------------------------------------------------------------------------
Result<Value> type_new_method(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs == 2 && args.nkw() == 0) return Value::from_object(type_of(args[1]));
  if (args.nargs != 4) return raise_type_error(ts, "type() takes 1 or 3 arguments");
  if (!is_instance_of(args[1], g_str_type))
    return raise_type_error(ts, "type.__new__() argument 1 must be str, not %s", type_name_of(args[1]).c_str());
  if (!is_instance_of(args[2], g_tuple_type))
    return raise_type_error(ts, "type.__new__() argument 2 must be tuple, not %s", type_name_of(args[2]).c_str());
  if (!is_instance_of(args[3], g_dict_type))
    return raise_type_error(ts, "type.__new__() argument 3 must be dict, not %s", type_name_of(args[3]).c_str());
  // The most derived metaclass of the bases wins; if it has its own __new__,
  // that makes the class (type('E', (SomeEnum,), ns) is an EnumType call).
  TypeObject* meta = args[0].as<TypeObject>();
  TypeObject* winner = meta;
  for (int64_t i = 0; i < tuple_size(args[2]); ++i) {
    TypeObject* bm = type_of(tuple_item(args[2], i));
    if (type_is_subtype(winner, bm)) continue;
    if (type_is_subtype(bm, winner)) {
      winner = bm;
      continue;
    }
    return raise_type_error(ts,
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            "subclass of the metaclasses of all its bases");
  }
  if (winner != meta) {
    Value winner_new = type_lookup(winner, g_name___new__);
    if (!winner_new.is(type_lookup(g_type_type, g_name___new__))) {
      if (winner_new.is_object() && winner_new.as_object()->kind() == ObjectKind::StaticMethod)
        winner_new = stm::read(winner_new.as<StaticMethodObject>())->callable;
      ValueVector full;
      full.push_back(Value::from_object(winner));
      for (size_t i = 1; i < args.nargs + args.nkw(); ++i) full.push_back(args.args[i]);
      return call(ts, winner_new, CallArgs{full.data(), args.nargs, args.kwnames});
    }
    meta = winner;
  }
  return type_new(ts, meta, args[1], args[2].as<TupleObject>(), args[3].as<DictObject>(),
                  CallArgs{args.args + args.nargs, 0, args.kwnames});
}
Result<Value> type_init_method(ThreadState&, Value, CallArgs) { return g_none; }
Result<Value> type_call_method(ThreadState& ts, Value self, CallArgs args) {
  return type_call(ts, self.as<TypeObject>(), args);
}
Result<Value> type_repr(ThreadState& ts, Value self, CallArgs) {
  return str_from_utf8("<class '" + qualified_name(ts, self.as<TypeObject>()) + "'>");
}
Result<Value> type_getattribute(ThreadState& ts, Value self, CallArgs args) {
  return generic_get_attr(ts, self, args[0], false);
}
Result<Value> type_setattr(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(generic_set_attr(ts, self, args[0], args[1]));
  return g_none;
}
Result<Value> type_delattr(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(generic_set_attr(ts, self, args[0], Value()));
  return g_none;
}
Result<Value> type_name_get(ThreadState&, Value self, CallArgs) { return stm::read(self.as<TypeObject>())->name; }
Result<Value> type_name_set(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_str_type))
    return raise_type_error(ts, "can only assign string to %s.__name__, not '%s'",
                            std::string(type_name(self.as<TypeObject>())).c_str(), type_name_of(args[0]).c_str());
  if (str_to_utf8(args[0]).find('\0') != std::string::npos)
    return raise_value_error(ts, "type name must not contain null characters");
  stm::write(self.as<TypeObject>())->name = args[0];
  return g_none;
}
Result<Value> type_qualname_get(ThreadState&, Value self, CallArgs) {
  return stm::read(self.as<TypeObject>())->qualname;
}
Result<Value> type_qualname_set(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_str_type))
    return raise_type_error(ts, "can only assign string to %s.__qualname__, not '%s'",
                            std::string(type_name(self.as<TypeObject>())).c_str(), type_name_of(args[0]).c_str());
  stm::write(self.as<TypeObject>())->qualname = args[0];
  return g_none;
}
Result<Value> type_mro_get(ThreadState&, Value self, CallArgs) {
  return Value::from_object(stm::read(self.as<TypeObject>())->mro);
}
Result<Value> type_bases_get(ThreadState&, Value self, CallArgs) {
  return Value::from_object(stm::read(self.as<TypeObject>())->bases);
}
Result<Value> type_base_get(ThreadState&, Value self, CallArgs) {
  TypeObject* base = stm::read(self.as<TypeObject>())->base;
  return base ? Value::from_object(base) : g_none;
}
// A read-only proxy: writes must go through setattr so that the method
// cache sees them (type_modified).
Result<Value> type_dict_get(ThreadState&, Value self, CallArgs) {
  return mappingproxy_new(Value::from_object(stm::read(self.as<TypeObject>())->dict));
}
// type.__prepare__(name, bases, **kwds): the default class namespace.
Result<Value> type_prepare(ThreadState&, Value, CallArgs) { return dict_new(); }
Result<Value> type_mro_method(ThreadState&, Value self, CallArgs) {
  TupleObject* mro = stm::read(self.as<TypeObject>())->mro;
  return list_from(tuple_items(Value::from_object(mro)), tuple_size(Value::from_object(mro)));
}
Result<Value> type_instancecheck(ThreadState&, Value self, CallArgs args) {
  return bool_value(type_is_subtype(type_of(args[0]), self.as<TypeObject>()));
}
Result<Value> type_subclasscheck(ThreadState& ts, Value self, CallArgs args) {
  if (!is_instance_of(args[0], g_type_type)) return raise_type_error(ts, "issubclass() arg 1 must be a class");
  return bool_value(type_is_subtype(args[0].as<TypeObject>(), self.as<TypeObject>()));
}

const NativeMethod kObjectMethods[] = {
    {"__new__", object_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", object_init, 0, -1, 0, nullptr},
    {"__repr__", object_repr, 0, 0, 0, nullptr},
    {"__str__", object_str, 0, 0, 0, nullptr},
    {"__eq__", object_eq, 1, 1, 0, nullptr},
    {"__ne__", object_ne, 1, 1, 0, nullptr},
    {"__hash__", object_hash, 0, 0, 0, nullptr},
    {"__getattribute__", object_getattribute, 1, 1, 0, nullptr},
    {"__setattr__", object_setattr, 2, 2, 0, nullptr},
    {"__delattr__", object_delattr, 1, 1, 0, nullptr},
    {"__format__", object_format, 1, 1, 0, nullptr},
    {"__init_subclass__", object_init_subclass, 0, 0, kNativeClass, nullptr},
    {"__sizeof__", object_sizeof, 0, 0, 0, nullptr},
    {"__subclasshook__", object_subclasshook, 0, -1, kNativeClass, nullptr},
};
const NativeMethod kObjectClassSetter = {"__class__", object_class_set, 1, 1, 0, nullptr};
// obj.__dict__ = d: replaces the instance dict (a dict or a subclass of one).
Result<Value> object_dict_set(ThreadState& ts, Value self, CallArgs args) {
  DictObject** slot = is_instance_of(self, g_type_type) ? nullptr : instance_dict_slot(self);
  // __slots__ and plain object() instances: no __dict__.
  if (slot && (!stm::read(type_of(self))->slot_names.is_null() || type_of(self) == g_object_type)) slot = nullptr;
  if (!slot)
    return raise(ts, g_exc_AttributeError, "'%s' object has no attribute '__dict__'", type_name_of(self).c_str());
  if (!is_dict(args[0]))
    return raise_type_error(ts, "__dict__ must be set to a dictionary, not a '%s'", type_name_of(args[0]).c_str());
  set_instance_dict(self, args[0].as<DictObject>());
  return g_none;
}
const NativeMethod kObjectDictSetter = {"__dict__", object_dict_set, 1, 1, 0, nullptr};
const NativeMethod kObjectGetters[] = {
    {"__class__", object_class, 0, 0, 0, nullptr},
    {"__dict__", object_dict, 0, 0, 0, nullptr},
};
Result<Value> type_subclasses_method(ThreadState&, Value self, CallArgs) {
  return type_subclasses(self.as<TypeObject>());
}

const NativeMethod kTypeMethods[] = {
    {"__new__", type_new_method, 0, -1, kNativeStatic, nullptr},
    {"__init__", type_init_method, 0, -1, 0, nullptr},
    {"__call__", type_call_method, 0, -1, 0, nullptr},
    {"__repr__", type_repr, 0, 0, 0, nullptr},
    {"__getattribute__", type_getattribute, 1, 1, 0, nullptr},
    {"__setattr__", type_setattr, 2, 2, 0, nullptr},
    {"__delattr__", type_delattr, 1, 1, 0, nullptr},
    {"mro", type_mro_method, 0, 0, 0, nullptr},
    {"__prepare__", type_prepare, 0, -1, kNativeClass, nullptr},
    {"__subclasses__", type_subclasses_method, 0, 0, 0, nullptr},
    {"__instancecheck__", type_instancecheck, 1, 1, 0, nullptr},
    {"__subclasscheck__", type_subclasscheck, 1, 1, 0, nullptr},
};
const NativeMethod kTypeGetters[] = {
    {"__name__", type_name_get, 0, 0, 0, nullptr},
    {"__qualname__", type_qualname_get, 0, 0, 0, nullptr},
    {"__mro__", type_mro_get, 0, 0, 0, nullptr},
    {"__bases__", type_bases_get, 0, 0, 0, nullptr},
    {"__base__", type_base_get, 0, 0, 0, nullptr},
    {"__dict__", type_dict_get, 0, 0, 0, nullptr},
};
// type.__flags__: the CPython flag bits the library tests — heap type
// (copyreg's reduce of instances of subclasses of built-in types), may be
// subclassed, abstract (inspect.isabstract), and the fast-subclass bits.
Result<Value> type_flags_get(ThreadState& ts, Value self, CallArgs) {
  TypeObject* type = self.as<TypeObject>();
  uint32_t own = stm::read(type)->flags;
  int64_t flags = 0;
  if (own & kTypeHeap) flags |= int64_t{1} << 9;
  if (own & (kTypeBaseType | kTypeHeap)) flags |= int64_t{1} << 10;
  Value abstract = dict_get_str(Value::from_object(stm::read(type)->dict), str_intern("__abstractmethods__"));
  if (!abstract.is_null() && abstract.is_object() && abstract.as_object()->kind() != ObjectKind::Str) {
    Result<int64_t> n = length(ts, abstract);
    if (n.ok() && n.value() > 0) flags |= int64_t{1} << 20;
    else if (!n.ok()) clear_pending_exception(ts);
  }
  const std::pair<TypeObject*, int> kSubclassBits[] = {{g_int_type, 24}, {g_list_type, 25}, {g_tuple_type, 26},
                                                        {g_bytes_type, 27}, {g_str_type, 28}, {g_dict_type, 29},
                                                        {g_exc_BaseException, 30}, {g_type_type, 31}};
  for (const auto& [base, bit] : kSubclassBits)
    if (type_is_subtype(type, base)) flags |= int64_t{1} << bit;
  return int_from_int64(flags);
}
const NativeMethod kTypeFlagsGetter = {"__flags__", type_flags_get, 0, 0, 0, nullptr};

// C.__bases__ = (...): new bases and MRO for C (its subclasses keep theirs).
Result<Value> type_bases_set(ThreadState& ts, Value self, CallArgs args) {
  TypeObject* type = self.as<TypeObject>();
  Value bases = args[0];
  if (!(stm::read(type)->flags & kTypeHeap))
    return raise_type_error(ts, "cannot set '__bases__' attribute of immutable type '%s'", type_name(type).c_str());
  if (!bases.is_object() || bases.as_object()->kind() != ObjectKind::Tuple)
    return raise_type_error(ts, "can only assign tuple to %s.__bases__, not %s", type_name(type).c_str(),
                            type_name_of(bases).c_str());
  if (tuple_size(bases) == 0)
    return raise_type_error(ts, "can only assign non-empty tuple to %s.__bases__, not ()", type_name(type).c_str());
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    Value b = tuple_item(bases, i);
    if (!is_instance_of(b, g_type_type))
      return raise_type_error(ts, "%s.__bases__ must be tuple of classes, not '%s'", type_name(type).c_str(),
                              type_name_of(b).c_str());
    if (type_is_subtype(b.as<TypeObject>(), type))
      return raise_type_error(ts, "a __bases__ item causes an inheritance cycle");
  }
  TupleObject* old_bases = stm::read(type)->bases;
  TypeObject* old_base = stm::read(type)->base;
  stm::write(type)->bases = bases.as<TupleObject>();
  stm::write(type)->base = tuple_item(bases, 0).as<TypeObject>();
  Result<Value> mro = type_compute_mro(ts, type);
  if (!mro.ok()) {
    stm::write(type)->bases = old_bases;
    stm::write(type)->base = old_base;
    return kError;
  }
  stm::write(type)->mro = mro.value().as<TupleObject>();
  type_modified();
  PY_TRY(type_register_subclass(ts, type));  // the old bases drop it lazily (type_subclasses)
  return g_none;
}

const NativeMethod kTypeSetters[] = {
    {"__name__", type_name_set, 1, 1, 0, nullptr},
    {"__qualname__", type_qualname_set, 1, 1, 0, nullptr},
    {"__bases__", type_bases_set, 1, 1, 0, nullptr},
};

}  // namespace

void init_object_reduce();  // object_reduce.cpp

void init_object_type() {
  add_native_methods(g_object_type, kObjectMethods);
  init_object_reduce();
  add_native_property(g_object_type, &kObjectGetters[0], &kObjectClassSetter);
  add_native_property(g_object_type, &kObjectGetters[1], &kObjectDictSetter);
  add_native_methods(g_type_type, kTypeMethods);
  add_native_property(g_type_type, &kTypeGetters[0], &kTypeSetters[0]);
  add_native_property(g_type_type, &kTypeGetters[1], &kTypeSetters[1]);
  add_native_property(g_type_type, &kTypeGetters[2], nullptr);
  add_native_property(g_type_type, &kTypeGetters[3], &kTypeSetters[2]);  // __bases__
  for (int i = 4; i < 6; ++i) add_native_property(g_type_type, &kTypeGetters[i], nullptr);
  add_native_property(g_type_type, &kTypeFlagsGetter, nullptr);
}

}  // namespace pystm
