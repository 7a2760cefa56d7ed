// stdlib/io/io_base.cpp — the abstract bases of the io hierarchy: _IOBase,
// _RawIOBase, _BufferedIOBase and _TextIOBase (library reference "io"), and
// the helpers every _io file shares (io_common.h).
// Owns: the default methods, written against the Python-level protocol
// (self.read, self.readinto, self.closed, ...) so Python subclasses work.
// Must never: assume self is a native _io object (Python subclasses of these
// bases are ordinary classes whose methods may override any of them).
#include "stdlib/io/io_common.h"
#include "stdlib/io/raw_fd.h"

#include <cstring>

#include "runtime/vm/runtime.h"

#include "runtime/objects/tuple_object.h"

#include "runtime/objects/dict_object.h"

#include "runtime/objects/int_object.h"

#include "runtime/core/value_vector.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm::io {

TypeObject* g_iobase_type = nullptr;
TypeObject* g_raw_iobase_type = nullptr;
TypeObject* g_buffered_iobase_type = nullptr;
TypeObject* g_text_iobase_type = nullptr;
Value g_unsupported_operation;

TypeObject* make_io_type(const char* name, TypeObject* base, std::span<const NativeMethod> methods,
                         std::span<const NativeMethod> getters) {
  uint32_t size = static_cast<uint32_t>(sizeof(NativeStateObject) + kIOFields * sizeof(Value) + sizeof(Value));
  TypeObject* t = make_builtin_type(name, base, ObjectKind::NativeState, size, kTypeBaseType);
  TypeObject* w = stm::view(t);
  w->dict_offset = kDictAtEnd;
  w->flags |= kTypeHasInstanceDict;
  add_native_methods(t, methods);
  for (const NativeMethod& g : getters) add_native_property(t, &g, nullptr);
  type_set_attr_nogc_fail(t, "__module__", str_intern("_io"));
  return t;
}

Value io_alloc(TypeObject* type) { return Value::from_object(native_state_new(type, kIOFields)); }

Result<Value> io_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 1 || !is_instance_of(args[0], g_type_type)) return raise_type_error(ts, "__new__(X): X is not a type object");
  return io_alloc(args[0].as<TypeObject>());
}

int64_t field_int(Value self, uint32_t i) {
  Value v = field(self, i);
  return v.is_small_int() ? v.as_small_int() : 0;
}
void set_field_int(Value self, uint32_t i, int64_t v) { set_field(self, i, Value::small_int(v)); }
bool field_true(Value self, uint32_t i) { return field(self, i).is(g_true); }

Error raise_unsupported(ThreadState& ts, const std::string& message) {
  return raise_with_args(ts, g_unsupported_operation.as<TypeObject>(), str_from_utf8(message));
}
Error raise_closed(ThreadState& ts) { return raise_value_error(ts, "I/O operation on closed file."); }

Value arg_at(CallArgs args, size_t pos, const char* name) {
  if (pos < args.nargs) return args[pos];
  return keyword_arg(args, name);
}

Result<int64_t> size_arg(ThreadState& ts, Value v) {
  if (v.is_null() || v.is(g_none)) return -1;
  if (!is_int(v) && lookup_special(v, g_name___index__).is_null())
    return raise_type_error(ts, "argument should be integer or None, not '%s'", type_name_of(v).c_str());
  return index_as_ssize(ts, v);
}

Result<Value> call_attr(ThreadState& ts, Value obj, Value name, std::initializer_list<Value> args) {
  Value fn = PY_TRY(get_attr(ts, obj, name));
  return call(ts, fn, args);
}

Result<bool> is_closed_attr(ThreadState& ts, Value self) {
  return is_true(ts, PY_TRY(get_attr(ts, self, str_intern("closed"))));
}
Status check_closed_attr(ThreadState& ts, Value self) {
  if (PY_TRY(is_closed_attr(ts, self))) return raise_closed(ts);
  return ok_status();
}

Result<int64_t> buffer_length(ThreadState& ts, Value target) {
  if (is_bytearray(target)) return static_cast<int64_t>(bytearray_view(target).size());
  Value nbytes = PY_TRY(get_attr_optional(ts, target, str_intern("nbytes")));
  if (!nbytes.is_absent()) return index_as_ssize(ts, nbytes);
  return length(ts, target);
}

Status copy_into_buffer(ThreadState& ts, Value target, std::string_view data) {
  if (data.empty()) return ok_status();
  if (is_bytearray(target)) {
    std::memcpy(bytearray_writable(target), data.data(), data.size());
    return ok_status();
  }
  Value slice = slice_new(Value::small_int(0), Value::small_int(static_cast<int64_t>(data.size())), g_none);
  return set_item(ts, target, slice, bytes_from(data.data(), static_cast<int64_t>(data.size())));
}

Result<std::string> bytes_arg(ThreadState& ts, Value v) {
  BytesArg b;
  PY_TRY(require_bytes_like(ts, v, &b));
  return std::string(b.view);
}

namespace {

// ---- _IOBase ----

Result<Value> iobase_closed(ThreadState&, Value self, CallArgs) { return bool_value(field_true(self, kIOBaseClosed)); }

Result<Value> iobase_close(ThreadState& ts, Value self, CallArgs) {
  if (field_true(self, kIOBaseClosed)) return g_none;
  Result<Value> r = call_attr(ts, self, g_name_flush, {});
  set_field(self, kIOBaseClosed, g_true);
  if (!r.ok()) return Error{};
  return g_none;
}

Result<Value> iobase_flush(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_closed_attr(ts, self));
  return g_none;
}

Result<Value> iobase_seek(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "seek"); }
Result<Value> iobase_truncate(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "truncate"); }
Result<Value> iobase_fileno(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "fileno"); }
Result<Value> iobase_tell(ThreadState& ts, Value self, CallArgs) {
  return call_attr(ts, self, str_intern("seek"), {Value::small_int(0), Value::small_int(1)});
}
Result<Value> iobase_false(ThreadState&, Value, CallArgs) { return g_false; }
Result<Value> iobase_isatty(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_closed_attr(ts, self));
  return g_false;
}

Status check_capability(ThreadState& ts, Value self, const char* method, const char* what, CallArgs args) {
  Value r = PY_TRY(call_attr(ts, self, str_intern(method), {}));
  if (!r.is(g_true)) {
    if (args.nargs > 0 && !args[0].is(g_none)) return raise_with_args(ts, g_unsupported_operation.as<TypeObject>(), args[0]);
    return raise_unsupported(ts, std::string("File or stream is not ") + what + ".");
  }
  return ok_status();
}
Result<Value> iobase_check_closed(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_closed_attr(ts, self));
  return g_none;
}
Result<Value> iobase_check_seekable(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_capability(ts, self, "seekable", "seekable", args));
  return g_true;
}
Result<Value> iobase_check_readable(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_capability(ts, self, "readable", "readable", args));
  return g_true;
}
Result<Value> iobase_check_writable(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_capability(ts, self, "writable", "writable", args));
  return g_true;
}

Result<Value> iobase_enter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_closed_attr(ts, self));
  return self;
}
Result<Value> iobase_exit(ThreadState& ts, Value self, CallArgs) { return call_attr(ts, self, str_intern("close"), {}); }
Result<Value> iobase_iter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_closed_attr(ts, self));
  return self;
}
Result<Value> iobase_next(ThreadState& ts, Value self, CallArgs) {
  Value line = PY_TRY(call_attr(ts, self, str_intern("readline"), {}));
  if (PY_TRY(length(ts, line)) == 0) return raise_empty(ts, g_exc_StopIteration);
  return line;
}

// readline through peek() when the object has it, else one read(1) at a time.
Result<Value> iobase_readline(ThreadState& ts, Value self, CallArgs args) {
  int64_t limit = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  Value peek = PY_TRY(get_attr_optional(ts, self, str_intern("peek")));
  Value read = PY_TRY(get_attr(ts, self, str_intern("read")));
  std::string out;
  while (limit < 0 || static_cast<int64_t>(out.size()) < limit) {
    int64_t n = 1;
    if (!peek.is_absent()) {
      Value ahead = PY_TRY(call(ts, peek, {Value::small_int(1)}));
      std::string a = PY_TRY(bytes_arg(ts, ahead));
      if (!a.empty()) {
        size_t nl = a.find('\n');
        n = nl == std::string::npos ? static_cast<int64_t>(a.size()) : static_cast<int64_t>(nl + 1);
        if (limit >= 0) n = std::min<int64_t>(n, limit - static_cast<int64_t>(out.size()));
      }
    }
    Value chunk = PY_TRY(call(ts, read, {Value::small_int(n)}));
    if (chunk.is(g_none)) break;
    if (!is_bytes_like(chunk))
      return raise(ts, g_exc_OSError, "read() should have returned a bytes object, not '%s'", type_name_of(chunk).c_str());
    std::string c = PY_TRY(bytes_arg(ts, chunk));
    if (c.empty()) break;
    out += c;
    if (out.back() == '\n') break;
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> iobase_readlines(ThreadState& ts, Value self, CallArgs args) {
  int64_t hint = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  Value lines = list_new();
  Value it = PY_TRY(get_iter(ts, self));
  int64_t total = 0;
  for (;;) {
    Value line = PY_TRY(iter_next(ts, it));
    if (line.is_absent()) break;
    list_append(lines, line);
    if (hint > 0) {
      total += PY_TRY(length(ts, line));
      if (total >= hint) break;
    }
  }
  return lines;
}

Result<Value> iobase_writelines(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_closed_attr(ts, self));
  Value it = PY_TRY(get_iter(ts, args[0]));
  Value write = PY_TRY(get_attr(ts, self, g_name_write));
  for (;;) {
    Value line = PY_TRY(iter_next(ts, it));
    if (line.is_absent()) break;
    PY_TRY(call(ts, write, {line}));
  }
  return g_none;
}

// No finalizers run on collection: __del__ only closes when called.
Result<Value> iobase_del(ThreadState& ts, Value self, CallArgs) {
  Result<Value> r = call_attr(ts, self, str_intern("close"), {});
  if (!r.ok()) clear_pending_exception(ts);
  return g_none;
}

const NativeMethod kIOBaseMethods[] = {
    {"__new__", io_new, 0, -1, kNativeStatic, nullptr},
    {"close", iobase_close, 0, 0, 0, nullptr},
    {"flush", iobase_flush, 0, 0, 0, nullptr},
    {"seek", iobase_seek, 0, -1, 0, nullptr},
    {"tell", iobase_tell, 0, 0, 0, nullptr},
    {"truncate", iobase_truncate, 0, -1, 0, nullptr},
    {"fileno", iobase_fileno, 0, 0, 0, nullptr},
    {"isatty", iobase_isatty, 0, 0, 0, nullptr},
    {"seekable", iobase_false, 0, 0, 0, nullptr},
    {"readable", iobase_false, 0, 0, 0, nullptr},
    {"writable", iobase_false, 0, 0, 0, nullptr},
    {"_checkClosed", iobase_check_closed, 0, 1, 0, nullptr},
    {"_checkSeekable", iobase_check_seekable, 0, 1, 0, nullptr},
    {"_checkReadable", iobase_check_readable, 0, 1, 0, nullptr},
    {"_checkWritable", iobase_check_writable, 0, 1, 0, nullptr},
    {"__enter__", iobase_enter, 0, 0, 0, nullptr},
    {"__exit__", iobase_exit, 0, -1, 0, nullptr},
    {"__iter__", iobase_iter, 0, 0, 0, nullptr},
    {"__next__", iobase_next, 0, 0, 0, nullptr},
    {"readline", iobase_readline, 0, 1, 0, nullptr},
    {"readlines", iobase_readlines, 0, 1, 0, nullptr},
    {"writelines", iobase_writelines, 1, 1, 0, nullptr},
    {"__del__", iobase_del, 0, 0, 0, nullptr},
};
const NativeMethod kIOBaseGetters[] = {{"closed", iobase_closed, 0, 0, 0, nullptr}};

// ---- _RawIOBase ----

Result<Value> raw_read(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  if (n < 0) return call_attr(ts, self, str_intern("readall"), {});
  Value b = bytearray_from(std::string(static_cast<size_t>(std::min(n, kMaxReadChunk)), '\0'));
  Value got = PY_TRY(call_attr(ts, self, str_intern("readinto"), {b}));
  if (got.is(g_none)) return g_none;
  int64_t k = PY_TRY(index_as_ssize(ts, got));
  if (k < 0) return raise_value_error(ts, "readinto returned %lld outside buffer size %lld", (long long)k, (long long)n);
  // readinto may have resized the bytearray (slice assignment): take what it holds.
  std::string_view v = bytearray_view(b);
  return bytes_from(v.data(), std::min<int64_t>(k, static_cast<int64_t>(v.size())));
}

Result<Value> raw_readall(ThreadState& ts, Value self, CallArgs) {
  std::string out;
  for (;;) {
    Value chunk = PY_TRY(call_attr(ts, self, str_intern("read"), {Value::small_int(kDefaultBufferSize)}));
    if (chunk.is(g_none)) {
      if (out.empty()) return g_none;
      break;
    }
    if (!is_bytes_like(chunk)) return raise_type_error(ts, "read() should return bytes");
    std::string c = PY_TRY(bytes_arg(ts, chunk));
    if (c.empty()) break;
    out += c;
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> not_implemented(ThreadState& ts, Value, CallArgs) { return raise_empty(ts, g_exc_NotImplementedError); }

const NativeMethod kRawMethods[] = {
    {"read", raw_read, 0, 1, 0, nullptr},
    {"readall", raw_readall, 0, 0, 0, nullptr},
    {"readinto", not_implemented, 0, -1, 0, nullptr},
    {"write", not_implemented, 0, -1, 0, nullptr},
};

// ---- _BufferedIOBase ----

Result<Value> unsupported_detach(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "detach"); }
Result<Value> unsupported_read(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "read"); }
Result<Value> unsupported_read1(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "read1"); }
Result<Value> unsupported_write(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "write"); }
Result<Value> unsupported_readline(ThreadState& ts, Value, CallArgs) { return raise_unsupported(ts, "readline"); }

Result<Value> readinto_with(ThreadState& ts, Value self, Value target, const char* method) {
  int64_t n = PY_TRY(buffer_length(ts, target));
  Value data = PY_TRY(call_attr(ts, self, str_intern(method), {Value::small_int(n)}));
  std::string d = PY_TRY(bytes_arg(ts, data));
  if (static_cast<int64_t>(d.size()) > n) return raise_value_error(ts, "read() returned too much data");
  PY_TRY(copy_into_buffer(ts, target, d));
  return Value::small_int(static_cast<int64_t>(d.size()));
}
Result<Value> buffered_base_readinto(ThreadState& ts, Value self, CallArgs args) {
  return readinto_with(ts, self, args[0], "read");
}
Result<Value> buffered_base_readinto1(ThreadState& ts, Value self, CallArgs args) {
  return readinto_with(ts, self, args[0], "read1");
}

const NativeMethod kBufferedBaseMethods[] = {
    {"detach", unsupported_detach, 0, 0, 0, nullptr},
    {"read", unsupported_read, 0, -1, 0, nullptr},
    {"read1", unsupported_read1, 0, -1, 0, nullptr},
    {"write", unsupported_write, 0, -1, 0, nullptr},
    {"readinto", buffered_base_readinto, 1, 1, 0, nullptr},
    {"readinto1", buffered_base_readinto1, 1, 1, 0, nullptr},
};

// ---- _TextIOBase ----

Result<Value> none_getter(ThreadState&, Value, CallArgs) { return g_none; }

const NativeMethod kTextBaseMethods[] = {
    {"detach", unsupported_detach, 0, 0, 0, nullptr},
    {"read", unsupported_read, 0, -1, 0, nullptr},
    {"readline", unsupported_readline, 0, -1, 0, nullptr},
    {"write", unsupported_write, 0, -1, 0, nullptr},
};
const NativeMethod kTextBaseGetters[] = {
    {"encoding", none_getter, 0, 0, 0, nullptr},
    {"errors", none_getter, 0, 0, 0, nullptr},
    {"newlines", none_getter, 0, 0, 0, nullptr},
};

}  // namespace

void init_iobase_types() {
  g_iobase_type = make_io_type("_IOBase", g_object_type, kIOBaseMethods, kIOBaseGetters);
  g_raw_iobase_type = make_io_type("_RawIOBase", g_iobase_type, kRawMethods);
  g_buffered_iobase_type = make_io_type("_BufferedIOBase", g_iobase_type, kBufferedBaseMethods);
  g_text_iobase_type = make_io_type("_TextIOBase", g_iobase_type, kTextBaseMethods, kTextBaseGetters);
  // io.UnsupportedOperation derives from both OSError and ValueError.
  ThreadState& ts = current_thread_state();
  Value ns = dict_new();
  dict_set_str(ns, g_name___module__, str_intern("io"));
  Result<Value> type = type_new(ts, g_type_type, str_intern("UnsupportedOperation"),
                                tuple_pack({Value::from_object(g_exc_OSError), Value::from_object(g_exc_ValueError)})
                                    .as<TupleObject>(),
                                ns.as<DictObject>());
  g_unsupported_operation = type.ok() ? type.value() : Value::from_object(g_exc_OSError);
  add_global_root(&g_unsupported_operation);
}

}  // namespace pystm::io
