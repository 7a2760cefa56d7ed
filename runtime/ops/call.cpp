// runtime/ops/call.cpp — calling objects and binding descriptors
// (data model §3.3.2.3 "Invoking Descriptors", §3.3.6 "Emulating callable objects").
#include <alloca.h>

#include "runtime/objects/builtin_function.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/function_object.h"
#include "runtime/objects/method_object.h"
#include "runtime/objects/object_type.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

bool is_callable(Value v) {
  if (v.is_object()) {
    ObjectKind k = v.as_object()->kind();
    if (k == ObjectKind::Function || k == ObjectKind::BuiltinFunction || k == ObjectKind::BoundMethod ||
        k == ObjectKind::Type)
      return true;
  }
  return !lookup_special(v, g_name___call__).is_null();
}


TypeObject* type_of(Value v) {
  if (v.is_small_int()) return g_int_type;
  return v.as_object()->type();
}

bool is_instance_of(Value v, TypeObject* type) {
  TypeObject* t = type_of(v);
  return t == type || type_is_subtype(t, type);
}

Value lookup_special(Value obj, Value name) { return type_lookup(type_of(obj), name); }

static bool native_stack_exhausted(ThreadState& ts) {
  char probe;
  return reinterpret_cast<uintptr_t>(&probe) < ts.native_stack_limit;
}

Result<Value> call(ThreadState& ts, Value callable, CallArgs args) {
  if (native_stack_exhausted(ts)) [[unlikely]]
    return raise(ts, g_exc_RecursionError, "maximum recursion depth exceeded");
  if (callable.is_object()) {
    switch (callable.as_object()->kind()) {
      case ObjectKind::Function:
        return call_python_function(ts, callable.as<FunctionObject>(), args);
      case ObjectKind::BuiltinFunction:
        return call_builtin_function(ts, callable.as<BuiltinFunctionObject>(), args);
      case ObjectKind::BoundMethod: {
        const BoundMethodObject* m = stm::view(callable.as<BoundMethodObject>());
        size_t total = args.nargs + args.nkw() + 1;
        Value* buffer = static_cast<Value*>(alloca(total * sizeof(Value)));
        buffer[0] = m->self;
        for (size_t i = 0; i + 1 < total; ++i) buffer[i + 1] = args.args[i];
        return call(ts, m->function, CallArgs{buffer, args.nargs + 1, args.kwnames});
      }
      case ObjectKind::Type:
        if (callable.as_object()->type() == g_type_type) return type_call(ts, callable.as<TypeObject>(), args);
        break;
      default:
        break;
    }
  }
  Value method = lookup_special(callable, g_name___call__);
  if (method.is_null())
    return raise_type_error(ts, "'%s' object is not callable", type_name_of(callable).c_str());
  Value bound = PY_TRY(bind_descriptor(ts, method, callable, type_of(callable)));
  return call(ts, bound, args);
}

Result<Value> call(ThreadState& ts, Value callable, std::initializer_list<Value> args) {
  return call(ts, callable, CallArgs{args.begin(), args.size(), nullptr});
}

Result<Value> call_with_tuple(ThreadState& ts, Value callable, Value args, Value kwargs) {
  ValueVector all;
  for (int64_t i = 0; i < tuple_size(args); ++i) all.push_back(tuple_item(args, i));
  ValueVector names;
  int64_t pos = 0;
  Value k, v;
  if (!kwargs.is_null())
    while (dict_next(kwargs, &pos, &k, &v)) {
      names.push_back(k);
      all.push_back(v);
    }
  Value kwnames = names.empty() ? Value() : tuple_from(names.data(), static_cast<int64_t>(names.size()));
  return call(ts, callable,
              CallArgs{all.data(), static_cast<size_t>(tuple_size(args)),
                       kwnames.is_null() ? nullptr : kwnames.as<TupleObject>()});
}

Result<Value> call_special(ThreadState& ts, Value method, Value obj, std::initializer_list<Value> args) {
  // Plain functions and unbound native methods take obj as their first
  // argument: no bound-method object is made (operators, len(), iteration...).
  if (!is_plain_method(method)) {
    Value bound = PY_TRY(bind_descriptor(ts, method, obj, type_of(obj)));
    return call(ts, bound, CallArgs{args.begin(), args.size(), nullptr});
  }
  Value buffer[8];
  if (args.size() + 1 > 8) return raise(ts, g_exc_SystemError, "too many arguments to a special method");
  buffer[0] = obj;
  size_t n = 1;
  for (Value v : args) buffer[n++] = v;
  return call(ts, method, CallArgs{buffer, n, nullptr});
}

Result<Value> call_method(ThreadState& ts, Value obj, Value name, std::initializer_list<Value> args) {
  Value method = lookup_special(obj, name);
  if (method.is_null())
    return raise(ts, g_exc_AttributeError, "'%s' object has no attribute '%s'", type_name_of(obj).c_str(),
                 str_to_utf8(name).c_str());
  return call_special(ts, method, obj, args);
}

Result<Value> bind_descriptor(ThreadState& ts, Value descr, Value obj, TypeObject* type) {
  if (!descr.is_object()) return descr;
  switch (descr.as_object()->kind()) {
    case ObjectKind::Function:
      if (obj.is_null()) return descr;
      return bound_method_new(descr, obj);
    case ObjectKind::BuiltinFunction: {
      const BuiltinFunctionObject* f = stm::view(descr.as<BuiltinFunctionObject>());
      if (!f->self.is_null() || f->owner.is_null()) return descr;
      if (f->method->flags & kNativeStatic) return descr;
      if (f->method->flags & kNativeClass) return make_builtin_function(f->method, Value::from_object(type), f->owner);
      if (obj.is_null()) return descr;
      return make_builtin_function(f->method, obj, f->owner);
    }
    case ObjectKind::StaticMethod:
      return stm::read(descr.as<StaticMethodObject>())->callable;
    case ObjectKind::ClassMethod: {
      // Wrapping another descriptor (a property): classmethod.__get__ decides.
      Value callable = stm::read(descr.as<ClassMethodObject>())->callable;
      if (callable.is_object() && callable.as_object()->kind() != ObjectKind::Function &&
          callable.as_object()->kind() != ObjectKind::BuiltinFunction)
        break;
      return bound_method_new(callable, Value::from_object(type));
    }
    case ObjectKind::Str:
    case ObjectKind::Tuple:
    case ObjectKind::Dict:
    case ObjectKind::List:
    case ObjectKind::Float:
    case ObjectKind::BigInt:
    case ObjectKind::Singleton:
      return descr;
    default:
      break;
  }
  Value get = lookup_special(descr, g_name___get__);
  if (get.is_null()) return descr;
  Value bound_get = PY_TRY(bind_descriptor(ts, get, descr, type_of(descr)));
  return call(ts, bound_get, {obj.is_null() ? g_none : obj, Value::from_object(type)});
}

}  // namespace pystm
