// stdlib/io/file_io.cpp — io.FileIO: raw, unbuffered I/O on a file
// descriptor (library reference "io.FileIO").
// Owns: opening (mode parsing, opener, O_CLOEXEC, the directory check),
// read/readinto/readall/write/seek/tell/truncate/close on the descriptor.
// Must never: make a system call without making the running transaction
// inevitable first (I/O cannot be undone by an abort).
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/objects/bytearray_object.h"
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

TypeObject* g_file_io_type = nullptr;

namespace {

enum : uint32_t { kFd = 1, kReadable, kWritable, kAppending, kCreated, kCloseFd, kSeekable, kBlksize };


Status check_open(ThreadState& ts, Value self) {
  if (field(self, kFd).is_null() || field_int(self, kFd) < 0) return raise_value_error(ts, "I/O operation on closed file");
  return ok_status();
}
Result<int> fd_of(ThreadState& ts, Value self) {
  PY_TRY(check_open(ts, self));
  return static_cast<int>(field_int(self, kFd));
}
Result<int> readable_fd(ThreadState& ts, Value self) {
  int fd = PY_TRY(fd_of(ts, self));
  if (!field_true(self, kReadable)) return raise_unsupported(ts, "File not open for reading");
  return fd;
}
Result<int> writable_fd(ThreadState& ts, Value self) {
  int fd = PY_TRY(fd_of(ts, self));
  if (!field_true(self, kWritable)) return raise_unsupported(ts, "File not open for writing");
  return fd;
}

Result<Value> fio_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "FileIO", args, {"file", "mode", "closefd", "opener"}));
  Value file = arg_at(args, 0, "file");
  Value mode_v = arg_at(args, 1, "mode");
  Value closefd_v = arg_at(args, 2, "closefd");
  Value opener = arg_at(args, 3, "opener");
  if (file.is_null()) return raise_type_error(ts, "FileIO() missing required argument 'file' (pos 1)");
  // Re-initialising an open FileIO closes it first.
  if (!field(self, kFd).is_null() && field_int(self, kFd) >= 0 && field_true(self, kCloseFd)) {
    PY_TRY(enter_inevitable(ts));
    ::close(static_cast<int>(field_int(self, kFd)));
    set_field_int(self, kFd, -1);
  }
  std::string mode = "r";
  if (!mode_v.is_null()) {
    if (!is_instance_of(mode_v, g_str_type))
      return raise_type_error(ts, "FileIO() argument 'mode' must be str, not %s", type_name_of(mode_v).c_str());
    mode = str_to_utf8(mode_v);
  }
  bool closefd = closefd_v.is_null() ? true : PY_TRY(is_true(ts, closefd_v));
  bool readable = false, writable = false, appending = false, created = false, plus = false;
  int rwa = 0;
  int flags = 0;
  for (char c : mode) {
    switch (c) {
      case 'x': ++rwa; created = writable = true; flags |= O_EXCL | O_CREAT; break;
      case 'r': ++rwa; readable = true; break;
      case 'w': ++rwa; writable = true; flags |= O_CREAT | O_TRUNC; break;
      case 'a': ++rwa; writable = appending = true; flags |= O_APPEND | O_CREAT; break;
      case 'b': break;
      case '+':
        if (plus) rwa = 2;
        plus = readable = writable = true;
        break;
      default: return raise_value_error(ts, "invalid mode: %s", mode.c_str());
    }
    if (rwa > 1) break;
  }
  if (rwa != 1)
    return raise_value_error(ts, "Must have exactly one of create/read/write/append mode and at most one plus");
  flags |= readable && writable ? O_RDWR : (readable ? O_RDONLY : O_WRONLY);
  flags |= O_CLOEXEC;
  int fd = -1;
  Value name = file;
  if (is_int(file)) {
    int64_t n = PY_TRY(index_as_ssize(ts, file));
    if (n < 0) return raise_value_error(ts, "negative file descriptor");
    fd = static_cast<int>(n);
  } else {
    Value path = file;
    if (!is_str(path) && !(path.is_object() && path.as_object()->kind() == ObjectKind::Bytes)) {
      Value method = lookup_special(path, str_intern("__fspath__"));
      if (method.is_null())
        return raise_type_error(ts, "expected str, bytes or os.PathLike object, not %s", type_name_of(path).c_str());
      path = PY_TRY(call_special(ts, method, path, {}));
    }
    std::string text = is_str(path) ? str_to_utf8(path)
                                    : std::string(reinterpret_cast<const char*>(bytes_data(path)),
                                                  static_cast<size_t>(bytes_size(path)));
    if (text.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null byte");
    if (!closefd) return raise_value_error(ts, "Cannot use closefd=False with file name");
    if (opener.is_null() || opener.is(g_none)) {
      PY_TRY(enter_inevitable(ts));
      do {
        fd = ::open(text.c_str(), flags, 0666);
      } while (fd < 0 && errno == EINTR);
      if (fd < 0) return raise_os_error(ts, errno, file);
    } else {
      Value r = PY_TRY(call(ts, opener, {file, Value::small_int(flags)}));
      if (!is_int(r)) return raise_type_error(ts, "expected integer from opener");
      int64_t n = PY_TRY(index_as_ssize(ts, r));
      if (n < 0) return raise_value_error(ts, "opener returned %lld", (long long)n);
      fd = static_cast<int>(n);
    }
  }
  PY_TRY(enter_inevitable(ts));
  struct stat st;
  int64_t blksize = kDefaultBufferSize;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (closefd && !is_int(file)) ::close(fd);
      return raise_os_error(ts, EISDIR, file);
    }
    if (st.st_blksize > 1) blksize = st.st_blksize;
  } else if (errno == EBADF) {
    return raise_os_error(ts, EBADF);
  }
  set_field_int(self, kFd, fd);
  set_field(self, kReadable, bool_value(readable));
  set_field(self, kWritable, bool_value(writable));
  set_field(self, kAppending, bool_value(appending));
  set_field(self, kCreated, bool_value(created));
  set_field(self, kCloseFd, bool_value(closefd));
  set_field_int(self, kSeekable, -1);
  set_field_int(self, kBlksize, blksize);
  set_field(self, kIOBaseClosed, g_false);
  PY_TRY(set_attr(ts, self, str_intern("name"), name));
  if (appending) ::lseek(fd, 0, SEEK_END);
  if (closefd) PY_TRY(track_raw_fd(ts, self, fd));
  return g_none;
}

Result<Value> fio_new(ThreadState& ts, Value self, CallArgs args) {
  Value obj = PY_TRY(io_new(ts, self, args));
  set_field_int(obj, kFd, -1);
  set_field(obj, kCloseFd, g_true);
  return obj;
}

Result<Value> fio_readinto(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(readable_fd(ts, self));
  int64_t n = PY_TRY(buffer_length(ts, args[0]));
  std::string tmp(static_cast<size_t>(std::min(n, kMaxReadChunk)), '\0');
  int64_t got = PY_TRY(fd_read(ts, fd, tmp.data(), tmp.size()));
  if (got < 0) return g_none;
  PY_TRY(copy_into_buffer(ts, args[0], std::string_view(tmp.data(), static_cast<size_t>(got))));
  return Value::small_int(got);
}

Result<Value> fio_readall(ThreadState& ts, Value self, CallArgs) {
  int fd = PY_TRY(fd_of(ts, self));
  PY_TRY(enter_inevitable(ts));
  std::string out;
  errno = 0;
  Status st = read_all_fd(ts, fd, &out);
  if (!st.ok()) return Error{};
  if (out.empty() && errno == EAGAIN) return g_none;
  return bytes_from(out.data(), static_cast<int64_t>(out.size()));
}

Result<Value> fio_read(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(readable_fd(ts, self));
  int64_t n = PY_TRY(size_arg(ts, args.nargs > 0 ? args[0] : Value()));
  if (n < 0) return fio_readall(ts, self, CallArgs{});
  std::string tmp(static_cast<size_t>(std::min(n, kMaxReadChunk)), '\0');
  int64_t got = PY_TRY(fd_read(ts, fd, tmp.data(), tmp.size()));
  if (got < 0) return g_none;
  return bytes_from(tmp.data(), got);
}

Result<Value> fio_write(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(writable_fd(ts, self));
  std::string d = PY_TRY(bytes_arg(ts, args[0]));
  int64_t put = PY_TRY(fd_write(ts, fd, d.data(), d.size()));
  if (put < 0) return g_none;
  return Value::small_int(put);
}

Result<Value> fio_seek(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(fd_of(ts, self));
  if (is_instance_of(args[0], g_float_type)) return raise_type_error(ts, "an integer is required");
  int64_t pos = PY_TRY(index_as_ssize(ts, args[0]));
  int64_t whence = args.nargs > 1 ? PY_TRY(index_as_ssize(ts, args[1])) : 0;
  PY_TRY(enter_inevitable(ts));
  off_t r = ::lseek(fd, pos, static_cast<int>(whence));
  if (r < 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}

Result<Value> fio_tell(ThreadState& ts, Value self, CallArgs) {
  int fd = PY_TRY(fd_of(ts, self));
  PY_TRY(enter_inevitable(ts));
  off_t r = ::lseek(fd, 0, SEEK_CUR);
  if (r < 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}

Result<Value> fio_truncate(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(writable_fd(ts, self));
  PY_TRY(enter_inevitable(ts));
  int64_t size;
  if (args.nargs > 0 && !args[0].is(g_none)) size = PY_TRY(index_as_ssize(ts, args[0]));
  else size = ::lseek(fd, 0, SEEK_CUR);
  if (::ftruncate(fd, size) != 0) return raise_os_error(ts, errno);
  return int_from_int64(size);
}

Result<Value> fio_close(ThreadState& ts, Value self, CallArgs) {
  // _IOBase.close semantics: flush (a no-op here), then mark closed.
  if (!field(self, kFd).is_null() && field_int(self, kFd) >= 0) {
    int fd = static_cast<int>(field_int(self, kFd));
    set_field_int(self, kFd, -1);
    set_field(self, kIOBaseClosed, g_true);
    if (field_true(self, kCloseFd)) {
      PY_TRY(enter_inevitable(ts));
      untrack_raw_fd(self);
      if (::close(fd) != 0 && errno != EINTR) return raise_os_error(ts, errno);
    }
  }
  set_field(self, kIOBaseClosed, g_true);
  return g_none;
}

Result<Value> fio_seekable(ThreadState& ts, Value self, CallArgs) {
  int fd = PY_TRY(fd_of(ts, self));
  int64_t known = field_int(self, kSeekable);
  if (known < 0) {
    PY_TRY(enter_inevitable(ts));
    known = ::lseek(fd, 0, SEEK_CUR) < 0 ? 0 : 1;
    set_field_int(self, kSeekable, known);
  }
  return bool_value(known == 1);
}
Result<Value> fio_readable(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return bool_value(field_true(self, kReadable));
}
Result<Value> fio_writable(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(check_open(ts, self));
  return bool_value(field_true(self, kWritable));
}
Result<Value> fio_fileno(ThreadState& ts, Value self, CallArgs) { return Value::small_int(PY_TRY(fd_of(ts, self))); }
Result<Value> fio_isatty(ThreadState& ts, Value self, CallArgs) {
  int fd = PY_TRY(fd_of(ts, self));
  PY_TRY(enter_inevitable(ts));
  return bool_value(::isatty(fd));
}

std::string mode_string(Value self) {
  bool r = field_true(self, kReadable), w = field_true(self, kWritable);
  if (field_true(self, kCreated)) return r ? "xb+" : "xb";
  if (field_true(self, kAppending)) return r ? "ab+" : "ab";
  if (r && w) return "rb+";
  return r ? "rb" : "wb";
}

Result<Value> fio_mode(ThreadState&, Value self, CallArgs) { return str_from_ascii(mode_string(self)); }
Result<Value> fio_closed(ThreadState&, Value self, CallArgs) {
  return bool_value(field(self, kFd).is_null() || field_int(self, kFd) < 0);
}
Result<Value> fio_closefd(ThreadState&, Value self, CallArgs) { return bool_value(field_true(self, kCloseFd)); }
Result<Value> fio_blksize(ThreadState&, Value self, CallArgs) { return Value::small_int(field_int(self, kBlksize)); }

Result<Value> fio_repr(ThreadState& ts, Value self, CallArgs) {
  std::string type = type_tp_name(type_of(self));
  if (type.find('.') == std::string::npos) type = "_io." + type;
  if (field(self, kFd).is_null() || field_int(self, kFd) < 0) return str_from_utf8("<" + type + " [closed]>");
  std::string closefd = field_true(self, kCloseFd) ? "True" : "False";
  Value name = PY_TRY(get_attr_optional(ts, self, str_intern("name")));
  std::string out = "<" + type;
  if (name.is_absent()) out += " fd=" + std::to_string(field_int(self, kFd));
  else out += " name=" + PY_TRY(repr_utf8(ts, name));
  return str_from_utf8(out + " mode='" + mode_string(self) + "' closefd=" + closefd + ">");
}

const NativeMethod kMethods[] = {
    {"__new__", fio_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", fio_init, 0, -1, 0, nullptr},
    {"read", fio_read, 0, 1, kNativeNoKeywords, nullptr},
    {"readall", fio_readall, 0, 0, 0, nullptr},
    {"readinto", fio_readinto, 1, 1, kNativeNoKeywords, nullptr},
    {"write", fio_write, 1, 1, kNativeNoKeywords, nullptr},
    {"seek", fio_seek, 1, 2, kNativeNoKeywords, nullptr},
    {"tell", fio_tell, 0, 0, 0, nullptr},
    {"truncate", fio_truncate, 0, 1, kNativeNoKeywords, nullptr},
    {"close", fio_close, 0, 0, 0, nullptr},
    {"seekable", fio_seekable, 0, 0, 0, nullptr},
    {"readable", fio_readable, 0, 0, 0, nullptr},
    {"writable", fio_writable, 0, 0, 0, nullptr},
    {"fileno", fio_fileno, 0, 0, 0, nullptr},
    {"isatty", fio_isatty, 0, 0, 0, nullptr},
    {"__repr__", fio_repr, 0, 0, 0, nullptr},
};
const NativeMethod kGetters[] = {
    {"mode", fio_mode, 0, 0, 0, nullptr},
    {"closed", fio_closed, 0, 0, 0, nullptr},
    {"closefd", fio_closefd, 0, 0, 0, nullptr},
    {"_blksize", fio_blksize, 0, 0, 0, nullptr},
};

}  // namespace

Result<int64_t> fd_read(ThreadState& ts, int fd, char* buf, size_t n) {
  PY_TRY(enter_inevitable(ts));
  ssize_t got;
  do {
    got = ::read(fd, buf, n);
  } while (got < 0 && errno == EINTR);
  if (got < 0) {
    if (errno == EAGAIN) return -1;
    return raise_os_error(ts, errno);
  }
  return static_cast<int64_t>(got);
}

Result<int64_t> fd_write(ThreadState& ts, int fd, const char* buf, size_t n) {
  PY_TRY(enter_inevitable(ts));
  ssize_t put;
  do {
    put = ::write(fd, buf, n);
  } while (put < 0 && errno == EINTR);
  if (put < 0) {
    if (errno == EAGAIN) return -1;
    return raise_os_error(ts, errno);
  }
  return static_cast<int64_t>(put);
}

bool file_io_fast(Value raw) { return raw.is_object() && type_of(raw) == g_file_io_type; }
int file_io_fd(Value raw) {
  Value fd = field(raw, kFd);
  return fd.is_null() ? -1 : static_cast<int>(fd.as_small_int());
}

void init_file_io_type() { g_file_io_type = make_io_type("FileIO", g_raw_iobase_type, kMethods, kGetters); }

}  // namespace pystm::io
