// runtime/objects/exception_object.h — BaseException instances and tracebacks.
// Owns: the layout shared by every exception class, traceback entries, and
// the exception types' methods. Must never: print (see vm/traceback_printer).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct DictObject;
struct TupleObject;
struct FrameObject;
struct ThreadState;
struct TypeObject;

struct ExceptionObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Exception;
  DictObject* dict;          // keep first: dict_offset
  TupleObject* args;
  Value traceback;           // TracebackObject or null
  Value cause;               // null when unset (None to Python)
  Value context;
  bool suppress_context;
  // BaseExceptionGroup instances only (exception_group.cpp): the message str
  // and the tuple of sub-exceptions; null for every other exception.
  Value group_message;
  Value group_exceptions;
  void visit_edges(gc::Visitor& v);
};

struct TracebackObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Traceback;
  Value next;                // TracebackObject or null
  FrameObject* frame;
  int32_t lasti;
  int32_t lineno;
  void visit_edges(gc::Visitor& v) { visit_value(v, next); visit_ptr(v, frame); }
};

bool is_exception_instance(Value v);
bool is_exception_class(Value v);
// Creates an instance of an exception class with the given args tuple.
Result<Value> exception_new(ThreadState& ts, TypeObject* type, Value args_tuple);
// Prepends a traceback entry for (frame, pc) to exc.__traceback__.
void exception_add_traceback(Value exc, FrameObject* frame, int pc);
Value exception_args(Value exc);
// The OSError subclass for an errno value (FileNotFoundError for ENOENT, ...).
TypeObject* os_error_subclass(Value err);
// Sets an attribute kept in the exception's instance dict (AttributeError.name,
// ImportError.name, ...) on an exception the runtime raised.
void exception_set_field(Value exc, const char* name, Value value);

void init_exception_types();

}  // namespace pystm
