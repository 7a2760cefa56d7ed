// runtime/objects/descriptor_objects.cpp — property, staticmethod,
// classmethod and super (data model §3.3.2.2–3.3.2.4).
#include "runtime/objects/descriptor_objects.h"

#include <cstring>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/method_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

void add_native_property(TypeObject* type, const NativeMethod* getter, const NativeMethod* setter) {
  PropertyObject* p = allocate_object<PropertyObject>(g_property_type);
  stm::view(p)->fget = make_builtin_function(getter, Value(), Value::from_object(type));
  stm::view(p)->fset = setter ? make_builtin_function(setter, Value(), Value::from_object(type)) : g_none;
  stm::view(p)->fdel = g_none;
  stm::view(p)->doc = g_none;
  type_set_attr_nogc_fail(type, getter->name, Value::from_object(p));
}

namespace {

PropertyObject* prop(Value v) { return v.as<PropertyObject>(); }

Result<Value> property_new(ThreadState&, Value, CallArgs args) {
  PropertyObject* p = allocate_object<PropertyObject>(args[0].as<TypeObject>());
  PropertyObject* pv = stm::view(p);
  pv->fget = pv->fset = pv->fdel = pv->doc = g_none;
  return Value::from_object(p);
}

Result<Value> property_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "property", args, {"fget", "fset", "fdel", "doc"}));
  Value slots[4] = {g_none, g_none, g_none, g_none};
  for (size_t i = 0; i < args.nargs && i < 4; ++i) slots[i] = args[i];
  const char* names[4] = {"fget", "fset", "fdel", "doc"};
  for (int i = 0; i < 4; ++i) {
    Value k = keyword_arg(args, names[i]);
    if (!k.is_null()) slots[i] = k;
  }
  PropertyObject* p = stm::write(prop(self));
  p->fget = slots[0];
  p->fset = slots[1];
  p->fdel = slots[2];
  p->doc = slots[3];
  if (slots[3].is(g_none) && !slots[0].is(g_none)) {
    Value doc = PY_TRY(get_attr_optional(ts, slots[0], g_name___doc__));
    if (!doc.is_absent()) stm::write(prop(self))->doc = doc;
  }
  return g_none;
}

// "property 'x' of 'P' object has no setter"; the attributes of built-in
// types (native getters) word it as CPython's getset descriptors do.
Error property_missing(ThreadState& ts, Value self, Value obj, const char* what) {
  const PropertyObject* p = stm::read(prop(self));
  if (p->fget.is_object() && p->fget.as_object()->kind() == ObjectKind::BuiltinFunction) {
    const BuiltinFunctionObject* g = stm::view(p->fget.as<BuiltinFunctionObject>());
    // type's own attributes (__name__, __qualname__, ...) cannot be deleted,
    // in CPython's words.
    if (g->owner.is(Value::from_object(g_type_type)) && std::strcmp(what, "deleter") == 0 && is_instance_of(obj, g_type_type))
      return raise_type_error(ts, "cannot delete '%s' attribute of immutable type '%s'", g->method->name,
                              type_name(obj.as<TypeObject>()).c_str());
    if (!g->owner.is_null() && g->owner.as_object()->kind() == ObjectKind::Type)
      return raise(ts, g_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", g->method->name,
                   std::string(type_name(g->owner.as<TypeObject>())).c_str());
  }
  std::string obj_type = type_name_of(obj);
  if (p->name.is_null() || !is_str(p->name))
    return raise(ts, g_exc_AttributeError, "property of '%s' object has no %s", obj_type.c_str(), what);
  return raise(ts, g_exc_AttributeError, "property '%s' of '%s' object has no %s", str_to_utf8(p->name).c_str(),
               obj_type.c_str(), what);
}

Result<Value> property_get(ThreadState& ts, Value self, CallArgs args) {
  Value obj = args[0];
  // (None, owner) is class access, unless the owner is NoneType: then None
  // itself is the instance (None.__class__).
  bool none_instance = args.nargs > 1 && args[1].is(Value::from_object(g_none_type));
  if (obj.is(g_none) && !none_instance) return self;
  Value fget = stm::read(prop(self))->fget;
  if (fget.is(g_none)) return property_missing(ts, self, obj, "getter");
  return call(ts, fget, {obj});
}

Result<Value> property_set(ThreadState& ts, Value self, CallArgs args) {
  Value fset = stm::read(prop(self))->fset;
  if (fset.is(g_none)) return property_missing(ts, self, args[0], "setter");
  PY_TRY(call(ts, fset, {args[0], args[1]}));
  return g_none;
}

Result<Value> property_delete(ThreadState& ts, Value self, CallArgs args) {
  Value fdel = stm::read(prop(self))->fdel;
  if (fdel.is(g_none)) return property_missing(ts, self, args[0], "deleter");
  PY_TRY(call(ts, fdel, {args[0]}));
  return g_none;
}

Result<Value> property_set_name(ThreadState&, Value self, CallArgs args) {
  stm::write(prop(self))->name = args[1];
  return g_none;
}

Result<Value> property_copy_with(ThreadState& ts, Value self, int which, Value fn) {
  const PropertyObject* p = stm::read(prop(self));
  Value slots[4] = {p->fget, p->fset, p->fdel, p->doc};
  slots[which] = fn;
  Value type = Value::from_object(type_of(self));
  return call(ts, type, {slots[0], slots[1], slots[2], slots[3]});
}
Result<Value> property_getter(ThreadState& ts, Value s, CallArgs a) { return property_copy_with(ts, s, 0, a[0]); }
Result<Value> property_setter(ThreadState& ts, Value s, CallArgs a) { return property_copy_with(ts, s, 1, a[0]); }
Result<Value> property_deleter(ThreadState& ts, Value s, CallArgs a) { return property_copy_with(ts, s, 2, a[0]); }
Result<Value> property_fget(ThreadState&, Value s, CallArgs) { return stm::read(prop(s))->fget; }
Result<Value> property_fset(ThreadState&, Value s, CallArgs) { return stm::read(prop(s))->fset; }
Result<Value> property_fdel(ThreadState&, Value s, CallArgs) { return stm::read(prop(s))->fdel; }
// A property made for a native attribute stands in for CPython's getset
// descriptor, which has __name__ and __objclass__ (inspect.getattr_static
// reads them); a Python-level property has neither, as in CPython 3.11.
const BuiltinFunctionObject* native_getter(Value s) {
  Value fget = stm::read(prop(s))->fget;
  if (!fget.is_object() || fget.as_object()->kind() != ObjectKind::BuiltinFunction) return nullptr;
  return stm::view(fget.as<BuiltinFunctionObject>());
}
Result<Value> property_name(ThreadState& ts, Value s, CallArgs) {
  const BuiltinFunctionObject* g = native_getter(s);
  if (!g) return raise(ts, g_exc_AttributeError, "'property' object has no attribute '__name__'");
  return str_intern(g->method->name);
}
Result<Value> property_objclass(ThreadState& ts, Value s, CallArgs) {
  const BuiltinFunctionObject* g = native_getter(s);
  if (!g || g->owner.is_null()) return raise(ts, g_exc_AttributeError, "'property' object has no attribute '__objclass__'");
  return g->owner;
}
const NativeMethod kNativeAttributeGetters[] = {
    {"__name__", property_name, 0, 0, 0, nullptr},
    {"__objclass__", property_objclass, 0, 0, 0, nullptr},
};

// True when any accessor is abstract (abc.abstractmethod under @property).
Result<Value> property_isabstract(ThreadState& ts, Value s, CallArgs) {
  const PropertyObject* p = stm::read(prop(s));
  for (Value f : {p->fget, p->fset, p->fdel}) {
    Value flag = PY_TRY(get_attr_optional(ts, f, str_intern("__isabstractmethod__")));
    if (!flag.is_absent() && PY_TRY(is_true(ts, flag))) return g_true;
  }
  return g_false;
}
Result<Value> property_doc(ThreadState&, Value s, CallArgs) { return stm::read(prop(s))->doc; }
// __doc__ is writable, as in CPython (dis.py documents namedtuple fields this way).
Result<Value> property_set_doc(ThreadState&, Value s, CallArgs a) {
  stm::write(prop(s))->doc = a[0];
  return g_none;
}
const NativeMethod kPropertyDocSetter = {"__doc__", property_set_doc, 1, 1, 0, nullptr};

const NativeMethod kPropertyMethods[] = {
    {"__new__", property_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", property_init, 0, 4, 0, nullptr},
    {"__get__", property_get, 1, 2, 0, nullptr},
    {"__set__", property_set, 2, 2, 0, nullptr},
    {"__delete__", property_delete, 1, 1, 0, nullptr},
    {"getter", property_getter, 1, 1, 0, nullptr},
    {"setter", property_setter, 1, 1, 0, nullptr},
    {"deleter", property_deleter, 1, 1, 0, nullptr},
    {"__set_name__", property_set_name, 2, 2, 0, nullptr},
};
const NativeMethod kPropertyGetters[] = {
    {"fget", property_fget, 0, 0, 0, nullptr},
    {"fset", property_fset, 0, 0, 0, nullptr},
    {"fdel", property_fdel, 0, 0, 0, nullptr},
    {"__isabstractmethod__", property_isabstract, 0, 0, 0, nullptr},
    {"__doc__", property_doc, 0, 0, 0, nullptr},
};

template <class T>
Result<Value> wrapper_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs != 2) return raise_type_error(ts, "expected 1 argument, got %zu", args.nargs - 1);
  T* w = allocate_object<T>(args[0].as<TypeObject>());
  stm::view(w)->callable = args[1];
  return Value::from_object(w);
}

Result<Value> staticmethod_get(ThreadState&, Value self, CallArgs) {
  return stm::read(self.as<StaticMethodObject>())->callable;
}
Result<Value> classmethod_get(ThreadState& ts, Value self, CallArgs args) {
  Value type = args.nargs > 1 && !args[1].is(g_none) ? args[1] : Value::from_object(type_of(args[0]));
  Value callable = stm::read(self.as<ClassMethodObject>())->callable;
  // A wrapped descriptor (classmethod over property) binds to the class itself.
  if (!is_plain_method(callable) && callable.is_object() && callable.as_object()->kind() != ObjectKind::Function) {
    Value get = lookup_special(callable, g_name___get__);
    if (!get.is_null()) return call_special(ts, get, callable, {type, type});
  }
  return bound_method_new(callable, type);
}
Result<Value> staticmethod_call(ThreadState& ts, Value self, CallArgs args) {
  return call(ts, stm::read(self.as<StaticMethodObject>())->callable, args);
}
Result<Value> wrapper_func(ThreadState&, Value self, CallArgs) {
  return stm::read(self.as<StaticMethodObject>())->callable;
}

// "<staticmethod(<function f at 0x...>)>", as CPython 3.10+.
Result<Value> wrapper_repr(ThreadState& ts, Value self, CallArgs) {
  std::string inner = PY_TRY(repr_utf8(ts, stm::read(self.as<StaticMethodObject>())->callable));
  bool is_static = self.as_object()->kind() == ObjectKind::StaticMethod;  // subclasses too
  return str_from_utf8(std::string(is_static ? "<staticmethod(" : "<classmethod(") + inner + ")>");
}

const NativeMethod kStaticMethodMethods[] = {
    {"__repr__", wrapper_repr, 0, 0, 0, nullptr},
    {"__new__", wrapper_new<StaticMethodObject>, 1, 1, kNativeStatic, nullptr},
    {"__get__", staticmethod_get, 1, 2, 0, nullptr},
    {"__call__", staticmethod_call, 0, -1, 0, nullptr},
};
const NativeMethod kClassMethodMethods[] = {
    {"__repr__", wrapper_repr, 0, 0, 0, nullptr},
    {"__new__", wrapper_new<ClassMethodObject>, 1, 1, kNativeStatic, nullptr},
    {"__get__", classmethod_get, 1, 2, 0, nullptr},
};
// The wrapped callable's __isabstractmethod__ (abc.abstractmethod under @classmethod).
Result<Value> wrapper_isabstract(ThreadState& ts, Value self, CallArgs) {
  Value flag = PY_TRY(get_attr_optional(ts, stm::read(self.as<StaticMethodObject>())->callable,
                                        str_intern("__isabstractmethod__")));
  return bool_value(!flag.is_absent() && PY_TRY(is_true(ts, flag)));
}
const NativeMethod kWrapperGetters[] = {{"__func__", wrapper_func, 0, 0, 0, nullptr},
                                        {"__wrapped__", wrapper_func, 0, 0, 0, nullptr},
                                        {"__isabstractmethod__", wrapper_isabstract, 0, 0, 0, nullptr}};

// super() with no arguments: the first argument of the calling frame and its
// __class__ cell (data model §3.3.3.6, "zero-argument super").
Result<Value> super_new(ThreadState& ts, Value, CallArgs args) {
  Value type, obj;
  if (args.nargs >= 3) {
    type = args[1];
    obj = args[2];
  } else if (args.nargs == 2) {
    type = args[1];
    obj = g_none;
  } else {
    FrameObject* frame = ts.frame;
    if (!frame) return raise(ts, g_exc_RuntimeError, "super(): no current frame");
    const FrameObject* f = stm::read(frame);
    const CodeObject* code = stm::view(f->code);
    if (code->argcount == 0) return raise(ts, g_exc_RuntimeError, "super(): no arguments");
    obj = f->slots[0];
    if (obj.is_null()) {
      // The first argument may live in a cell.
      const int32_t* cell_args = code->cell_args();
      for (int32_t i = 0; i < code->ncells; ++i) {
        if (cell_args[i] == 0) obj = stm::read(f->slots[code->nlocals + i].as<CellObject>())->contents;
      }
    }
    if (obj.is_null()) return raise(ts, g_exc_RuntimeError, "super(): arg[0] deleted");
    int32_t ncellfree = code->ncells + code->nfrees;
    for (int32_t i = 0; i < ncellfree; ++i) {
      Value name = i < code->ncells ? tuple_item(Value::from_object(code->cellvars), i)
                                    : tuple_item(Value::from_object(code->freevars), i - code->ncells);
      if (str_equal(name, g_name___class__)) {
        type = stm::read(f->slots[code->nlocals + i].as<CellObject>())->contents;
        break;
      }
    }
    if (type.is_null()) return raise(ts, g_exc_RuntimeError, "super(): __class__ cell not found");
  }
  if (!is_instance_of(type, g_type_type))
    return raise_type_error(ts, "super() argument 1 must be a type, not %s", type_name_of(type).c_str());
  Value obj_type;
  if (!obj.is(g_none)) {
    if (is_instance_of(obj, g_type_type) && type_is_subtype(obj.as<TypeObject>(), type.as<TypeObject>())) {
      obj_type = obj;
    } else if (type_is_subtype(type_of(obj), type.as<TypeObject>())) {
      obj_type = Value::from_object(type_of(obj));
    } else {
      return raise_type_error(ts, "super(type, obj): obj must be an instance or subtype of type");
    }
  }
  SuperObject* s = allocate_object<SuperObject>(g_super_type);
  stm::view(s)->type = type;
  stm::view(s)->obj = obj;
  stm::view(s)->obj_type = obj_type;
  return Value::from_object(s);
}

Result<Value> super_getattribute(ThreadState& ts, Value self, CallArgs args) {
  const SuperObject* s = stm::read(self.as<SuperObject>());
  Value name = args[0];
  if (!s->obj_type.is_null() && !str_equal(name, g_name___class__)) {
    const TupleObject* mro = stm::view(stm::read(s->obj_type.as<TypeObject>())->mro);
    int64_t i = 0;
    while (i < mro->size && !mro->items[i].is(s->type)) ++i;
    for (++i; i < mro->size; ++i) {
      TypeObject* klass = mro->items[i].as<TypeObject>();
      DictObject* dict = stm::read(klass)->dict;
      Value found = dict ? dict_get_str(Value::from_object(dict), name) : Value();
      if (found.is_null()) continue;
      // super(C, cls): functions come back unbound (CPython passes NULL).
      Value obj = s->obj.is(s->obj_type) ? Value() : s->obj;
      return bind_descriptor(ts, found, obj, s->obj_type.as<TypeObject>());
    }
  }
  return generic_get_attr(ts, self, name, false);
}

Value or_none_value(Value v) { return v.is_null() ? g_none : v; }
Result<Value> super_thisclass(ThreadState&, Value self, CallArgs) {
  return or_none_value(stm::read(self.as<SuperObject>())->type);
}
Result<Value> super_self(ThreadState&, Value self, CallArgs) {
  const SuperObject* s = stm::read(self.as<SuperObject>());
  return s->obj.is(g_none) ? g_none : or_none_value(s->obj);
}
Result<Value> super_self_class(ThreadState&, Value self, CallArgs) {
  return or_none_value(stm::read(self.as<SuperObject>())->obj_type);
}
const NativeMethod kSuperGetters[] = {
    {"__thisclass__", super_thisclass, 0, 0, 0, nullptr},
    {"__self__", super_self, 0, 0, 0, nullptr},
    {"__self_class__", super_self_class, 0, 0, 0, nullptr},
};

Result<Value> super_repr(ThreadState& ts, Value self, CallArgs) {
  const SuperObject* s = stm::read(self.as<SuperObject>());
  std::string type = s->type.is_null() ? "NULL" : PY_TRY(repr_utf8(ts, s->type));
  std::string obj = s->obj_type.is_null() ? "NULL"
                                          : "<" + std::string(type_name(s->obj_type.as<TypeObject>())) + " object>";
  return str_from_utf8("<super: " + type + ", " + obj + ">");
}

const NativeMethod kSuperMethods[] = {
    {"__repr__", super_repr, 0, 0, 0, nullptr},
    {"__new__", super_new, 0, 2, kNativeStatic, nullptr},
    {"__init__", [](ThreadState&, Value, CallArgs) -> Result<Value> { return g_none; }, 0, 2, 0, nullptr},
    {"__getattribute__", super_getattribute, 1, 1, 0, nullptr},
};

}  // namespace

void init_descriptor_types() {
  add_native_methods(g_property_type, kPropertyMethods);
  // __doc__ (last) is writable; the rest are read-only.
  for (const NativeMethod& g : kPropertyGetters)
    add_native_property(g_property_type, &g, std::strcmp(g.name, "__doc__") == 0 ? &kPropertyDocSetter : nullptr);
  for (const NativeMethod& g : kNativeAttributeGetters) add_native_property(g_property_type, &g, nullptr);
  add_native_methods(g_staticmethod_type, kStaticMethodMethods);
  add_native_methods(g_classmethod_type, kClassMethodMethods);
  for (const NativeMethod& g : kWrapperGetters) {
    add_native_property(g_staticmethod_type, &g, nullptr);
    add_native_property(g_classmethod_type, &g, nullptr);
  }
  add_native_methods(g_super_type, kSuperMethods);
  for (const NativeMethod& g : kSuperGetters) add_native_property(g_super_type, &g, nullptr);
}

}  // namespace pystm
