// stdlib/io/buffered.cpp — io.BufferedReader, BufferedWriter,
// BufferedRandom and BufferedRWPair: buffering over a raw stream.
// Owns: the read-ahead buffer (a bytes object and an offset into it), the
// pending writes (a heap bytearray), and keeping the raw position right when
// a BufferedRandom switches between reading and writing.
// Must never: touch a descriptor without going inevitable (raw_fd.h's fast
// path does the system calls here; any other raw object is called through
// its Python methods).
#include "stdlib/io/buffered.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/io/io_common.h"
#include "stdlib/io/raw_fd.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm::io {

TypeObject* g_buffered_reader_type = nullptr;
TypeObject* g_buffered_writer_type = nullptr;
TypeObject* g_buffered_random_type = nullptr;
TypeObject* g_buffered_rwpair_type = nullptr;

namespace {

enum : uint32_t { kRaw = 1, kReadBuf, kReadPos, kWriteBuf, kBufferSize, kCanRead, kCanWrite, kDetached, kReady };
enum : uint32_t { kPairReader = 1, kPairWriter };

Value raw_of(Value self) { return field(self, kRaw); }

Status check_attached(ThreadState& ts, Value self) {
  if (!field_true(self, kReady)) {
    if (field_true(self, kDetached)) return raise_value_error(ts, "raw stream has been detached");
    return raise_value_error(ts, "I/O operation on uninitialized object");
  }
  return ok_status();
}

Result<bool> raw_closed(ThreadState& ts, Value self) {
  Value raw = raw_of(self);
  if (file_io_fast(raw)) return file_io_fd(raw) < 0;
  return is_closed_attr(ts, raw);
}

// The checks of an operation: attached, and (with a message) not closed.
Status check_usable(ThreadState& ts, Value self, const char* closed_message) {
  PY_TRY(check_attached(ts, self));
  if (closed_message && PY_TRY(raw_closed(ts, self))) return raise_value_error(ts, "%s", closed_message);
  return ok_status();
}

int64_t unread_count(Value self) {
  Value buf = field(self, kReadBuf);
  if (buf.is_null()) return 0;
  return bytes_size(buf) - field_int(self, kReadPos);
}

std::string_view unread_view(Value self) {
  Value buf = field(self, kReadBuf);
  if (buf.is_null()) return {};
  int64_t pos = field_int(self, kReadPos);
  return std::string_view(reinterpret_cast<const char*>(bytes_data(buf)) + pos, static_cast<size_t>(bytes_size(buf) - pos));
}

void drop_read_buffer(Value self) {
  set_field(self, kReadBuf, Value());
  set_field_int(self, kReadPos, 0);
}

// One raw read of up to n bytes into *out; false (nothing raised) when the
// raw stream would block (returned None).
Result<bool> raw_read(ThreadState& ts, Value self, int64_t n, std::string* out) {
  Value raw = raw_of(self);
  n = std::min(n, kMaxReadChunk);
  if (file_io_fast(raw)) {
    int fd = file_io_fd(raw);
    if (fd < 0) return raise_value_error(ts, "I/O operation on closed file");
    size_t old = out->size();
    out->resize(old + static_cast<size_t>(n));
    Result<int64_t> got = fd_read(ts, fd, out->data() + old, static_cast<size_t>(n));
    out->resize(old + static_cast<size_t>(got.ok() && got.value() > 0 ? got.value() : 0));
    if (!got.ok()) return Error{};
    return got.value() >= 0;
  }
  Value chunk = PY_TRY(call_attr(ts, raw, str_intern("read"), {Value::small_int(n)}));
  if (chunk.is(g_none)) return false;
  if (!is_bytes_like(chunk))
    return raise_type_error(ts, "read() should return bytes");
  std::string c = PY_TRY(bytes_arg(ts, chunk));
  if (static_cast<int64_t>(c.size()) > n)
    return raise(ts, g_exc_OSError, "raw readinto() returned invalid length %zu (should have been between 0 and %lld)",
                 c.size(), (long long)n);
  out->append(c);
  return true;
}

Status raw_write_all(ThreadState& ts, Value self, std::string_view data) {
  Value raw = raw_of(self);
  while (!data.empty()) {
    int64_t put;
    if (file_io_fast(raw)) {
      int fd = file_io_fd(raw);
      if (fd < 0) return raise_value_error(ts, "I/O operation on closed file");
      put = PY_TRY(fd_write(ts, fd, data.data(), data.size()));
      if (put < 0) return raise(ts, g_exc_BlockingIOError, "write could not complete without blocking");
    } else {
      Value r = PY_TRY(call_attr(ts, raw, g_name_write, {bytes_from(data.data(), static_cast<int64_t>(data.size()))}));
      if (r.is(g_none)) return raise(ts, g_exc_BlockingIOError, "write could not complete without blocking");
      put = PY_TRY(index_as_ssize(ts, r));
      if (put < 0 || put > static_cast<int64_t>(data.size()))
        return raise(ts, g_exc_OSError, "raw write() returned invalid length %lld (should have been between 0 and %zu)",
                     (long long)put, data.size());
    }
    data.remove_prefix(static_cast<size_t>(put));
  }
  return ok_status();
}

Status flush_writes(ThreadState& ts, Value self) {
  Value wbuf = field(self, kWriteBuf);
  if (wbuf.is_null() || bytearray_view(wbuf).empty()) return ok_status();
  std::string data(bytearray_view(wbuf));
  bytearray_resize(wbuf, 0);
  return raw_write_all(ts, self, data);
}

Result<Value> raw_seek(ThreadState& ts, Value self, int64_t pos, int whence) {
  Value raw = raw_of(self);
  if (file_io_fast(raw)) {
    int fd = file_io_fd(raw);
    if (fd < 0) return raise_value_error(ts, "I/O operation on closed file");
    PY_TRY(enter_inevitable(ts));
    off_t r = ::lseek(fd, pos, whence);
    if (r < 0) return raise_os_error(ts, errno);
    return int_from_int64(r);
  }
  return call_attr(ts, raw, str_intern("seek"), {int_from_int64(pos), Value::small_int(whence)});
}

// Before writing (BufferedRandom): give back the read-ahead to the raw position.
Status rewind_read_ahead(ThreadState& ts, Value self) {
  int64_t unread = unread_count(self);
  if (unread > 0) PY_TRY(raw_seek(ts, self, -unread, SEEK_CUR));
  drop_read_buffer(self);
  return ok_status();
}

Status prepare_read(ThreadState& ts, Value self) {
  if (field_true(self, kCanWrite)) PY_TRY(flush_writes(ts, self));
  return ok_status();
}

// Read-ahead: fills the buffer with one raw read when it is empty.
Result<bool> fill(ThreadState& ts, Value self) {
  std::string data;
  bool ok = PY_TRY(raw_read(ts, self, field_int(self, kBufferSize), &data));
  if (!ok) return false;
  set_field(self, kReadBuf, bytes_from(data.data(), static_cast<int64_t>(data.size())));
  set_field_int(self, kReadPos, 0);
  return !data.empty();
}

Value take_unread(Value self, int64_t n) {
  std::string_view u = unread_view(self);
  if (n > static_cast<int64_t>(u.size())) n = static_cast<int64_t>(u.size());
  Value out = bytes_from(u.data(), n);
  set_field_int(self, kReadPos, field_int(self, kReadPos) + n);
  return out;
}

Status check_readable(ThreadState& ts, Value self, const char* what) {
  if (!field_true(self, kCanRead)) return raise_unsupported(ts, what);
  return ok_status();
}

}  // namespace

Result<Value> buffered_read(ThreadState& ts, Value self, int64_t n) {
  PY_TRY(check_usable(ts, self, "read of closed file"));
  PY_TRY(check_readable(ts, self, "read"));
  PY_TRY(prepare_read(ts, self));
  std::string out(unread_view(self));
  if (n >= 0 && static_cast<int64_t>(out.size()) >= n) return take_unread(self, n);
  drop_read_buffer(self);
  if (n < 0) {
    Value raw = raw_of(self);
    if (file_io_fast(raw)) {
      int fd = file_io_fd(raw);
      if (fd < 0) return raise_value_error(ts, "I/O operation on closed file");
      PY_TRY(read_all_fd(ts, fd, &out));
    } else {
      Value rest = PY_TRY(call_attr(ts, raw, str_intern("readall"), {}));
      if (rest.is(g_none)) {
        if (out.empty()) return g_none;
      } else {
        out += PY_TRY(bytes_arg(ts, rest));
      }
    }
    return bytes_from(out.data(), static_cast<int64_t>(out.size()));
  }
  int64_t size = field_int(self, kBufferSize);
  while (static_cast<int64_t>(out.size()) < n) {
    int64_t want = n - static_cast<int64_t>(out.size());
    if (want >= size) {
      size_t before = out.size();
      bool ok = PY_TRY(raw_read(ts, self, want, &out));
      if (!ok) {
        if (out.empty()) return g_none;
        break;
      }
      if (out.size() == before) break;
    } else {
      bool ok = PY_TRY(fill(ts, self));
      if (!ok) {
        if (out.empty() && !field(self, kReadBuf).is_null()) break;
        if (out.empty()) return g_none;
        break;
      }
      Value got = take_unread(self, want);
      out.append(reinterpret_cast<const char*>(bytes_data(got)), static_cast<size_t>(bytes_size(got)));
    }
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> buffered_read1(ThreadState& ts, Value self, int64_t n) {
  PY_TRY(check_usable(ts, self, "read of closed file"));
  PY_TRY(check_readable(ts, self, "read1"));
  PY_TRY(prepare_read(ts, self));
  if (n < 0) n = field_int(self, kBufferSize);
  if (n == 0) return bytes_from("", 0);
  if (unread_count(self) > 0) return take_unread(self, n);
  std::string out;
  bool ok = PY_TRY(raw_read(ts, self, std::max(n, field_int(self, kBufferSize)), &out));
  (void)ok;
  if (static_cast<int64_t>(out.size()) > n) {
    set_field(self, kReadBuf, bytes_from(out.data() + n, static_cast<int64_t>(out.size()) - n));
    set_field_int(self, kReadPos, 0);
    out.resize(static_cast<size_t>(n));
  } else {
    drop_read_buffer(self);
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> buffered_readline(ThreadState& ts, Value self, int64_t limit) {
  PY_TRY(check_usable(ts, self, "readline of closed file"));
  PY_TRY(check_readable(ts, self, "read"));
  PY_TRY(prepare_read(ts, self));
  std::string out;
  for (;;) {
    std::string_view u = unread_view(self);
    int64_t room = limit < 0 ? static_cast<int64_t>(u.size())
                             : std::min<int64_t>(static_cast<int64_t>(u.size()), limit - static_cast<int64_t>(out.size()));
    const void* nl = room > 0 ? std::memchr(u.data(), '\n', static_cast<size_t>(room)) : nullptr;
    if (nl) {
      int64_t k = static_cast<const char*>(nl) - u.data() + 1;
      out.append(u.data(), static_cast<size_t>(k));
      set_field_int(self, kReadPos, field_int(self, kReadPos) + k);
      break;
    }
    out.append(u.data(), static_cast<size_t>(room));
    set_field_int(self, kReadPos, field_int(self, kReadPos) + room);
    if (limit >= 0 && static_cast<int64_t>(out.size()) >= limit) break;
    if (!PY_TRY(fill(ts, self))) break;
  }
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> buffered_write(ThreadState& ts, Value self, std::string_view data) {
  PY_TRY(check_usable(ts, self, "write to closed file"));
  if (!field_true(self, kCanWrite)) return raise_unsupported(ts, "write");
  if (unread_count(self) > 0 || !field(self, kReadBuf).is_null()) PY_TRY(rewind_read_ahead(ts, self));
  Value wbuf = field(self, kWriteBuf);
  int64_t size = field_int(self, kBufferSize);
  int64_t pending = static_cast<int64_t>(bytearray_view(wbuf).size());
  int64_t n = static_cast<int64_t>(data.size());
  if (pending + n > size) {
    PY_TRY(flush_writes(ts, self));
    if (n > size) {
      PY_TRY(raw_write_all(ts, self, data));
      return Value::small_int(n);
    }
  }
  int64_t at = static_cast<int64_t>(bytearray_view(wbuf).size());
  bytearray_resize(wbuf, at + n);
  if (n) std::memcpy(bytearray_writable(wbuf) + at, data.data(), data.size());
  return Value::small_int(n);
}

Status buffered_flush(ThreadState& ts, Value self) {
  PY_TRY(check_usable(ts, self, field_true(self, kCanWrite) ? "flush of closed file" : "I/O operation on closed file."));
  if (field_true(self, kCanWrite)) PY_TRY(flush_writes(ts, self));
  return ok_status();
}

bool is_native_buffered(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = type_of(v);
  return t == g_buffered_reader_type || t == g_buffered_writer_type || t == g_buffered_random_type;
}

bool buffered_closed_fast(Value buffer, bool* closed) {
  if (!is_native_buffered(buffer) || !field_true(buffer, kReady)) return false;
  Value raw = raw_of(buffer);
  if (!file_io_fast(raw)) return false;
  *closed = file_io_fd(raw) < 0;
  return true;
}

namespace {

Result<Value> buf_init(ThreadState& ts, Value self, CallArgs args, bool readable, bool writable, const char* name) {
  PY_TRY(check_keywords(ts, name, args, {"raw", "buffer_size"}));
  Value raw = arg_at(args, 0, "raw");
  Value size_v = arg_at(args, 1, "buffer_size");
  if (raw.is_null()) return raise_type_error(ts, "%s() missing required argument 'raw' (pos 1)", name);
  set_field(self, kReady, g_false);
  if (readable) PY_TRY(call_attr(ts, raw, str_intern("_checkReadable"), {}));
  if (writable) PY_TRY(call_attr(ts, raw, str_intern("_checkWritable"), {}));
  if (readable && writable) PY_TRY(call_attr(ts, raw, str_intern("_checkSeekable"), {}));
  int64_t size = kDefaultBufferSize;
  if (!size_v.is_null()) size = PY_TRY(index_as_ssize(ts, size_v));
  if (size <= 0) return raise_value_error(ts, "buffer size must be strictly positive");
  set_field(self, kRaw, raw);
  drop_read_buffer(self);
  set_field(self, kWriteBuf, bytearray_from(""));
  set_field_int(self, kBufferSize, size);
  set_field(self, kCanRead, bool_value(readable));
  set_field(self, kCanWrite, bool_value(writable));
  set_field(self, kDetached, g_false);
  set_field(self, kReady, g_true);
  if (writable) PY_TRY(track_pending_writes(ts, self, raw, field(self, kWriteBuf)));
  return g_none;
}

Result<Value> reader_init(ThreadState& ts, Value self, CallArgs args) {
  return buf_init(ts, self, args, true, false, "BufferedReader");
}
Result<Value> writer_init(ThreadState& ts, Value self, CallArgs args) {
  return buf_init(ts, self, args, false, true, "BufferedWriter");
}
Result<Value> random_init(ThreadState& ts, Value self, CallArgs args) {
  return buf_init(ts, self, args, true, true, "BufferedRandom");
}

Result<Value> m_read(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  if (n < -1) return raise_value_error(ts, "read length must be non-negative or -1");
  return buffered_read(ts, self, n);
}
Result<Value> m_read1(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  return buffered_read1(ts, self, n);
}
Result<Value> m_readline(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  return buffered_readline(ts, self, n);
}
Result<Value> m_next(ThreadState& ts, Value self, CallArgs) {
  Value line = PY_TRY(buffered_readline(ts, self, -1));
  if (bytes_size(line) == 0) return raise_empty(ts, g_exc_StopIteration);
  return line;
}
Result<Value> m_peek(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_usable(ts, self, "peek of closed file"));
  PY_TRY(prepare_read(ts, self));
  if (unread_count(self) == 0) PY_TRY(fill(ts, self));
  std::string_view u = unread_view(self);
  return bytes_from(u.data(), static_cast<int64_t>(u.size()));
}
Result<Value> readinto_common(ThreadState& ts, Value self, Value target, bool one) {
  int64_t n = PY_TRY(buffer_length(ts, target));
  Value data = one ? PY_TRY(buffered_read1(ts, self, n)) : PY_TRY(buffered_read(ts, self, n));
  if (data.is(g_none)) return g_none;
  PY_TRY(copy_into_buffer(ts, target, std::string_view(reinterpret_cast<const char*>(bytes_data(data)),
                                                       static_cast<size_t>(bytes_size(data)))));
  return Value::small_int(bytes_size(data));
}
Result<Value> m_readinto(ThreadState& ts, Value self, CallArgs args) { return readinto_common(ts, self, args[0], false); }
Result<Value> m_readinto1(ThreadState& ts, Value self, CallArgs args) { return readinto_common(ts, self, args[0], true); }

Result<Value> m_write(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_attached(ts, self));
  std::string d = PY_TRY(bytes_arg(ts, args[0]));
  return buffered_write(ts, self, d);
}
Result<Value> m_flush(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(buffered_flush(ts, self));
  return g_none;
}

Result<Value> m_tell(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_usable(ts, self, "I/O operation on closed file"));
  Value raw = raw_of(self);
  Value pos_v = file_io_fast(raw) ? PY_TRY(raw_seek(ts, self, 0, SEEK_CUR)) : PY_TRY(call_attr(ts, raw, str_intern("tell"), {}));
  int64_t pos = PY_TRY(index_as_ssize(ts, pos_v));
  if (pos < 0) return raise(ts, g_exc_OSError, "Raw stream returned invalid position %lld", (long long)pos);
  pos -= unread_count(self);
  Value wbuf = field(self, kWriteBuf);
  if (!wbuf.is_null()) pos += static_cast<int64_t>(bytearray_view(wbuf).size());
  return int_from_int64(pos < 0 ? 0 : pos);
}

Result<Value> m_seek(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_attached(ts, self));
  if (is_instance_of(args[0], g_float_type)) return raise_type_error(ts, "an integer is required");
  int64_t pos = PY_TRY(index_as_ssize(ts, args[0]));
  int64_t whence = args.nargs > 1 ? PY_TRY(index_as_ssize(ts, args[1])) : 0;
  if (whence < 0 || whence > 4) return raise_value_error(ts, "whence value %lld unsupported", (long long)whence);
  PY_TRY(check_usable(ts, self, "seek of closed file"));
  Value seekable = PY_TRY(call_attr(ts, raw_of(self), str_intern("seekable"), {}));
  if (!PY_TRY(is_true(ts, seekable))) return raise_unsupported(ts, "File or stream is not seekable.");
  if (field_true(self, kCanWrite)) PY_TRY(flush_writes(ts, self));
  if (whence == SEEK_CUR) pos -= unread_count(self);
  drop_read_buffer(self);
  return raw_seek(ts, self, pos, static_cast<int>(whence));
}

Result<Value> m_truncate(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_usable(ts, self, "truncate of closed file"));
  if (!field_true(self, kCanWrite)) return raise_unsupported(ts, "truncate");
  PY_TRY(flush_writes(ts, self));
  Value pos = args.nargs > 0 ? args[0] : g_none;
  if (pos.is(g_none)) pos = PY_TRY(m_tell(ts, self, CallArgs{}));
  if (unread_count(self) > 0) PY_TRY(rewind_read_ahead(ts, self));
  drop_read_buffer(self);
  return call_attr(ts, raw_of(self), str_intern("truncate"), {pos});
}

Result<Value> m_close(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_attached(ts, self));
  if (PY_TRY(raw_closed(ts, self))) return g_none;
  Status st = field_true(self, kCanWrite) ? flush_writes(ts, self) : ok_status();
  Value pending;
  if (!st.ok()) {
    pending = ts.pending_exception;
    clear_pending_exception(ts);
  }
  drop_read_buffer(self);
  Result<Value> r = call_attr(ts, raw_of(self), str_intern("close"), {});
  if (!pending.is_null()) {
    if (!r.ok()) clear_pending_exception(ts);
    return raise_value(ts, pending);
  }
  if (!r.ok()) return Error{};
  return g_none;
}

Result<Value> m_detach(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_attached(ts, self));
  if (field_true(self, kCanWrite)) PY_TRY(buffered_flush(ts, self));
  Value raw = raw_of(self);
  set_field(self, kRaw, Value());
  set_field(self, kReady, g_false);
  set_field(self, kDetached, g_true);
  drop_read_buffer(self);
  return raw;
}

Result<Value> delegate(ThreadState& ts, Value self, const char* method) {
  PY_TRY(check_attached(ts, self));
  return call_attr(ts, raw_of(self), str_intern(method), {});
}
Result<Value> m_fileno(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "fileno"); }
Result<Value> m_isatty(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "isatty"); }
Result<Value> m_seekable(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "seekable"); }
Result<Value> m_readable(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "readable"); }
Result<Value> m_writable(ThreadState& ts, Value self, CallArgs) { return delegate(ts, self, "writable"); }

Result<Value> raw_attr(ThreadState& ts, Value self, const char* name) {
  PY_TRY(check_attached(ts, self));
  return get_attr(ts, raw_of(self), str_intern(name));
}
Result<Value> g_raw(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_attached(ts, self));
  return raw_of(self);
}
Result<Value> g_closed(ThreadState& ts, Value self, CallArgs) { return raw_attr(ts, self, "closed"); }
Result<Value> g_name(ThreadState& ts, Value self, CallArgs) { return raw_attr(ts, self, "name"); }
Result<Value> g_mode(ThreadState& ts, Value self, CallArgs) { return raw_attr(ts, self, "mode"); }

Result<Value> m_repr(ThreadState& ts, Value self, CallArgs) {
  std::string type = type_tp_name(type_of(self));
  if (type.find('.') == std::string::npos) type = "_io." + type;
  if (!field_true(self, kReady)) return str_from_utf8("<" + type + ">");
  Result<Value> name = get_attr(ts, self, str_intern("name"));
  if (!name.ok()) {
    if (!is_instance_of(ts.pending_exception, g_exc_Exception)) return Error{};
    clear_pending_exception(ts);
    return str_from_utf8("<" + type + ">");
  }
  return str_from_utf8("<" + type + " name=" + PY_TRY(repr_utf8(ts, name.value())) + ">");
}

#define COMMON_METHODS                                          \
  {"__new__", io_new, 0, -1, kNativeStatic, nullptr},            \
  {"flush", m_flush, 0, 0, 0, nullptr},                          \
  {"close", m_close, 0, 0, 0, nullptr},                          \
  {"detach", m_detach, 0, 0, 0, nullptr},                        \
  {"seek", m_seek, 1, 2, kNativeNoKeywords, nullptr},            \
  {"tell", m_tell, 0, 0, 0, nullptr},                            \
  {"truncate", m_truncate, 0, 1, kNativeNoKeywords, nullptr},    \
  {"fileno", m_fileno, 0, 0, 0, nullptr},                        \
  {"isatty", m_isatty, 0, 0, 0, nullptr},                        \
  {"seekable", m_seekable, 0, 0, 0, nullptr},                    \
  {"__repr__", m_repr, 0, 0, 0, nullptr}
#define READ_METHODS                                             \
  {"read", m_read, 0, 1, kNativeNoKeywords, nullptr},            \
  {"read1", m_read1, 0, 1, kNativeNoKeywords, nullptr},          \
  {"readline", m_readline, 0, 1, kNativeNoKeywords, nullptr},    \
  {"readinto", m_readinto, 1, 1, kNativeNoKeywords, nullptr},    \
  {"readinto1", m_readinto1, 1, 1, kNativeNoKeywords, nullptr},  \
  {"peek", m_peek, 0, 1, kNativeNoKeywords, nullptr},            \
  {"__next__", m_next, 0, 0, 0, nullptr},                        \
  {"readable", m_readable, 0, 0, 0, nullptr}
#define WRITE_METHODS                                            \
  {"write", m_write, 1, 1, kNativeNoKeywords, nullptr},          \
  {"writable", m_writable, 0, 0, 0, nullptr}

const NativeMethod kReaderMethods[] = {{"__init__", reader_init, 0, -1, 0, nullptr}, COMMON_METHODS, READ_METHODS};
const NativeMethod kWriterMethods[] = {{"__init__", writer_init, 0, -1, 0, nullptr}, COMMON_METHODS, WRITE_METHODS};
const NativeMethod kRandomMethods[] = {{"__init__", random_init, 0, -1, 0, nullptr}, COMMON_METHODS, READ_METHODS,
                                       WRITE_METHODS};
const NativeMethod kGetters[] = {
    {"raw", g_raw, 0, 0, 0, nullptr},
    {"closed", g_closed, 0, 0, 0, nullptr},
    {"name", g_name, 0, 0, 0, nullptr},
    {"mode", g_mode, 0, 0, 0, nullptr},
};

// ---- BufferedRWPair: a reader and a writer over two raw streams ----

Result<Value> pair_init(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs < 2 || args.nargs > 3) return raise_type_error(ts, "BufferedRWPair expected 2 or 3 arguments");
  Value size = args.nargs > 2 ? args[2] : Value::small_int(kDefaultBufferSize);
  Value reader = PY_TRY(call(ts, Value::from_object(g_buffered_reader_type), {args[0], size}));
  Value writer = PY_TRY(call(ts, Value::from_object(g_buffered_writer_type), {args[1], size}));
  set_field(self, kPairReader, reader);
  set_field(self, kPairWriter, writer);
  return g_none;
}

Result<Value> pair_forward(ThreadState& ts, Value target, const char* method, CallArgs args) {
  Value fn = PY_TRY(get_attr(ts, target, str_intern(method)));
  return call(ts, fn, args);
}
#define PAIR_FORWARD(fname, which, method)                                  \
  Result<Value> fname(ThreadState& ts, Value self, CallArgs args) {         \
    Value target = field(self, which);                                      \
    if (target.is_null()) return raise_value_error(ts, "I/O operation on uninitialized object"); \
    return pair_forward(ts, target, method, args);                          \
  }
PAIR_FORWARD(pair_read, kPairReader, "read")
PAIR_FORWARD(pair_read1, kPairReader, "read1")
PAIR_FORWARD(pair_peek, kPairReader, "peek")
PAIR_FORWARD(pair_readinto, kPairReader, "readinto")
PAIR_FORWARD(pair_readinto1, kPairReader, "readinto1")
PAIR_FORWARD(pair_readable, kPairReader, "readable")
PAIR_FORWARD(pair_write, kPairWriter, "write")
PAIR_FORWARD(pair_flush, kPairWriter, "flush")
PAIR_FORWARD(pair_writable, kPairWriter, "writable")

Result<Value> pair_isatty(ThreadState& ts, Value self, CallArgs) {
  Value w = PY_TRY(call_attr(ts, field(self, kPairWriter), str_intern("isatty"), {}));
  if (PY_TRY(is_true(ts, w))) return w;
  return call_attr(ts, field(self, kPairReader), str_intern("isatty"), {});
}
Result<Value> pair_close(ThreadState& ts, Value self, CallArgs) {
  Result<Value> w = call_attr(ts, field(self, kPairWriter), str_intern("close"), {});
  Value pending;
  if (!w.ok()) {
    pending = ts.pending_exception;
    clear_pending_exception(ts);
  }
  Result<Value> r = call_attr(ts, field(self, kPairReader), str_intern("close"), {});
  if (!pending.is_null()) {
    if (!r.ok()) clear_pending_exception(ts);
    return raise_value(ts, pending);
  }
  if (!r.ok()) return Error{};
  return g_none;
}
Result<Value> pair_closed_get(ThreadState& ts, Value self, CallArgs) {
  return get_attr(ts, field(self, kPairWriter), str_intern("closed"));
}

const NativeMethod kPairMethods[] = {
    {"__new__", io_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", pair_init, 0, -1, kNativeNoKeywords, nullptr},
    {"read", pair_read, 0, -1, 0, nullptr},
    {"read1", pair_read1, 0, -1, 0, nullptr},
    {"peek", pair_peek, 0, -1, 0, nullptr},
    {"readinto", pair_readinto, 0, -1, 0, nullptr},
    {"readinto1", pair_readinto1, 0, -1, 0, nullptr},
    {"readable", pair_readable, 0, -1, 0, nullptr},
    {"write", pair_write, 0, -1, 0, nullptr},
    {"flush", pair_flush, 0, -1, 0, nullptr},
    {"writable", pair_writable, 0, -1, 0, nullptr},
    {"isatty", pair_isatty, 0, 0, 0, nullptr},
    {"close", pair_close, 0, 0, 0, nullptr},
};
const NativeMethod kPairGetters[] = {{"closed", pair_closed_get, 0, 0, 0, nullptr}};

}  // namespace

void init_buffered_types() {
  g_buffered_reader_type = make_io_type("BufferedReader", g_buffered_iobase_type, kReaderMethods, kGetters);
  g_buffered_writer_type = make_io_type("BufferedWriter", g_buffered_iobase_type, kWriterMethods, kGetters);
  g_buffered_random_type = make_io_type("BufferedRandom", g_buffered_iobase_type, kRandomMethods, kGetters);
  g_buffered_rwpair_type = make_io_type("BufferedRWPair", g_buffered_iobase_type, kPairMethods, kPairGetters);
}

}  // namespace pystm::io
