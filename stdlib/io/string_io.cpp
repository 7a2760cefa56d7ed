// stdlib/io/string_io.cpp — io.StringIO: an in-memory text stream.
// Owns: the StringIO state (fields below): the text as one str plus a list
// of str appended after it (so a run of writes at the end is linear, joined
// on the next read), the position in code points, and newline handling.
// Must never: keep text outside the heap fields.
#include <algorithm>

#include "runtime/core/value_vector.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_builder.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/io/io_common.h"
#include "stdlib/io/newlines.h"

namespace pystm::io {

TypeObject* g_string_io_type = nullptr;

namespace {

enum : uint32_t { kText = 1, kPending, kLength, kPos, kNewline, kSeen, kReady };

NewlineMode mode_of(Value self) { return static_cast<NewlineMode>(field_int(self, kNewline)); }

Status check_open(ThreadState& ts, Value self) {
  if (!field_true(self, kReady)) return raise_value_error(ts, "I/O operation on uninitialized object");
  if (field_true(self, kIOBaseClosed)) return raise_value_error(ts, "I/O operation on closed file");
  return ok_status();
}

// The whole text (joins the pending appends into kText).
Value text_of(Value self) {
  Value text = field(self, kText);
  Value pending = field(self, kPending);
  if (!pending.is_null() && list_size(pending) > 0) {
    ValueVector parts;
    parts.push_back(text);
    for (int64_t i = 0; i < list_size(pending); ++i) parts.push_back(list_get(pending, i));
    text = str_join_values(parts.data(), static_cast<int64_t>(parts.size()), str_empty());
    set_field(self, kText, text);
    set_field(self, kPending, Value());
  }
  return text;
}

Result<Value> write_text(ThreadState& ts, Value self, Value s) {
  int64_t original_length = str_length(s);
  NewlineMode mode = mode_of(self);
  if (mode == NewlineMode::Universal || mode == NewlineMode::Untranslated)
    set_field_int(self, kSeen, field_int(self, kSeen) | scan_newlines(s));
  if (mode == NewlineMode::Universal) s = translate_to_lf(s);
  else if (mode == NewlineMode::CR || mode == NewlineMode::CRLF) s = translate_lf_to(s, newline_mode_value(mode));
  int64_t n = str_length(s);
  int64_t pos = field_int(self, kPos), len = field_int(self, kLength);
  if (n == 0) return Value::small_int(original_length);
  if (pos > kMaxMemorySize - n) return raise_memory_error(ts);
  if (pos == len) {
    Value pending = field(self, kPending);
    if (pending.is_null()) {
      pending = list_new();
      set_field(self, kPending, pending);
    }
    list_append(pending, s);
    set_field_int(self, kLength, len + n);
  } else {
    Value text = text_of(self);
    StrBuilder b(std::max(len, pos + n));
    b.append_str(text, 0, std::min(pos, len));
    if (pos > len) b.append_repeated(0, pos - len);
    b.append_str(s);
    if (pos + n < len) b.append_str(text, pos + n, len);
    Value fresh = b.finish();
    set_field(self, kText, fresh);
    set_field_int(self, kLength, str_length(fresh));
  }
  set_field_int(self, kPos, pos + n);
  return Value::small_int(original_length);
}

Result<Value> sio_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "StringIO", args, {"initial_value", "newline"}));
  if (args.nargs > 2) return raise_type_error(ts, "StringIO() takes at most 2 arguments (%zu given)", args.nargs);
  Value initial = arg_at(args, 0, "initial_value");
  Value newline = arg_at(args, 1, "newline");
  NewlineMode mode = NewlineMode::LF;
  if (!newline.is_null()) mode = PY_TRY(parse_newline(ts, newline, true));
  if (!initial.is_null() && !initial.is(g_none) && !is_instance_of(initial, g_str_type))
    return raise_type_error(ts, "initial_value must be str or None, not %s", type_name_of(initial).c_str());
  set_field(self, kText, str_empty());
  set_field(self, kPending, Value());
  set_field_int(self, kLength, 0);
  set_field_int(self, kPos, 0);
  set_field_int(self, kNewline, static_cast<int64_t>(mode));
  set_field_int(self, kSeen, 0);
  set_field(self, kIOBaseClosed, g_false);
  set_field(self, kReady, g_true);
  if (!initial.is_null() && !initial.is(g_none) && str_length(initial) > 0) {
    PY_TRY(write_text(ts, self, initial));
    set_field_int(self, kPos, 0);
  }
  return g_none;
}

Result<Value> sio_getvalue(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return text_of(self);
}

Result<Value> sio_read(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  int64_t pos = field_int(self, kPos), len = field_int(self, kLength);
  if (pos >= len) return str_empty();
  int64_t stop = n < 0 || n > len - pos ? len : pos + n;
  Value text = text_of(self);
  set_field_int(self, kPos, stop);
  if (pos == 0 && stop == len) return text;
  return str_substring(text, pos, stop);
}

Result<Value> readline_limited(ThreadState& ts, Value self, int64_t limit) {
  PY_TRY(check_open(ts, self));
  int64_t pos = field_int(self, kPos), len = field_int(self, kLength);
  if (pos >= len) return str_empty();
  Value text = text_of(self);
  int64_t end = limit < 0 || limit > len - pos ? len : pos + limit;
  int64_t stop = find_line_end(text, pos, end, mode_of(self), false, true);
  if (stop < 0) stop = end;
  set_field_int(self, kPos, stop);
  return str_substring(text, pos, stop);
}

Result<Value> sio_readline(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  return readline_limited(ts, self, n);
}

Result<Value> sio_next(ThreadState& ts, Value self, CallArgs) {
  Value line;
  if (type_of(self) == g_string_io_type) {
    line = PY_TRY(readline_limited(ts, self, -1));
  } else {
    PY_TRY(check_open(ts, self));
    line = PY_TRY(call_attr(ts, self, str_intern("readline"), {}));
    if (!is_instance_of(line, g_str_type))
      return raise(ts, g_exc_OSError, "readline() should have returned a str object, not '%s'", type_name_of(line).c_str());
  }
  if (str_length(line) == 0) return raise_empty(ts, g_exc_StopIteration);
  return line;
}

Result<Value> sio_write(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  if (!is_instance_of(args[0], g_str_type))
    return raise_type_error(ts, "string argument expected, got '%s'", type_name_of(args[0]).c_str());
  return write_text(ts, self, args[0]);
}

Result<Value> sio_tell(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return Value::small_int(field_int(self, kPos));
}

Result<Value> sio_seek(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  // Positions past any buffer we would grow to are all alike: clamped,
  // so the stored position stays a small int and the arithmetic below cannot overflow.
  int64_t pos = std::clamp<int64_t>(PY_TRY(index_as_ssize(ts, args[0])), -kMaxMemorySize, kMaxMemorySize);
  int64_t whence = args.nargs > 1 ? PY_TRY(index_as_ssize(ts, args[1])) : 0;
  if (whence < 0 || whence > 2) return raise_value_error(ts, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (pos < 0 && whence == 0) return raise_value_error(ts, "Negative seek position %lld", (long long)pos);
  if (whence != 0 && pos != 0) return raise(ts, g_exc_OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = field_int(self, kPos);
  else if (whence == 2) pos = field_int(self, kLength);
  set_field_int(self, kPos, pos);
  return Value::small_int(pos);
}

Result<Value> sio_truncate(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  int64_t size = field_int(self, kPos);
  if (args.nargs > 0 && !args[0].is(g_none)) {
    size = PY_TRY(index_as_ssize(ts, args[0]));
    if (size < 0) return raise_value_error(ts, "Negative size value %lld", (long long)size);
  }
  if (size < field_int(self, kLength)) {
    Value text = text_of(self);
    set_field(self, kText, str_substring(text, 0, size));
    set_field_int(self, kLength, size);
  }
  return int_from_int64(size);
}

Result<Value> sio_true(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return g_true;
}

Result<Value> sio_close(ThreadState&, Value self, CallArgs) {
  set_field(self, kIOBaseClosed, g_true);
  set_field(self, kText, str_empty());
  set_field(self, kPending, Value());
  return g_none;
}

Result<Value> sio_closed(ThreadState& ts, Value self, CallArgs) {
  if (!field_true(self, kReady)) return raise_value_error(ts, "I/O operation on uninitialized object");
  return bool_value(field_true(self, kIOBaseClosed));
}
Result<Value> sio_line_buffering(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return g_false;
}
Result<Value> sio_newlines(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  NewlineMode mode = mode_of(self);
  if (mode != NewlineMode::Universal && mode != NewlineMode::Untranslated) return g_none;
  return newlines_value(static_cast<int>(field_int(self, kSeen)));
}

Result<Value> sio_getstate(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  DictObject** slot = instance_dict_slot(self);
  Value dict = slot && *stm::read(slot) ? dict_copy(Value::from_object(*stm::read(slot))) : g_none;
  return tuple_pack({text_of(self), newline_mode_value(mode_of(self)), Value::small_int(field_int(self, kPos)), dict});
}

Result<Value> sio_setstate(ThreadState& ts, Value self, CallArgs args) {
  Value state = args[0];
  if (!is_instance_of(state, g_tuple_type) || tuple_size(state) < 4)
    return raise_type_error(ts, "%s.__setstate__ argument should be 4-tuple, got %s", type_name_of(self).c_str(),
                            type_name_of(state).c_str());
  Value init_args[2] = {g_none, tuple_item(state, 1)};
  PY_TRY(sio_init(ts, self, CallArgs{init_args, 2, nullptr}));
  Value text = tuple_item(state, 0);
  set_field(self, kText, text);
  set_field_int(self, kLength, str_length(text));
  set_field_int(self, kPos, PY_TRY(index_as_ssize(ts, tuple_item(state, 2))));
  Value dict = tuple_item(state, 3);
  if (!dict.is(g_none)) {
    int64_t i = 0;
    Value k, v;
    while (dict_next(dict, &i, &k, &v)) PY_TRY(set_attr(ts, self, k, v));
  }
  return g_none;
}

Result<Value> sio_new(ThreadState& ts, Value self, CallArgs args) {
  Value obj = PY_TRY(io_new(ts, self, args));
  set_field(obj, kText, str_empty());
  set_field_int(obj, kLength, 0);
  set_field_int(obj, kPos, 0);
  set_field_int(obj, kNewline, static_cast<int64_t>(NewlineMode::LF));
  set_field(obj, kIOBaseClosed, g_false);
  return obj;
}

const NativeMethod kMethods[] = {
    {"__new__", sio_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", sio_init, 0, -1, 0, nullptr},
    {"getvalue", sio_getvalue, 0, 0, 0, nullptr},
    {"read", sio_read, 0, 1, kNativeNoKeywords, nullptr},
    {"readline", sio_readline, 0, 1, kNativeNoKeywords, nullptr},
    {"__next__", sio_next, 0, 0, 0, nullptr},
    {"write", sio_write, 1, 1, kNativeNoKeywords, nullptr},
    {"tell", sio_tell, 0, 0, 0, nullptr},
    {"seek", sio_seek, 1, 2, kNativeNoKeywords, nullptr},
    {"truncate", sio_truncate, 0, 1, kNativeNoKeywords, nullptr},
    {"readable", sio_true, 0, 0, 0, nullptr},
    {"writable", sio_true, 0, 0, 0, nullptr},
    {"seekable", sio_true, 0, 0, 0, nullptr},
    {"close", sio_close, 0, 0, 0, nullptr},
    {"__getstate__", sio_getstate, 0, 0, 0, nullptr},
    {"__setstate__", sio_setstate, 1, 1, 0, nullptr},
};
const NativeMethod kGetters[] = {
    {"closed", sio_closed, 0, 0, 0, nullptr},
    {"line_buffering", sio_line_buffering, 0, 0, 0, nullptr},
    {"newlines", sio_newlines, 0, 0, 0, nullptr},
};

}  // namespace

void init_string_io_type() { g_string_io_type = make_io_type("StringIO", g_text_iobase_type, kMethods, kGetters); }

}  // namespace pystm::io
