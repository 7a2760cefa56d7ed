// runtime/vm/builtin_types.h — the built-in types and singletons, created at
// startup and rooted for the whole run.
// Owns: the list of built-in types (one X-macro list) and the singletons.
#pragma once
#include "runtime/core/value.h"

namespace pystm {

struct TypeObject;

// BUILTIN_TYPE(variable, "python name")
#define PYSTM_BUILTIN_TYPES(X)                                   \
  X(object, "object") X(type, "type") X(int, "int") X(bool, "bool") \
  X(float, "float") X(complex, "complex") X(str, "str") X(bytes, "bytes") X(bytearray, "bytearray") X(memoryview, "memoryview") X(tuple, "tuple") \
  X(list, "list") X(dict, "dict") X(set, "set") X(frozenset, "frozenset") \
  X(none, "NoneType") X(notimplemented, "NotImplementedType")      \
  X(ellipsis, "ellipsis") X(function, "function") X(code, "code")  \
  X(cell, "cell") X(method, "method")                              \
  X(builtin_function, "builtin_function_or_method")                \
  X(module, "module") X(frame, "frame") X(traceback, "traceback")   \
  X(range, "range") X(slice, "slice") X(list_iterator, "list_iterator") \
  X(tuple_iterator, "tuple_iterator") X(str_iterator, "str_ascii_iterator") \
  X(range_iterator, "range_iterator") X(dict_keyiterator, "dict_keyiterator") \
  X(dict_valueiterator, "dict_valueiterator") X(dict_itemiterator, "dict_itemiterator") \
  X(dict_keys, "dict_keys") X(dict_values, "dict_values") X(dict_items, "dict_items") \
  X(enumerate, "enumerate") X(zip, "zip") X(map, "map") X(filter, "filter") \
  X(property, "property") X(staticmethod, "staticmethod") X(classmethod, "classmethod") \
  X(super, "super") X(generator, "generator") X(coroutine, "coroutine") X(reversed, "reversed") \
  X(async_generator, "async_generator") X(async_generator_asend, "async_generator_asend") \
  X(async_generator_athrow, "async_generator_athrow") X(anext_awaitable, "anext_awaitable") \
  X(coroutine_wrapper, "coroutine_wrapper") \
  X(set_iterator, "set_iterator") X(bytes_iterator, "bytes_iterator") \
  X(bytearray_iterator, "bytearray_iterator") X(memory_iterator, "memory_iterator") X(callable_iterator, "callable_iterator")

#define PYSTM_DECLARE_TYPE(var, name) extern TypeObject* g_##var##_type;
PYSTM_BUILTIN_TYPES(PYSTM_DECLARE_TYPE)
#undef PYSTM_DECLARE_TYPE

// Singletons (heap objects created at startup).
extern Value g_none;
extern Value g_true;
extern Value g_false;
extern Value g_notimplemented;
extern Value g_ellipsis;

inline Value bool_value(bool b) { return b ? g_true : g_false; }

}  // namespace pystm
