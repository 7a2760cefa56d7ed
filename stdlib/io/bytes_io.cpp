// stdlib/io/bytes_io.cpp — io.BytesIO: an in-memory binary stream.
// Owns: the BytesIO state: its bytes in a heap bytearray (amortised growth)
// and the position. getbuffer() returns a memoryview of a copy: writes
// through it do not reach the BytesIO (without reference counting a real
// export could never be seen released, and would forbid resizing for good).
// Must never: keep bytes outside the heap fields.
#include <algorithm>
#include <cstring>

#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/io/io_common.h"

namespace pystm::io {

TypeObject* g_bytes_io_type = nullptr;

namespace {

enum : uint32_t { kBuf = 1, kPos, kReady };

Status check_open(ThreadState& ts, Value self) {
  if (field(self, kBuf).is_null()) return raise_value_error(ts, "I/O operation on uninitialized object");
  if (field_true(self, kIOBaseClosed)) return raise_closed(ts);
  return ok_status();
}

std::string_view data_of(Value self) { return bytearray_view(field(self, kBuf)); }

Result<Value> bio_write_bytes(ThreadState& ts, Value self, std::string_view d) {
  int64_t n = static_cast<int64_t>(d.size());
  if (n == 0) return Value::small_int(0);
  Value buf = field(self, kBuf);
  int64_t pos = field_int(self, kPos);
  if (pos > kMaxMemorySize - n) return raise_memory_error(ts);
  if (pos + n > static_cast<int64_t>(bytearray_view(buf).size())) bytearray_resize(buf, pos + n);
  std::memcpy(bytearray_writable(buf) + pos, d.data(), d.size());
  set_field_int(self, kPos, pos + n);
  return Value::small_int(n);
}

Result<Value> bio_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "BytesIO", args, {"initial_bytes"}));
  Value initial = arg_at(args, 0, "initial_bytes");
  set_field(self, kBuf, bytearray_from(""));
  set_field_int(self, kPos, 0);
  set_field(self, kIOBaseClosed, g_false);
  if (!initial.is_null() && !initial.is(g_none)) {
    std::string d = PY_TRY(bytes_arg(ts, initial));
    PY_TRY(bio_write_bytes(ts, self, d));
    set_field_int(self, kPos, 0);
  }
  return g_none;
}

Result<Value> bio_new(ThreadState& ts, Value self, CallArgs args) {
  Value obj = PY_TRY(io_new(ts, self, args));
  set_field(obj, kBuf, bytearray_from(""));
  set_field_int(obj, kPos, 0);
  set_field(obj, kIOBaseClosed, g_false);
  return obj;
}

Result<Value> bio_getvalue(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  std::string_view d = data_of(self);
  return bytes_from(d.data(), static_cast<int64_t>(d.size()));
}

Result<Value> bio_getbuffer(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  Value copy = bytearray_from(std::string(data_of(self)));
  return call(ts, Value::from_object(g_memoryview_type), {copy});
}

Value take(Value self, int64_t n) {
  std::string_view d = data_of(self);
  int64_t pos = field_int(self, kPos), size = static_cast<int64_t>(d.size());
  if (pos >= size) return bytes_from("", 0);
  int64_t stop = n < 0 || n > size - pos ? size : pos + n;
  set_field_int(self, kPos, stop);
  return bytes_from(d.data() + pos, stop - pos);
}

Result<Value> bio_read(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  return take(self, n);
}

Result<Value> line(ThreadState& ts, Value self, int64_t limit) {
  PY_TRY(check_open(ts, self));
  std::string_view d = data_of(self);
  int64_t pos = field_int(self, kPos), size = static_cast<int64_t>(d.size());
  if (pos >= size) return bytes_from("", 0);
  int64_t end = limit < 0 || limit > size - pos ? size : pos + limit;
  const void* nl = end > pos ? std::memchr(d.data() + pos, '\n', static_cast<size_t>(end - pos)) : nullptr;
  int64_t stop = nl ? static_cast<const char*>(nl) - d.data() + 1 : end;
  set_field_int(self, kPos, stop);
  return bytes_from(d.data() + pos, stop - pos);
}

Result<Value> bio_readline(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  return line(ts, self, n);
}

Result<Value> bio_readlines(ThreadState& ts, Value self, CallArgs args) {
  int64_t hint = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  PY_TRY(check_open(ts, self));
  Value lines = list_new();
  int64_t total = 0;
  for (;;) {
    Value l = PY_TRY(line(ts, self, -1));
    int64_t n = bytes_size(l);
    if (n == 0) break;
    list_append(lines, l);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return lines;
}

Result<Value> bio_next(ThreadState& ts, Value self, CallArgs) {
  Value l = PY_TRY(line(ts, self, -1));
  if (bytes_size(l) == 0) return raise_empty(ts, g_exc_StopIteration);
  return l;
}

Result<Value> bio_iter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return self;
}

Result<Value> bio_readinto(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  int64_t n = PY_TRY(buffer_length(ts, args[0]));
  Value chunk = take(self, n);
  PY_TRY(copy_into_buffer(ts, args[0], std::string_view(reinterpret_cast<const char*>(bytes_data(chunk)),
                                                         static_cast<size_t>(bytes_size(chunk)))));
  return Value::small_int(bytes_size(chunk));
}

Result<Value> bio_write(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  std::string d = PY_TRY(bytes_arg(ts, args[0]));
  return bio_write_bytes(ts, self, d);
}

Result<Value> bio_writelines(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  Value it = PY_TRY(get_iter(ts, args[0]));
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    std::string d = PY_TRY(bytes_arg(ts, item));
    PY_TRY(bio_write_bytes(ts, self, d));
  }
  return g_none;
}

Result<Value> bio_seek(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  // Positions past any buffer we would grow to are all alike: clamped,
  // so the stored position stays a small int and the arithmetic below cannot overflow.
  int64_t pos = std::clamp<int64_t>(PY_TRY(index_as_ssize(ts, args[0])), -kMaxMemorySize, kMaxMemorySize);
  int64_t whence = args.nargs > 1 ? PY_TRY(index_as_ssize(ts, args[1])) : 0;
  if (whence < 0 || whence > 2) return raise_value_error(ts, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (whence == 0 && pos < 0) return raise_value_error(ts, "negative seek value %lld", (long long)pos);
  if (whence == 1) pos += field_int(self, kPos);
  else if (whence == 2) pos += static_cast<int64_t>(data_of(self).size());
  if (pos < 0) pos = 0;
  set_field_int(self, kPos, pos);
  return Value::small_int(pos);
}

Result<Value> bio_tell(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return Value::small_int(field_int(self, kPos));
}

Result<Value> bio_truncate(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_open(ts, self));
  int64_t size = field_int(self, kPos);
  if (args.nargs > 0 && !args[0].is(g_none)) {
    size = PY_TRY(index_as_ssize(ts, args[0]));
    if (size < 0) return raise_value_error(ts, "negative size value %lld", (long long)size);
  }
  Value buf = field(self, kBuf);
  if (size < static_cast<int64_t>(bytearray_view(buf).size())) bytearray_resize(buf, size);
  return int_from_int64(size);
}

Result<Value> bio_true(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return g_true;
}
Result<Value> bio_false(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return g_false;
}
Result<Value> bio_flush(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return g_none;
}
Result<Value> bio_close(ThreadState&, Value self, CallArgs) {
  set_field(self, kIOBaseClosed, g_true);
  return g_none;
}
Result<Value> bio_closed(ThreadState&, Value self, CallArgs) { return bool_value(field_true(self, kIOBaseClosed)); }

Result<Value> bio_getstate(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  DictObject** slot = instance_dict_slot(self);
  Value dict = slot && *stm::read(slot) ? dict_copy(Value::from_object(*stm::read(slot))) : g_none;
  std::string_view d = data_of(self);
  return tuple_pack({bytes_from(d.data(), static_cast<int64_t>(d.size())), Value::small_int(field_int(self, kPos)), dict});
}

Result<Value> bio_setstate(ThreadState& ts, Value self, CallArgs args) {
  Value state = args[0];
  if (!is_instance_of(state, g_tuple_type) || tuple_size(state) < 3)
    return raise_type_error(ts, "%s.__setstate__ argument should be 3-tuple, got %s", type_name_of(self).c_str(),
                            type_name_of(state).c_str());
  Value init_args[1] = {tuple_item(state, 0)};
  PY_TRY(bio_init(ts, self, CallArgs{init_args, 1, nullptr}));
  set_field_int(self, kPos, PY_TRY(index_as_ssize(ts, tuple_item(state, 1))));
  Value dict = tuple_item(state, 2);
  if (!dict.is(g_none)) {
    int64_t i = 0;
    Value k, v;
    while (dict_next(dict, &i, &k, &v)) PY_TRY(set_attr(ts, self, k, v));
  }
  return g_none;
}

const NativeMethod kMethods[] = {
    {"__new__", bio_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", bio_init, 0, -1, 0, nullptr},
    {"getvalue", bio_getvalue, 0, 0, 0, nullptr},
    {"getbuffer", bio_getbuffer, 0, 0, 0, nullptr},
    {"read", bio_read, 0, 1, kNativeNoKeywords, nullptr},
    {"read1", bio_read, 0, 1, kNativeNoKeywords, nullptr},
    {"readline", bio_readline, 0, 1, kNativeNoKeywords, nullptr},
    {"readlines", bio_readlines, 0, 1, kNativeNoKeywords, nullptr},
    {"readinto", bio_readinto, 1, 1, kNativeNoKeywords, nullptr},
    {"readinto1", bio_readinto, 1, 1, kNativeNoKeywords, nullptr},
    {"__iter__", bio_iter, 0, 0, 0, nullptr},
    {"__next__", bio_next, 0, 0, 0, nullptr},
    {"write", bio_write, 1, 1, kNativeNoKeywords, nullptr},
    {"writelines", bio_writelines, 1, 1, kNativeNoKeywords, nullptr},
    {"seek", bio_seek, 1, 2, kNativeNoKeywords, nullptr},
    {"tell", bio_tell, 0, 0, 0, nullptr},
    {"truncate", bio_truncate, 0, 1, kNativeNoKeywords, nullptr},
    {"readable", bio_true, 0, 0, 0, nullptr},
    {"writable", bio_true, 0, 0, 0, nullptr},
    {"seekable", bio_true, 0, 0, 0, nullptr},
    {"isatty", bio_false, 0, 0, 0, nullptr},
    {"flush", bio_flush, 0, 0, 0, nullptr},
    {"close", bio_close, 0, 0, 0, nullptr},
    {"__getstate__", bio_getstate, 0, 0, 0, nullptr},
    {"__setstate__", bio_setstate, 1, 1, 0, nullptr},
};
const NativeMethod kGetters[] = {{"closed", bio_closed, 0, 0, 0, nullptr}};

}  // namespace

void init_bytes_io_type() { g_bytes_io_type = make_io_type("BytesIO", g_buffered_iobase_type, kMethods, kGetters); }

}  // namespace pystm::io
