// runtime/objects/builtin_function.cpp — calling native functions.
#include "runtime/objects/builtin_function.h"

#include <cstring>
#include <string_view>
#include <unordered_set>
#include <string>

#include "runtime/objects/dict_object.h"
#include "runtime/ops/operations.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

size_t CallArgs::nkw() const { return kwnames ? static_cast<size_t>(stm::view(kwnames)->size) : 0; }
Value CallArgs::kw_name(size_t i) const { return stm::view(kwnames)->items[i]; }

Value make_builtin_function(const NativeMethod* method, Value self, Value owner) {
  BuiltinFunctionObject* f = allocate_object<BuiltinFunctionObject>(g_builtin_function_type);
  BuiltinFunctionObject* fv = stm::view(f);
  fv->method = method;
  fv->self = self;
  fv->owner = owner;
  return Value::from_object(f);
}

bool is_plain_method(Value descr) {
  if (!descr.is_object()) return false;
  ObjectKind k = descr.as_object()->kind();
  if (k == ObjectKind::Function) return true;
  if (k != ObjectKind::BuiltinFunction) return false;
  const BuiltinFunctionObject* f = stm::view(descr.as<BuiltinFunctionObject>());
  return f->self.is_null() && !f->owner.is_null() && !(f->method->flags & (kNativeStatic | kNativeClass));
}

void add_native_methods(TypeObject* type, std::span<const NativeMethod> methods) {
  for (const NativeMethod& m : methods)
    type_set_attr_nogc_fail(type, m.name, make_builtin_function(&m, Value(), Value::from_object(type)));
}

// "list.append()" for methods of a type, "len()" for functions (CPython's
// messages name the type of method descriptors).
static std::string display_name(const BuiltinFunctionObject* f) {
  if (!f->owner.is_null() && f->owner.is_object() && f->owner.as_object()->kind() == ObjectKind::Type) {
    // A type's __init__/__new__ is named after the type: "list() takes no keyword arguments".
    if (std::strcmp(f->method->name, "__init__") == 0 || std::strcmp(f->method->name, "__new__") == 0)
      return type_name(f->owner.as<TypeObject>()) + "()";
    return type_name(f->owner.as<TypeObject>()) + "." + f->method->name + "()";
  }
  return std::string(f->method->name) + "()";
}

// Kept out of line: a bigger frame for call_builtin_function leaves more stale
// words for the conservative stack scan to find.
[[gnu::noinline]] static Status check_descriptor_receiver(ThreadState& ts, const BuiltinFunctionObject* f,
                                                          Value self) {
  TypeObject* owner = f->owner.as<TypeObject>();
  TypeObject* self_type = type_of(self);
  if (type_is_subtype(self_type, owner)) return ok_status();
  // CPython's slot wrappers (wrapper_descriptor) word it differently from
  // its method descriptors.
  static const std::unordered_set<std::string_view> kSlotWrappers = {
      "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
      "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
      "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__",
      "__xor__", "__rxor__", "__matmul__", "__rmatmul__", "__iadd__", "__isub__", "__imul__", "__itruediv__",
      "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__",
      "__imatmul__", "__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__",
      "__index__", "__len__", "__hash__", "__repr__", "__str__", "__iter__", "__next__", "__init__", "__call__",
      "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__getattribute__", "__setattr__",
      "__delattr__", "__get__", "__set__", "__delete__", "__setitem__", "__delitem__", "__await__", "__aiter__",
      "__anext__"};
  if (kSlotWrappers.count(f->method->name))
    return raise_type_error(ts, "descriptor '%s' requires a '%s' object but received a '%s'", f->method->name,
                            std::string(type_name(owner)).c_str(), std::string(type_name(self_type)).c_str());
  return raise_type_error(ts, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f->method->name,
                          std::string(type_name(owner)).c_str(), std::string(type_name(self_type)).c_str());
}

// The method's name, or its type's name when it is the type's `special`
// method (__init__, __new__): CPython names those after the type.
static std::string name_or_type(const BuiltinFunctionObject* f, const char* special) {
  if (std::strcmp(f->method->name, special) == 0 && !f->owner.is_null() &&
      f->owner.as_object()->kind() == ObjectKind::Type)
    return std::string(type_name(f->owner.as<TypeObject>()));
  return f->method->name;
}

// The argument-count errors, worded as CPython words them for each kind of
// built-in. Out of line for the same reason as check_descriptor_receiver.
[[gnu::noinline]] static Error argument_count_error(ThreadState& ts, const BuiltinFunctionObject* f, int given) {
  const NativeMethod* m = f->method;
  std::string name = name_or_type(f, std::strcmp(m->name, "__new__") == 0 ? "__new__" : "__init__");
  if (m->min_args == m->max_args) {
    if (m->max_args == 0)
      return raise_type_error(ts, "%s takes no arguments (%d given)", display_name(f).c_str(), given);
    if (m->max_args == 1)
      return raise_type_error(ts, "%s takes exactly one argument (%d given)", display_name(f).c_str(), given);
    return raise_type_error(ts, "%s expected %d arguments, got %d", name.c_str(), m->max_args, given);
  }
  if (given < m->min_args) {
    // A static method that is not __new__ counts its first argument too.
    int shift = (m->flags & kNativeStatic) && std::strcmp(m->name, "__new__") != 0 ? 1 : 0;
    return raise_type_error(ts, "%s expected at least %d argument%s, got %d", name.c_str(), m->min_args + shift,
                            m->min_args + shift == 1 ? "" : "s", given + shift);
  }
  // Methods that take keywords word it like CPython's keyword argument parser
  // (a type's __new__/__init__ named after the type: "int() takes at most ...").
  if (!(m->flags & (kNativeNoKeywords | kNativeArgsTuple)) && !f->owner.is_null())
    return raise_type_error(ts, "%s() takes at most %d argument%s (%d given)", name.c_str(), m->max_args,
                            m->max_args == 1 ? "" : "s", given);
  return raise_type_error(ts, "%s expected at most %d argument%s, got %d", name.c_str(), m->max_args,
                          m->max_args == 1 ? "" : "s", given);
}

// A built-in __new__ called directly (int.__new__(X, ...)): X must be a
// subtype of the type that defines it.
[[gnu::noinline]] static Status check_new_receiver(ThreadState& ts, const BuiltinFunctionObject* f, CallArgs args) {
  std::string owner = type_name(f->owner.as<TypeObject>());
  if (args.nargs == 0) return raise_type_error(ts, "%s.__new__(): not enough arguments", owner.c_str());
  if (!args[0].is_object() || args[0].as_object()->kind() != ObjectKind::Type)
    return raise_type_error(ts, "%s.__new__(X): X is not a type object (%s)", owner.c_str(),
                            type_name_of(args[0]).c_str());
  TypeObject* cls = args[0].as<TypeObject>();
  if (!type_is_subtype(cls, f->owner.as<TypeObject>()))
    return raise_type_error(ts, "%s.__new__(%s): %s is not a subtype of %s", owner.c_str(), type_name(cls).c_str(),
                            type_name(cls).c_str(), owner.c_str());
  return ok_status();
}

Result<Value> call_builtin_function(ThreadState& ts, BuiltinFunctionObject* fobj, CallArgs args) {
  const BuiltinFunctionObject* f = stm::view(fobj);
  const NativeMethod* m = f->method;
  Value self = f->self;
  CallArgs rest = args;
  if (self.is_null() && !f->owner.is_null() && !(m->flags & kNativeStatic)) {
    // An unbound method descriptor called as Type.method(obj, ...).
    if (args.nargs == 0) {
      return raise_type_error(ts, "unbound method %s.%s() needs an argument",
                              std::string(type_name(f->owner.as<TypeObject>())).c_str(), m->name);
    }
    self = args[0];
    if (type_of(self) != f->owner.as<TypeObject>()) PY_TRY(check_descriptor_receiver(ts, f, self));
    rest.args = args.args + 1;
    rest.nargs = args.nargs - 1;
  }
  if ((m->flags & kNativeNoKeywords) && rest.nkw() > 0) {
    return raise_type_error(ts, "%s takes no keyword arguments", display_name(f).c_str());
  }
  if ((m->flags & kNativeStatic) && !f->owner.is_null() && f->owner.as_object()->kind() == ObjectKind::Type &&
      (rest.nargs == 0 || !rest.args[0].is(f->owner)) &&
      std::strcmp(m->name, "__new__") == 0)
    PY_TRY(check_new_receiver(ts, f, rest));
  int given = static_cast<int>(rest.nargs) - ((m->flags & kNativeStatic) ? 1 : 0);
  if (given < m->min_args || (m->max_args >= 0 && given > m->max_args)) return argument_count_error(ts, f, given);
  Result<Value> r = m->fn(ts, self, rest);
  // A built-in __new__ called for a subclass (cls is a heap type) makes an
  // instance of its own type: give it the subclass's type and dict field.
  if ((m->flags & kNativeStatic) && r.ok() && rest.nargs > 0 && std::strcmp(m->name, "__new__") == 0 &&
      rest.args[0].is_object() && rest.args[0].as_object()->kind() == ObjectKind::Type) {
    TypeObject* cls = rest.args[0].as<TypeObject>();
    Value obj = r.value();
    const TypeObject* c = stm::read(cls);
    if ((c->flags & kTypeHeap) && obj.is_small_int() && c->instance_kind == ObjectKind::BigInt)
      return retype_instance(obj, cls);
    if ((c->flags & kTypeHeap) && obj.is_object() && c->instance_kind == obj.as_object()->kind() &&
        type_is_subtype(cls, obj.as_object()->type())) {
      bool wrong_type = obj.as_object()->type() != cls;
      bool no_room = c->dict_offset == kDictAtEnd && gc::object_size(&obj.as_object()->header) < c->instance_size;
      if (wrong_type || no_room) return retype_instance(obj, cls);
    }
  }
  return r;
}

Status check_keywords(ThreadState& ts, const char* function_name, CallArgs args,
                      std::initializer_list<const char*> allowed) {
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string name = str_to_utf8(args.kw_name(i));
    bool ok = false;
    for (const char* a : allowed) ok |= name == a;
    if (!ok) {
      return raise_type_error(ts, "'%s' is an invalid keyword argument for %s()", name.c_str(), function_name);
    }
  }
  return ok_status();
}

Value keyword_arg(CallArgs args, const char* name) {
  size_t len = std::strlen(name);
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string k = str_to_utf8(args.kw_name(i));
    if (k.size() == len && k == name) return args.kw_value(i);
  }
  return Value();
}

}  // namespace pystm
