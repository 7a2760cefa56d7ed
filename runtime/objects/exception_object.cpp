// runtime/objects/exception_object.cpp — BaseException and its subclasses'
// behaviour (language reference §8.4; library "Built-in Exceptions").
#include "runtime/objects/exception_object.h"

#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

void ExceptionObject::visit_edges(gc::Visitor& v) {
  visit_ptr(v, dict);
  visit_ptr(v, args);
  visit_value(v, traceback);
  visit_value(v, cause);
  visit_value(v, context);
  visit_value(v, group_message);
  visit_value(v, group_exceptions);
}

bool is_exception_instance(Value v) {
  return v.is_object() && v.as_object()->kind() == ObjectKind::Exception;
}

bool is_exception_class(Value v) {
  return is_instance_of(v, g_type_type) && type_is_subtype(v.as<TypeObject>(), g_exc_BaseException);
}

Result<Value> exception_new(ThreadState& ts, TypeObject* type, Value args_tuple) {
  return call(ts, Value::from_object(type),
              CallArgs{tuple_items(args_tuple), static_cast<size_t>(tuple_size(args_tuple)), nullptr});
}

Value exception_args(Value exc) {
  TupleObject* args = stm::read(exc.as<ExceptionObject>())->args;
  return args ? Value::from_object(args) : g_empty_tuple;
}

void exception_add_traceback(Value exc, FrameObject* frame, int pc) {
  frame_mark_escaped(frame);
  TracebackObject* tb = allocate_object<TracebackObject>(g_traceback_type);
  TracebackObject* t = stm::view(tb);
  t->frame = frame;
  t->lasti = pc;
  t->lineno = code_line_at(stm::read(frame)->code, pc);
  ExceptionObject* e = stm::write(exc.as<ExceptionObject>());
  t->next = e->traceback;
  e->traceback = Value::from_object(tb);
}

namespace {

ExceptionObject* exc(Value v) { return v.as<ExceptionObject>(); }

Result<Value> base_exception_new(ThreadState&, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  ExceptionObject* e = allocate_object<ExceptionObject>(type, stm::read(type)->instance_size);
  stm::view(e)->args = tuple_from(args.args + 1, static_cast<int64_t>(args.nargs) - 1).as<TupleObject>();
  return Value::from_object(e);
}

// OSError(errno, strerror, ...) makes the subclass CPython maps errno to
// (OSError(2, 'x') is a FileNotFoundError), only when OSError itself is called.
Result<Value> os_error_new(ThreadState& ts, Value cls, CallArgs args) {
  if (args[0].as<TypeObject>() == g_exc_OSError && args.nargs >= 3 && args.nargs <= 6 && args[1].is_small_int()) {
    TypeObject* sub = os_error_type_for_errno(static_cast<int>(args[1].as_small_int()));
    if (sub != g_exc_OSError) {
      std::vector<Value> copy(args.args, args.args + args.nargs);
      copy[0] = Value::from_object(sub);
      return base_exception_new(ts, cls, CallArgs{copy.data(), copy.size(), args.kwnames});
    }
  }
  return base_exception_new(ts, cls, args);
}

Result<Value> base_exception_init(ThreadState&, Value self, CallArgs args) {
  stm::write(exc(self))->args = tuple_from(args.args, static_cast<int64_t>(args.nargs)).as<TupleObject>();
  return g_none;
}

Result<Value> base_exception_str(ThreadState& ts, Value self, CallArgs) {
  Value args = exception_args(self);
  int64_t n = tuple_size(args);
  if (n == 0) return str_from_ascii("");
  if (n == 1) return str(ts, tuple_item(args, 0));
  return str(ts, args);
}

Result<Value> key_error_str(ThreadState& ts, Value self, CallArgs a) {
  Value args = exception_args(self);
  if (tuple_size(args) == 1) return repr(ts, tuple_item(args, 0));
  return base_exception_str(ts, self, a);
}

Result<Value> base_exception_repr(ThreadState& ts, Value self, CallArgs) {
  std::string name(type_name(type_of(self)));
  Value args = exception_args(self);
  if (tuple_size(args) == 1) return str_from_utf8(name + "(" + PY_TRY(repr_utf8(ts, tuple_item(args, 0))) + ")");
  return str_from_utf8(name + PY_TRY(repr_utf8(ts, args)));
}

Result<Value> get_args(ThreadState&, Value self, CallArgs) { return exception_args(self); }
Result<Value> set_args(ThreadState& ts, Value self, CallArgs args) {
  Value list = PY_TRY(sequence_to_list(ts, args[0]));
  stm::write(exc(self))->args = list_to_tuple(list).as<TupleObject>();
  return g_none;
}
Result<Value> or_none(Value v) { return v.is_null() ? g_none : v; }
Result<Value> get_traceback(ThreadState&, Value self, CallArgs) { return or_none(stm::read(exc(self))->traceback); }
Result<Value> set_traceback(ThreadState&, Value self, CallArgs args) {
  stm::write(exc(self))->traceback = args[0].is(g_none) ? Value() : args[0];
  return g_none;
}
Result<Value> get_cause(ThreadState&, Value self, CallArgs) { return or_none(stm::read(exc(self))->cause); }
Result<Value> set_cause(ThreadState&, Value self, CallArgs args) {
  ExceptionObject* e = stm::write(exc(self));
  e->cause = args[0].is(g_none) ? Value() : args[0];
  e->suppress_context = true;
  return g_none;
}
Result<Value> get_context(ThreadState&, Value self, CallArgs) { return or_none(stm::read(exc(self))->context); }
Result<Value> set_context(ThreadState&, Value self, CallArgs args) {
  stm::write(exc(self))->context = args[0].is(g_none) ? Value() : args[0];
  return g_none;
}
Result<Value> get_suppress(ThreadState&, Value self, CallArgs) { return bool_value(stm::read(exc(self))->suppress_context); }
Result<Value> set_suppress(ThreadState& ts, Value self, CallArgs args) {
  bool b = PY_TRY(is_true(ts, args[0]));
  stm::write(exc(self))->suppress_context = b;
  return g_none;
}
Result<Value> with_traceback(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(set_traceback(ts, self, args));
  return self;
}
// BaseException.add_note(note): appends to the __notes__ list (PEP 678).
Result<Value> add_note(ThreadState& ts, Value self, CallArgs args) {
  Value note = args[0];
  if (!is_instance_of(note, g_str_type))
    return raise_type_error(ts, "note must be a str, not '%s'", type_name_of(note).c_str());
  Value name = str_intern("__notes__");
  Value notes = PY_TRY(get_attr_optional(ts, self, name));
  if (notes.is_absent()) {
    notes = list_new();
    PY_TRY(set_attr(ts, self, name, notes));
  } else if (!is_list(notes)) {
    return raise_type_error(ts, "Cannot add note: __notes__ is not a list");
  }
  list_append(notes, note);
  return g_none;
}
Result<Value> first_arg_or_none(ThreadState&, Value self, CallArgs) {
  Value args = exception_args(self);
  return tuple_size(args) > 0 ? tuple_item(args, 0) : g_none;
}
Result<Value> system_exit_code(ThreadState&, Value self, CallArgs) {
  Value args = exception_args(self);
  if (tuple_size(args) == 0) return g_none;
  if (tuple_size(args) == 1) return tuple_item(args, 0);
  return args;
}

const NativeMethod kBaseExceptionMethods[] = {
    {"__new__", base_exception_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", base_exception_init, 0, -1, 0, nullptr},
    {"__str__", base_exception_str, 0, 0, 0, nullptr},
    {"__repr__", base_exception_repr, 0, 0, 0, nullptr},
    {"with_traceback", with_traceback, 1, 1, 0, nullptr},
    {"add_note", add_note, 1, 1, kNativeNoKeywords, nullptr},
};
const NativeMethod kKeyErrorMethods[] = {{"__str__", key_error_str, 0, 0, 0, nullptr}};

// OSError(errno, strerror[, filename[, winerror[, filename2]]]):
// "[Errno N] strerror[: 'filename'[ -> 'filename2']]".
Result<Value> os_error_str(ThreadState& ts, Value self, CallArgs a) {
  Value args = exception_args(self);
  int64_t n = tuple_size(args);
  if (n >= 2 && n <= 5) {
    std::string out = "[Errno " + PY_TRY(str_utf8(ts, tuple_item(args, 0))) + "] " + PY_TRY(str_utf8(ts, tuple_item(args, 1)));
    if (n >= 3 && !tuple_item(args, 2).is(g_none)) {
      out += ": " + PY_TRY(repr_utf8(ts, tuple_item(args, 2)));
      if (n == 5 && !tuple_item(args, 4).is(g_none)) out += " -> " + PY_TRY(repr_utf8(ts, tuple_item(args, 4)));
    }
    return str_from_utf8(out);
  }
  return base_exception_str(ts, self, a);
}
Result<Value> os_error_field(Value self, int64_t index) {
  Value args = exception_args(self);
  int64_t n = tuple_size(args);
  if (n >= 2 && n <= 5 && index < n) return tuple_item(args, index);
  return g_none;
}
Result<Value> os_error_errno(ThreadState&, Value self, CallArgs) { return os_error_field(self, 0); }
Result<Value> os_error_strerror(ThreadState&, Value self, CallArgs) { return os_error_field(self, 1); }
Result<Value> os_error_filename(ThreadState&, Value self, CallArgs) { return os_error_field(self, 2); }
Result<Value> os_error_filename2(ThreadState&, Value self, CallArgs) { return os_error_field(self, 4); }
const NativeMethod kOSErrorMethods[] = {{"__str__", os_error_str, 0, 0, 0, nullptr},
                                        {"__new__", os_error_new, 0, -1, kNativeStatic, nullptr}};
const NativeMethod kOSErrorGetters[] = {
    {"errno", os_error_errno, 0, 0, 0, nullptr},
    {"strerror", os_error_strerror, 0, 0, 0, nullptr},
    {"filename", os_error_filename, 0, 0, 0, nullptr},
    {"filename2", os_error_filename2, 0, 0, 0, nullptr},
};

const NativeMethod kGetters[] = {
    {"args", get_args, 0, 0, 0, nullptr},
    {"__traceback__", get_traceback, 0, 0, 0, nullptr},
    {"__cause__", get_cause, 0, 0, 0, nullptr},
    {"__context__", get_context, 0, 0, 0, nullptr},
    {"__suppress_context__", get_suppress, 0, 0, 0, nullptr},
    {"value", first_arg_or_none, 0, 0, 0, nullptr},
    {"code", system_exit_code, 0, 0, 0, nullptr},
};
const NativeMethod kSetters[] = {
    {"args", set_args, 1, 1, 0, nullptr},
    {"__traceback__", set_traceback, 1, 1, 0, nullptr},
    {"__cause__", set_cause, 1, 1, 0, nullptr},
    {"__context__", set_context, 1, 1, 0, nullptr},
    {"__suppress_context__", set_suppress, 1, 1, 0, nullptr},
};

// Traceback objects (data model §3.2 "Traceback objects").
TracebackObject* tb(Value v) { return v.as<TracebackObject>(); }
Result<Value> tb_frame(ThreadState&, Value self, CallArgs) {
  FrameObject* f = stm::read(tb(self))->frame;
  frame_mark_escaped(f);
  return Value::from_object(f);
}
Result<Value> tb_lineno(ThreadState&, Value self, CallArgs) { return Value::small_int(stm::read(tb(self))->lineno); }
Result<Value> tb_lasti(ThreadState&, Value self, CallArgs) {
  return Value::small_int(2 * static_cast<int64_t>(stm::read(tb(self))->lasti));
}
Result<Value> tb_next(ThreadState&, Value self, CallArgs) { return or_none(stm::read(tb(self))->next); }
Result<Value> tb_set_next(ThreadState& ts, Value self, CallArgs args) {
  Value next = args[0];
  if (!next.is(g_none) && type_of(next) != g_traceback_type)
    return raise_type_error(ts, "expected traceback object, got '%s'", type_name_of(next).c_str());
  for (Value t = next; !t.is(g_none) && !t.is_null(); t = stm::read(tb(t))->next)
    if (t.is(self)) return raise_value_error(ts, "traceback loop detected");
  stm::write(tb(self))->next = next.is(g_none) ? Value() : next;
  return g_none;
}
const NativeMethod kTracebackGetters[] = {
    {"tb_next", tb_next, 0, 0, 0, nullptr},
    {"tb_frame", tb_frame, 0, 0, 0, nullptr},
    {"tb_lineno", tb_lineno, 0, 0, 0, nullptr},
    {"tb_lasti", tb_lasti, 0, 0, 0, nullptr},
};
const NativeMethod kTracebackSetters[] = {{"tb_next", tb_set_next, 1, 1, 0, nullptr}};

}  // namespace

void init_exception_types() {
  add_native_property(g_traceback_type, &kTracebackGetters[0], &kTracebackSetters[0]);
  for (int i = 1; i < 4; ++i) add_native_property(g_traceback_type, &kTracebackGetters[i], nullptr);
  add_native_methods(g_exc_BaseException, kBaseExceptionMethods);
  add_native_methods(g_exc_KeyError, kKeyErrorMethods);
  add_native_methods(g_exc_OSError, kOSErrorMethods);
  for (const NativeMethod& g : kOSErrorGetters) add_native_property(g_exc_OSError, &g, nullptr);
  for (int i = 0; i < 5; ++i) add_native_property(g_exc_BaseException, &kGetters[i], &kSetters[i]);
  add_native_property(g_exc_StopIteration, &kGetters[5], nullptr);
  add_native_property(g_exc_SystemExit, &kGetters[6], nullptr);
}

}  // namespace pystm
