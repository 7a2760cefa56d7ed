// runtime/objects/builtin_function.h — functions and methods written in C++.
// Owns: the native calling convention (CallArgs), NativeMethod descriptors and
// BuiltinFunctionObject (a NativeMethod, optionally bound to `self`).
// Must never: keep Python values anywhere but in the heap or on the stack.
//
// Calling convention (like CPython's vectorcall): positional arguments
// args[0..nargs), then keyword argument values args[nargs..nargs+nkw) named
// by kwnames (a tuple of str, or null when there are none).
#pragma once
#include <span>

#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TupleObject;
struct TypeObject;

struct CallArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  TupleObject* kwnames = nullptr;
  size_t nkw() const;
  Value operator[](size_t i) const { return args[i]; }
  Value kw_value(size_t i) const { return args[nargs + i]; }
  Value kw_name(size_t i) const;
};

using NativeFn = Result<Value> (*)(ThreadState& ts, Value self, CallArgs args);

enum NativeFlag : uint32_t {
  kNativeNoKeywords = 1u << 0,   // the call machinery rejects keyword arguments
  kNativeStatic = 1u << 1,       // in a type's namespace: not bound to instances (e.g. __new__ gets the type as args[0])
  kNativeClass = 1u << 2,        // classmethod: bound to the type
  // Takes **kwargs but counts positional arguments like CPython's
  // PyArg_UnpackTuple: "update expected at most 1 argument, got 2" (an
  // __init__ is named after its type).
  kNativeArgsTuple = 1u << 3,
  // gc.collect(): the interpreter clears the dead part of the C stack before
  // the call, so words left there by finished calls keep no garbage alive.
  kNativeCollects = 1u << 4,
};

struct NativeMethod {
  const char* name;
  NativeFn fn;
  int min_args;      // positional arguments (self excluded)
  int max_args;      // -1: unlimited
  uint32_t flags;
  const char* doc;
};

struct BuiltinFunctionObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::BuiltinFunction;
  const NativeMethod* method;
  Value self;        // null for a plain function; the receiver for a bound method
  Value owner;       // the type that defines it (for method descriptors), or null
  void visit_edges(gc::Visitor& v) { visit_value(v, self); visit_value(v, owner); }
};

Value make_builtin_function(const NativeMethod* method, Value self, Value owner = Value());
// A method found on a type that takes the instance as its first argument: a
// Python function, or an unbound native method that is neither static nor a
// classmethod. Calling it with (obj, args...) equals calling obj.method(args...).
bool is_plain_method(Value descr);
// Adds each method to type's namespace as an unbound method descriptor.
void add_native_methods(TypeObject* type, std::span<const NativeMethod> methods);
Result<Value> call_builtin_function(ThreadState& ts, BuiltinFunctionObject* f, CallArgs args);
// Records `module_name` (interned) as the __module__ of the plain native
// functions in native module `module` (pickle finds _codecs.encode by it).
void note_module_functions(Value module, Value module_name);
// __name__, __self__, repr, ... (builtin_function_attributes.cpp).
void init_builtin_function_attributes();

// Argument parsing helpers for native functions: fetch keyword `name` or
// positional index; null Value when absent. Raise TypeError for unexpected keywords
// when `allowed` does not contain them.
Status check_keywords(ThreadState& ts, const char* function_name, CallArgs args,
                      std::initializer_list<const char*> allowed);
Value keyword_arg(CallArgs args, const char* name);

}  // namespace pystm
