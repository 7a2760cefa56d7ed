// runtime/objects/exception_object.cpp — BaseException and its subclasses'
// behaviour (language reference §8.4; library "Built-in Exceptions").
#include "runtime/objects/exception_object.h"

#include <cerrno>
#include <cstdio>
#include <iterator>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/code_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/frame_object.h"
#include "runtime/objects/instance_object.h"
#include "runtime/objects/int_object.h"
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
Result<Value> set_traceback(ThreadState& ts, Value self, CallArgs args) {
  if (!args[0].is(g_none) && type_of(args[0]) != g_traceback_type)
    return raise_type_error(ts, "__traceback__ must be a traceback or None");
  stm::write(exc(self))->traceback = args[0].is(g_none) ? Value() : args[0];
  return g_none;
}
Result<Value> get_cause(ThreadState&, Value self, CallArgs) { return or_none(stm::read(exc(self))->cause); }
Result<Value> set_cause(ThreadState& ts, Value self, CallArgs args) {
  if (!args[0].is(g_none) && !is_exception_instance(args[0]))
    return raise_type_error(ts, "exception cause must be None or derive from BaseException");
  ExceptionObject* e = stm::write(exc(self));
  e->cause = args[0].is(g_none) ? Value() : args[0];
  e->suppress_context = true;
  return g_none;
}
Result<Value> get_context(ThreadState&, Value self, CallArgs) { return or_none(stm::read(exc(self))->context); }
Result<Value> set_context(ThreadState& ts, Value self, CallArgs args) {
  if (!args[0].is(g_none) && !is_exception_instance(args[0]))
    return raise_type_error(ts, "exception context must be None or derive from BaseException");
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

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5
// arguments the fields are parsed and args keeps the first two. The fields
// live in the instance dict (hidden behind the data descriptors below), so
// they can be assigned.
const char* const kOSErrorFields[] = {"errno", "strerror", "filename", "filename2"};

Value os_error_dict(Value self) {
  DictObject** slot = instance_dict_slot(self);
  DictObject* d = *stm::read(slot);
  if (!d) {
    d = dict_new().as<DictObject>();
    set_instance_dict(self, d);
  }
  return Value::from_object(d);
}

void os_error_parse(Value self, const Value* args, int64_t n) {
  Value dict = os_error_dict(self);
  Value fields[4] = {g_none, g_none, g_none, g_none};
  // BlockingIOError(errno, strerror, characters_written): an int third
  // argument is no filename, and args keeps every argument.
  bool written = n >= 3 && n <= 5 && type_is_subtype(type_of(self), g_exc_BlockingIOError) && is_int(args[2]);
  if (n >= 2 && n <= 5) {
    fields[0] = args[0];
    fields[1] = args[1];
    if (n >= 3 && !written) fields[2] = args[2];
    if (n == 5) fields[3] = args[4];
    if (written) dict_set_str(dict, str_intern("characters_written"), args[2]);
    stm::write(exc(self))->args = tuple_from(args, written ? n : 2).as<TupleObject>();
  } else {
    stm::write(exc(self))->args = tuple_from(args, n).as<TupleObject>();
  }
  for (int i = 0; i < 4; ++i) dict_set_str(dict, str_intern(kOSErrorFields[i]), fields[i]);
}

// An attribute kept in the exception's instance dict; null when unset.
Value dict_field(Value self, const char* name) {
  DictObject* d = *stm::read(instance_dict_slot(self));
  return d ? dict_get_str(Value::from_object(d), str_intern(name)) : Value();
}

Value os_error_field(Value self, int index) {
  Value v = dict_field(self, kOSErrorFields[index]);
  return v.is_null() ? g_none : v;
}

// The subclass CPython picks for OSError(errno, ...) (PEP 3151).
TypeObject* os_error_subclass_impl(Value err) {
  int64_t e;
  if (!is_int(err) || !int_to_int64(err, &e) || e != static_cast<int>(e)) return g_exc_OSError;
  return os_error_type_for_errno(static_cast<int>(e));
}

Result<Value> os_error_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  int64_t n = static_cast<int64_t>(args.nargs) - 1;
  if (type == g_exc_OSError && n >= 2 && n <= 5) type = os_error_subclass_impl(args[1]);
  ExceptionObject* e = allocate_object<ExceptionObject>(type, stm::read(type)->instance_size);
  Value self = Value::from_object(e);
  os_error_parse(self, args.args + 1, n);
  return self;
}

Result<Value> os_error_init(ThreadState&, Value self, CallArgs args) {
  os_error_parse(self, args.args, static_cast<int64_t>(args.nargs));
  return g_none;
}

Result<Value> os_error_str(ThreadState& ts, Value self, CallArgs a) {
  Value err = os_error_field(self, 0), strerror = os_error_field(self, 1);
  Value filename = os_error_field(self, 2), filename2 = os_error_field(self, 3);
  if (!filename.is(g_none)) {
    std::string out = "[Errno " + PY_TRY(str_utf8(ts, err)) + "] " + PY_TRY(str_utf8(ts, strerror)) + ": " +
                      PY_TRY(repr_utf8(ts, filename));
    if (!filename2.is(g_none)) out += " -> " + PY_TRY(repr_utf8(ts, filename2));
    return str_from_utf8(out);
  }
  if (!err.is(g_none) && !strerror.is(g_none))
    return str_from_utf8("[Errno " + PY_TRY(str_utf8(ts, err)) + "] " + PY_TRY(str_utf8(ts, strerror)));
  return base_exception_str(ts, self, a);
}
template <int index>
Result<Value> os_error_get(ThreadState&, Value self, CallArgs) { return os_error_field(self, index); }
template <int index>
Result<Value> os_error_set(ThreadState&, Value self, CallArgs args) {
  dict_set_str(os_error_dict(self), str_intern(kOSErrorFields[index]), args[0]);
  return g_none;
}
// BlockingIOError.characters_written: an int in the instance dict; reading
// or deleting it unset raises AttributeError.
Result<Value> characters_written_get(ThreadState& ts, Value self, CallArgs) {
  Value v = dict_field(self, "characters_written");
  if (v.is_null()) return raise(ts, g_exc_AttributeError, "characters_written");
  return v;
}
Result<Value> characters_written_set(ThreadState& ts, Value self, CallArgs args) {
  Value n = PY_TRY(index_value(ts, args[0]));
  dict_set_str(os_error_dict(self), str_intern("characters_written"), n);
  return g_none;
}
Result<Value> characters_written_del(ThreadState& ts, Value self, CallArgs) {
  if (!dict_del_str(os_error_dict(self), str_intern("characters_written")))
    return raise(ts, g_exc_AttributeError, "characters_written");
  return g_none;
}
const NativeMethod kCharactersWritten[] = {
    {"characters_written", characters_written_get, 0, 0, 0, nullptr},
    {"characters_written", characters_written_set, 1, 1, 0, nullptr},
    {"characters_written", characters_written_del, 0, 0, 0, nullptr},
};

const NativeMethod kOSErrorMethods[] = {
    {"__new__", os_error_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", os_error_init, 0, -1, 0, nullptr},
    {"__str__", os_error_str, 0, 0, 0, nullptr},
};
const NativeMethod kOSErrorGetters[] = {
    {"errno", os_error_get<0>, 0, 0, 0, nullptr},
    {"strerror", os_error_get<1>, 0, 0, 0, nullptr},
    {"filename", os_error_get<2>, 0, 0, 0, nullptr},
    {"filename2", os_error_get<3>, 0, 0, 0, nullptr},
};
const NativeMethod kOSErrorSetters[] = {
    {"errno", os_error_set<0>, 1, 1, 0, nullptr},
    {"strerror", os_error_set<1>, 1, 1, 0, nullptr},
    {"filename", os_error_set<2>, 1, 1, 0, nullptr},
    {"filename2", os_error_set<3>, 1, 1, 0, nullptr},
};

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
// the fields are instance attributes, None when not given.
const char* const kSyntaxErrorFields[] = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

Result<Value> syntax_error_init(ThreadState& ts, Value self, CallArgs args) {
  stm::write(exc(self))->args = tuple_from(args.args, static_cast<int64_t>(args.nargs)).as<TupleObject>();
  Value fields[7];
  for (Value& f : fields) f = g_none;
  if (args.nargs >= 1) fields[0] = args[0];
  if (args.nargs == 2) {
    Value info = PY_TRY(sequence_to_list(ts, args[1]));
    int64_t n = list_size(info);
    if (n < 4 || n > 6)
      return raise(ts, g_exc_IndexError, "tuple index out of range");
    for (int64_t i = 0; i < n; ++i) fields[i + 1] = list_get(info, i);
  }
  Value dict = os_error_dict(self);
  for (int i = 0; i < 7; ++i) dict_set_str(dict, str_intern(kSyntaxErrorFields[i]), fields[i]);
  dict_set_str(dict, str_intern("print_file_and_line"), g_none);
  return g_none;
}

// "msg (file.py, line 3)": the file's base name, as CPython prints it.
Result<Value> syntax_error_str(ThreadState& ts, Value self, CallArgs a) {
  Value msg = PY_TRY(get_attr_optional(ts, self, str_intern("msg")));
  Value filename = PY_TRY(get_attr_optional(ts, self, str_intern("filename")));
  Value lineno = PY_TRY(get_attr_optional(ts, self, str_intern("lineno")));
  if (msg.is_absent() || msg.is(g_none)) return base_exception_str(ts, self, a);
  std::string text = PY_TRY(str_utf8(ts, msg));
  bool have_file = !filename.is_absent() && is_str(filename);
  bool have_line = !lineno.is_absent() && is_int(lineno);
  std::string file = have_file ? str_to_utf8(filename) : "";
  if (size_t slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
  if (have_file && have_line) return str_from_utf8(text + " (" + file + ", line " + PY_TRY(str_utf8(ts, lineno)) + ")");
  if (have_file) return str_from_utf8(text + " (" + file + ")");
  if (have_line) return str_from_utf8(text + " (line " + PY_TRY(str_utf8(ts, lineno)) + ")");
  return str_from_utf8(text);
}
const NativeMethod kSyntaxErrorMethods[] = {
    {"__init__", syntax_error_init, 0, -1, 0, nullptr},
    {"__str__", syntax_error_str, 0, 0, 0, nullptr},
};

// Attributes kept in the instance dict behind a data descriptor, None until
// set: ImportError.name/path/msg, AttributeError.name/obj, NameError.name.
template <const char* const* key>
Result<Value> dict_field_get(ThreadState&, Value self, CallArgs) {
  Value v = dict_field(self, *key);
  return v.is_null() ? g_none : v;
}
template <const char* const* key>
Result<Value> dict_field_set(ThreadState&, Value self, CallArgs args) {
  dict_set_str(os_error_dict(self), str_intern(*key), args[0]);
  return g_none;
}
const char* const kNameKey = "name";
const char* const kPathKey = "path";
const char* const kMsgKey = "msg";
const char* const kObjKey = "obj";
#define PYSTM_DICT_FIELD(key, var)                                   \
  const NativeMethod var##_get = {key, dict_field_get<&var>, 0, 0, 0, nullptr}; \
  const NativeMethod var##_set = {key, dict_field_set<&var>, 1, 1, 0, nullptr};
PYSTM_DICT_FIELD("name", kNameKey)
PYSTM_DICT_FIELD("path", kPathKey)
PYSTM_DICT_FIELD("msg", kMsgKey)
PYSTM_DICT_FIELD("obj", kObjKey)
#undef PYSTM_DICT_FIELD

// ImportError(*args, name=None, path=None): msg is the only argument, if one.
Result<Value> import_error_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "ImportError", args, {"name", "path"}));
  stm::write(exc(self))->args = tuple_from(args.args, static_cast<int64_t>(args.nargs)).as<TupleObject>();
  Value dict = os_error_dict(self);
  Value name = keyword_arg(args, "name"), path = keyword_arg(args, "path");
  dict_set_str(dict, str_intern("name"), name.is_null() ? g_none : name);
  dict_set_str(dict, str_intern("path"), path.is_null() ? g_none : path);
  dict_set_str(dict, str_intern("msg"), args.nargs == 1 ? args[0] : g_none);
  return g_none;
}
// ImportError.msg: the one argument unless set (the runtime raises with args only).
Result<Value> import_error_msg(ThreadState& ts, Value self, CallArgs a) {
  if (!dict_field(self, "msg").is_null()) return dict_field_get<&kMsgKey>(ts, self, a);
  Value args = exception_args(self);
  return tuple_size(args) == 1 ? tuple_item(args, 0) : g_none;
}
Result<Value> import_error_str(ThreadState& ts, Value self, CallArgs a) {
  Value msg = PY_TRY(import_error_msg(ts, self, a));
  if (!msg.is(g_none)) return str(ts, msg);
  return base_exception_str(ts, self, a);
}
// AttributeError(*args, name=None, obj=None) and NameError(*args, name=None).
Result<Value> attribute_error_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "AttributeError", args, {"name", "obj"}));
  stm::write(exc(self))->args = tuple_from(args.args, static_cast<int64_t>(args.nargs)).as<TupleObject>();
  Value dict = os_error_dict(self);
  for (const char* k : {"name", "obj"}) {
    Value v = keyword_arg(args, k);
    if (!v.is_null()) dict_set_str(dict, str_intern(k), v);
  }
  return g_none;
}
Result<Value> name_error_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "NameError", args, {"name"}));
  stm::write(exc(self))->args = tuple_from(args.args, static_cast<int64_t>(args.nargs)).as<TupleObject>();
  Value v = keyword_arg(args, "name");
  if (!v.is_null()) dict_set_str(os_error_dict(self), str_intern("name"), v);
  return g_none;
}
const NativeMethod kImportErrorMethods[] = {
    {"__init__", import_error_init, 0, -1, 0, nullptr},
    {"__str__", import_error_str, 0, 0, 0, nullptr},
};
// UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason).
const char* const kUnicodeFields[] = {"encoding", "object", "start", "end", "reason"};
Result<Value> unicode_error_init(ThreadState& ts, Value self, CallArgs args) {
  stm::write(exc(self))->args = tuple_from(args.args, static_cast<int64_t>(args.nargs)).as<TupleObject>();
  if (args.nargs != 5) return g_none;  // raised by the runtime with a message only
  bool decode = is_instance_of(self, g_exc_UnicodeDecodeError);
  if (!is_str(args[0]))
    return raise_type_error(ts, "argument 1 must be str, not %s", type_name_of(args[0]).c_str());
  if (!decode && !is_str(args[1]))
    return raise_type_error(ts, "argument 2 must be str, not %s", type_name_of(args[1]).c_str());
  if (!is_int(args[2]) || !is_int(args[3]))
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer",
                            type_name_of(is_int(args[2]) ? args[3] : args[2]).c_str());
  if (!is_str(args[4]))
    return raise_type_error(ts, "argument 5 must be str, not %s", type_name_of(args[4]).c_str());
  Value dict = os_error_dict(self);
  Value object = args[1];
  if (decode && !is_instance_of(object, g_bytes_type)) {
    BytesArg data;
    PY_TRY(require_bytes_like(ts, object, &data));
    object = bytes_from(data.view.data(), static_cast<int64_t>(data.view.size()));
  }
  Value values[5] = {args[0], object, args[2], args[3], args[4]};
  for (int i = 0; i < 5; ++i) dict_set_str(dict, str_intern(kUnicodeFields[i]), values[i]);
  return g_none;
}
Result<Value> unicode_error_str(ThreadState& ts, Value self, CallArgs a) {
  Value f[5];
  for (int i = 0; i < 5; ++i) f[i] = dict_field(self, kUnicodeFields[i]);
  int64_t start, end;
  if (f[0].is_null() || f[1].is_null() || !is_int(f[2]) || !is_int(f[3]) || !int_to_int64(f[2], &start) ||
      !int_to_int64(f[3], &end))
    return base_exception_str(ts, self, a);
  std::string enc = PY_TRY(str_utf8(ts, f[0])), reason = PY_TRY(str_utf8(ts, f[4]));
  char buf[64];
  if (is_instance_of(self, g_exc_UnicodeDecodeError)) {
    if (end == start + 1 && is_instance_of(f[1], g_bytes_type) && start >= 0 && start < bytes_size(f[1])) {
      std::snprintf(buf, sizeof buf, "0x%02x", bytes_data(f[1])[start]);
      return str_from_utf8("'" + enc + "' codec can't decode byte " + buf + " in position " + std::to_string(start) +
                           ": " + reason);
    }
    return str_from_utf8("'" + enc + "' codec can't decode bytes in position " + std::to_string(start) + "-" +
                         std::to_string(end - 1) + ": " + reason);
  }
  if (end == start + 1 && is_str(f[1]) && start >= 0 && start < str_length(f[1])) {
    uint32_t c = str_char_at(f[1], start);
    std::snprintf(buf, sizeof buf, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x", c);
    return str_from_utf8("'" + enc + "' codec can't encode character '" + buf + "' in position " +
                         std::to_string(start) + ": " + reason);
  }
  return str_from_utf8("'" + enc + "' codec can't encode characters in position " + std::to_string(start) + "-" +
                       std::to_string(end - 1) + ": " + reason);
}
template <int index>
Result<Value> unicode_field_get(ThreadState& ts, Value self, CallArgs) {
  Value v = dict_field(self, kUnicodeFields[index]);
  if (v.is_null()) return raise(ts, g_exc_AttributeError, "%s attribute not set", kUnicodeFields[index]);
  return v;
}
template <int index>
Result<Value> unicode_field_set(ThreadState&, Value self, CallArgs args) {
  dict_set_str(os_error_dict(self), str_intern(kUnicodeFields[index]), args[0]);
  return g_none;
}
const NativeMethod kUnicodeErrorMethods[] = {
    {"__init__", unicode_error_init, 0, -1, 0, nullptr},
    {"__str__", unicode_error_str, 0, 0, 0, nullptr},
};
const NativeMethod kUnicodeGetters[] = {
    {"encoding", unicode_field_get<0>, 0, 0, 0, nullptr}, {"object", unicode_field_get<1>, 0, 0, 0, nullptr},
    {"start", unicode_field_get<2>, 0, 0, 0, nullptr},    {"end", unicode_field_get<3>, 0, 0, 0, nullptr},
    {"reason", unicode_field_get<4>, 0, 0, 0, nullptr},
};
const NativeMethod kUnicodeSetters[] = {
    {"encoding", unicode_field_set<0>, 1, 1, 0, nullptr}, {"object", unicode_field_set<1>, 1, 1, 0, nullptr},
    {"start", unicode_field_set<2>, 1, 1, 0, nullptr},    {"end", unicode_field_set<3>, 1, 1, 0, nullptr},
    {"reason", unicode_field_set<4>, 1, 1, 0, nullptr},
};

const NativeMethod kImportErrorMsg = {"msg", import_error_msg, 0, 0, 0, nullptr};
const NativeMethod kAttributeErrorMethods[] = {{"__init__", attribute_error_init, 0, -1, 0, nullptr}};
const NativeMethod kNameErrorMethods[] = {{"__init__", name_error_init, 0, -1, 0, nullptr}};

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

TypeObject* os_error_subclass(Value err) { return os_error_subclass_impl(err); }

void exception_set_field(Value exc, const char* name, Value value) {
  if (!is_exception_instance(exc) || !instance_dict_slot(exc)) return;
  dict_set_str(os_error_dict(exc), str_intern(name), value);
}

void init_exception_types() {
  add_native_property(g_traceback_type, &kTracebackGetters[0], &kTracebackSetters[0]);
  for (int i = 1; i < 4; ++i) add_native_property(g_traceback_type, &kTracebackGetters[i], nullptr);
  add_native_methods(g_exc_BaseException, kBaseExceptionMethods);
  add_native_methods(g_exc_KeyError, kKeyErrorMethods);
  add_native_methods(g_exc_OSError, kOSErrorMethods);
  add_native_methods(g_exc_SyntaxError, kSyntaxErrorMethods);
  add_native_methods(g_exc_ImportError, kImportErrorMethods);
  add_native_property(g_exc_ImportError, &kNameKey_get, &kNameKey_set);
  add_native_property(g_exc_ImportError, &kPathKey_get, &kPathKey_set);
  add_native_property(g_exc_ImportError, &kImportErrorMsg, &kMsgKey_set);
  add_native_methods(g_exc_AttributeError, kAttributeErrorMethods);
  add_native_property(g_exc_AttributeError, &kNameKey_get, &kNameKey_set);
  add_native_property(g_exc_AttributeError, &kObjKey_get, &kObjKey_set);
  for (TypeObject* t : {g_exc_UnicodeDecodeError, g_exc_UnicodeEncodeError}) {
    add_native_methods(t, kUnicodeErrorMethods);
    for (size_t i = 0; i < std::size(kUnicodeGetters); ++i) add_native_property(t, &kUnicodeGetters[i], &kUnicodeSetters[i]);
  }
  add_native_methods(g_exc_NameError, kNameErrorMethods);
  add_native_property(g_exc_NameError, &kNameKey_get, &kNameKey_set);
  for (size_t i = 0; i < std::size(kOSErrorGetters); ++i)
    add_native_property(g_exc_OSError, &kOSErrorGetters[i], &kOSErrorSetters[i]);
  add_native_property(g_exc_BlockingIOError, &kCharactersWritten[0], &kCharactersWritten[1]);
  Value written = type_lookup(g_exc_BlockingIOError, str_intern("characters_written"));
  stm::write(written.as<PropertyObject>())->fdel =
      make_builtin_function(&kCharactersWritten[2], Value(), Value::from_object(g_exc_BlockingIOError));
  for (int i = 0; i < 5; ++i) add_native_property(g_exc_BaseException, &kGetters[i], &kSetters[i]);
  add_native_property(g_exc_StopIteration, &kGetters[5], nullptr);
  add_native_property(g_exc_SystemExit, &kGetters[6], nullptr);
}

}  // namespace pystm
