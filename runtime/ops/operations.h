// runtime/ops/operations.h — the object protocols every part of the runtime
// uses: calling, attributes, operators, comparison, hashing, truth, iteration,
// conversion to str. These follow the Python data model (language reference
// §3.3) and dispatch to special methods; built-in types have fast paths.
// Every function taking ThreadState& may run Python code (so may collect).
#pragma once
#include <initializer_list>
#include <string>

#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

TypeObject* type_of(Value v);
bool is_instance_of(Value v, TypeObject* type);   // isinstance without __instancecheck__

// --- calls -------------------------------------------------------------------
// callable(v): functions, classes, methods, or a type with __call__.
bool is_callable(Value v);
Result<Value> call(ThreadState& ts, Value callable, CallArgs args);
Result<Value> call(ThreadState& ts, Value callable, std::initializer_list<Value> args);
// callable(*args, **kwargs): `args` a tuple, `kwargs` a dict or null.
Result<Value> call_with_tuple(ThreadState& ts, Value callable, Value args, Value kwargs);
// Calls type(obj).name(obj, args...) found by special-method lookup;
// AttributeError if missing.
Result<Value> call_method(ThreadState& ts, Value obj, Value name, std::initializer_list<Value> args);
// Calls `method` (found by lookup_special on obj's type) with obj as self.
Result<Value> call_special(ThreadState& ts, Value method, Value obj, std::initializer_list<Value> args);
// Special-method lookup on the type (not the instance); null when absent.
Value lookup_special(Value obj, Value name);
// Binds a descriptor found on a type to an instance (functions -> bound methods).
Result<Value> bind_descriptor(ThreadState& ts, Value descr, Value obj, TypeObject* type);

// --- attributes ----------------------------------------------------------------
Result<Value> get_attr(ThreadState& ts, Value obj, Value name);
// Like get_attr, but Value::absent() (no exception) when AttributeError would be raised.
Result<Value> get_attr_optional(ThreadState& ts, Value obj, Value name);
Status set_attr(ThreadState& ts, Value obj, Value name, Value value);
Status del_attr(ThreadState& ts, Value obj, Value name);
// object.__getattribute__ / __setattr__ semantics (the generic path).
Result<Value> generic_get_attr(ThreadState& ts, Value obj, Value name, bool suppress);
Status generic_set_attr(ThreadState& ts, Value obj, Value name, Value value);
// The type inherits object's / type's __getattribute__ (no Python-level override).
bool has_default_getattribute(TypeObject* type);
bool has_default_setattr(TypeObject* type);
// A descriptor with __set__ or __delete__ (it takes precedence over the instance dict).
bool is_data_descriptor(Value descr);
// Interpreter fast paths for instances of Python classes: the value found in
// the instance dict when nothing on the type takes precedence (null Value
// otherwise); storing into the instance dict when no data descriptor or
// __setattr__ intervenes (false otherwise). Never raise.
Value instance_attr_fast(Value obj, Value name);
bool instance_set_attr_fast(Value obj, Value name, Value value);

// --- operators -------------------------------------------------------------------
// op is a bytecode::BinaryOp value, in-place forms included.
Result<Value> binary_op(ThreadState& ts, Value a, Value b, uint32_t op);
// The Python function binary_op(a, b, op) would call first, when that is
// type(a).__op__ (a Python function, not a generator) and binary_op would
// use nothing else unless it returned NotImplemented; null otherwise. The
// interpreter runs it as a Python-to-Python call and hands a NotImplemented
// result to binary_op_after_forward, which goes on as binary_op would.
Value binary_forward_method(Value a, Value b, uint32_t op);
Result<Value> binary_op_after_forward(ThreadState& ts, Value a, Value b, uint32_t op);
Result<Value> unary_op(ThreadState& ts, Value v, uint32_t op);
// op is a bytecode::CompareOp value.
Result<Value> rich_compare(ThreadState& ts, Value a, Value b, uint32_t op);
Result<bool> rich_compare_bool(ThreadState& ts, Value a, Value b, uint32_t op);
Result<bool> equals(ThreadState& ts, Value a, Value b);   // identity shortcut, then ==
Result<bool> contains(ThreadState& ts, Value container, Value item);
Result<bool> is_true(ThreadState& ts, Value v);
Result<int64_t> hash(ThreadState& ts, Value v);
Result<int64_t> length(ThreadState& ts, Value v);
// __index__: ints, bools, or objects with __index__; TypeError otherwise.
Result<Value> index_value(ThreadState& ts, Value v);
Result<int64_t> index_as_ssize(ThreadState& ts, Value v);

// --- containers ------------------------------------------------------------------
Result<Value> get_item(ThreadState& ts, Value container, Value key);
Status set_item(ThreadState& ts, Value container, Value key, Value value);
Status del_item(ThreadState& ts, Value container, Value key);

// --- iteration --------------------------------------------------------------------
Result<Value> get_iter(ThreadState& ts, Value iterable);
// The next item; Value::absent() (no exception) when exhausted.
Result<Value> iter_next(ThreadState& ts, Value iterator);
// Collects an iterable into a new list.
Result<Value> sequence_to_list(ThreadState& ts, Value iterable);

// --- conversion to text -----------------------------------------------------------
Result<Value> repr(ThreadState& ts, Value v);
Result<Value> str(ThreadState& ts, Value v);
Result<std::string> repr_utf8(ThreadState& ts, Value v);
Result<std::string> str_utf8(ThreadState& ts, Value v);

}  // namespace pystm
