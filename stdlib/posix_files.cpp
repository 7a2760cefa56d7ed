// stdlib/posix_files.cpp — file descriptors and file-system changes in the
// `posix` module: open/read/write/close/lseek and friends, pipes and dup,
// inheritable/blocking flags, unlink/rename/link/symlink/readlink, chmod,
// chown, utime, access, truncate, sendfile, terminal size (library
// reference "os — File Descriptor Operations", "Files and Directories").
// Must never: perform an effect before making the transaction inevitable
// (effects cannot be rolled back); write Python values anywhere but the heap.
#include <fcntl.h>
#include <langinfo.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>
#include <pty.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/type_object.h"
#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/posix_support.h"
#include "stdlib/struct_sequence.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_terminal_size;
const char* const kTerminalSizeFields[] = {"columns", "lines"};
const StructSequenceSpec kTerminalSizeSpec{"os", "terminal_size", kTerminalSizeFields, 2};

Value ok_none() { return g_none; }

// --- Descriptors ---------------------------------------------------------------

Result<Value> posix_open(ThreadState& ts, Value, CallArgs args) {
  Value a[4];
  PY_TRY(posix_bind(ts, "open", args, {"path", "flags", "mode", "dir_fd"}, 2, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "open"));
  int64_t flags = PY_TRY(posix_int_arg(ts, a[1]));
  int64_t mode = a[2].is_null() ? 0777 : PY_TRY(posix_int_arg(ts, a[2]));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[3]));
  PY_TRY(enter_inevitable(ts));
  long fd = PY_TRY(posix_retry_eintr(ts, [&] {
    return ::openat(dir_fd, path.text.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
  }));
  if (fd < 0) return posix_path_error(ts, path);
  return int_from_int64(fd);
}

Result<Value> posix_close(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  if (::close(fd) != 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> posix_closerange(ThreadState& ts, Value, CallArgs args) {
  int lo = PY_TRY(posix_fd_arg(ts, args[0]));
  int hi = PY_TRY(posix_fd_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  for (int fd = lo < 0 ? 0 : lo; fd < hi; ++fd) ::close(fd);
  return ok_none();
}

Result<Value> posix_read(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int64_t n = PY_TRY(posix_int_arg(ts, args[1]));
  if (n < 0) return raise_value_error(ts, "negative count");
  std::string buf(static_cast<size_t>(n), '\0');
  PY_TRY(enter_inevitable(ts));
  long got = PY_TRY(posix_retry_eintr(ts, [&] { return ::read(fd, buf.data(), buf.size()); }));
  if (got < 0) return raise_os_error(ts, errno);
  return bytes_from(buf.data(), got);
}

Result<Value> posix_pread(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int64_t n = PY_TRY(posix_int_arg(ts, args[1]));
  int64_t offset = PY_TRY(posix_int_arg(ts, args[2]));
  if (n < 0) return raise_value_error(ts, "negative count");
  std::string buf(static_cast<size_t>(n), '\0');
  PY_TRY(enter_inevitable(ts));
  long got = PY_TRY(posix_retry_eintr(ts, [&] { return ::pread(fd, buf.data(), buf.size(), offset); }));
  if (got < 0) return raise_os_error(ts, errno);
  return bytes_from(buf.data(), got);
}

Result<Value> posix_write(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[1], &data));
  std::string copy(data.view);
  PY_TRY(enter_inevitable(ts));
  if (fd == 1 || fd == 2) flush_std_streams();
  long put = PY_TRY(posix_retry_eintr(ts, [&] { return ::write(fd, copy.data(), copy.size()); }));
  if (put < 0) return raise_os_error(ts, errno);
  return int_from_int64(put);
}

Result<Value> posix_pwrite(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[1], &data));
  std::string copy(data.view);
  int64_t offset = PY_TRY(posix_int_arg(ts, args[2]));
  PY_TRY(enter_inevitable(ts));
  long put = PY_TRY(posix_retry_eintr(ts, [&] { return ::pwrite(fd, copy.data(), copy.size(), offset); }));
  if (put < 0) return raise_os_error(ts, errno);
  return int_from_int64(put);
}

Result<Value> posix_lseek(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int64_t pos = PY_TRY(posix_int_arg(ts, args[1]));
  int64_t how = PY_TRY(posix_int_arg(ts, args[2]));
  PY_TRY(enter_inevitable(ts));
  off_t r = ::lseek(fd, pos, static_cast<int>(how));
  if (r < 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}

template <int (*Fn)(int)>
Result<Value> fd_call(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  if (Fn(fd) != 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> posix_ftruncate(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int64_t length = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  if (::ftruncate(fd, length) != 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> posix_truncate(ThreadState& ts, Value, CallArgs args) {
  PosixPath path = PY_TRY(posix_path_arg(ts, args[0], "truncate", true));
  int64_t length = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  int rc = path.fd >= 0 ? ::ftruncate(path.fd, length) : ::truncate(path.text.c_str(), length);
  if (rc != 0) return posix_path_error(ts, path);
  return ok_none();
}

Result<Value> posix_isatty(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  return bool_value(::isatty(fd) == 1);
}

Result<Value> posix_ttyname(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  char buf[256];
  int err = ::ttyname_r(fd, buf, sizeof buf);
  if (err != 0) return raise_os_error(ts, err);
  return str_from_utf8(buf);
}

Result<Value> posix_device_encoding(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  if (::isatty(fd) != 1) return ok_none();
  return str_from_utf8(nl_langinfo(CODESET));
}

Result<Value> posix_pipe(ThreadState& ts, Value, CallArgs) {
  int fds[2];
  PY_TRY(enter_inevitable(ts));
  if (::pipe2(fds, O_CLOEXEC) != 0) return raise_os_error(ts, errno);
  return tuple_pack({Value::small_int(fds[0]), Value::small_int(fds[1])});
}

Result<Value> posix_pipe2(ThreadState& ts, Value, CallArgs args) {
  int64_t flags = PY_TRY(posix_int_arg(ts, args[0]));
  int fds[2];
  PY_TRY(enter_inevitable(ts));
  if (::pipe2(fds, static_cast<int>(flags)) != 0) return raise_os_error(ts, errno);
  return tuple_pack({Value::small_int(fds[0]), Value::small_int(fds[1])});
}

Result<Value> posix_dup(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_os_error(ts, errno);
  return Value::small_int(r);
}

Result<Value> posix_dup2(ThreadState& ts, Value, CallArgs args) {
  Value a[3];
  PY_TRY(posix_bind(ts, "dup2", args, {"fd", "fd2", "inheritable"}, 2, a));
  int fd = PY_TRY(posix_fd_arg(ts, a[0]));
  int fd2 = PY_TRY(posix_fd_arg(ts, a[1]));
  bool inheritable = a[2].is_null() ? true : PY_TRY(is_true(ts, a[2]));
  PY_TRY(enter_inevitable(ts));
  int r = inheritable ? ::dup2(fd, fd2) : (fd == fd2 ? (errno = EINVAL, -1) : ::dup3(fd, fd2, O_CLOEXEC));
  if (r < 0) return raise_os_error(ts, errno);
  return Value::small_int(r);
}

Result<Value> posix_get_inheritable(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return raise_os_error(ts, errno);
  return bool_value(!(flags & FD_CLOEXEC));
}

Result<Value> posix_set_inheritable(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  bool inheritable = PY_TRY(is_true(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return raise_os_error(ts, errno);
  flags = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (::fcntl(fd, F_SETFD, flags) < 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> posix_get_blocking(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) return raise_os_error(ts, errno);
  return bool_value(!(flags & O_NONBLOCK));
}

Result<Value> posix_set_blocking(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  bool blocking = PY_TRY(is_true(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) return raise_os_error(ts, errno);
  flags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
  if (::fcntl(fd, F_SETFL, flags) < 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> posix_openpty(ThreadState& ts, Value, CallArgs) {
  int master, slave;
  PY_TRY(enter_inevitable(ts));
  if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) return raise_os_error(ts, errno);
  ::fcntl(master, F_SETFD, FD_CLOEXEC);
  ::fcntl(slave, F_SETFD, FD_CLOEXEC);
  return tuple_pack({Value::small_int(master), Value::small_int(slave)});
}

Result<Value> posix_sendfile(ThreadState& ts, Value, CallArgs args) {
  Value a[4];
  PY_TRY(posix_bind(ts, "sendfile", args, {"out_fd", "in_fd", "offset", "count"}, 4, a));
  int out_fd = PY_TRY(posix_fd_arg(ts, a[0]));
  int in_fd = PY_TRY(posix_fd_arg(ts, a[1]));
  int64_t count = PY_TRY(posix_int_arg(ts, a[3]));
  PY_TRY(enter_inevitable(ts));
  ssize_t r;
  if (a[2].is(g_none)) {
    do r = ::sendfile(out_fd, in_fd, nullptr, static_cast<size_t>(count));
    while (r < 0 && errno == EINTR);
  } else {
    off_t offset = PY_TRY(posix_int_arg(ts, a[2]));
    do r = ::sendfile(out_fd, in_fd, &offset, static_cast<size_t>(count));
    while (r < 0 && errno == EINTR);
  }
  if (r < 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}

Result<Value> posix_get_terminal_size(ThreadState& ts, Value, CallArgs args) {
  int fd = args.nargs > 0 ? PY_TRY(posix_fd_arg(ts, args[0])) : 1;
  winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_os_error(ts, errno);
  Value type = PY_TRY(struct_sequence_type(ts, &g_terminal_size, kTerminalSizeSpec));
  const Value items[] = {Value::small_int(w.ws_col), Value::small_int(w.ws_row)};
  return struct_sequence_new(ts, type, items);
}

// --- Names -----------------------------------------------------------------------

Result<Value> unlink_call(ThreadState& ts, CallArgs args, const char* fname) {
  Value a[2];
  PY_TRY(posix_bind(ts, fname, args, {"path", "dir_fd"}, 1, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], fname));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[1]));
  PY_TRY(enter_inevitable(ts));
  if (::unlinkat(dir_fd, path.text.c_str(), 0) != 0) return posix_path_error(ts, path);
  return ok_none();
}
Result<Value> posix_unlink(ThreadState& ts, Value, CallArgs args) { return unlink_call(ts, args, "unlink"); }
Result<Value> posix_remove(ThreadState& ts, Value, CallArgs args) { return unlink_call(ts, args, "remove"); }

// rename, replace, link: two names (each relative to its dir_fd), errors carry both.
Result<Value> two_path_call(ThreadState& ts, CallArgs args, const char* fname, bool is_link) {
  Value a[5];
  PY_TRY(posix_bind(ts, fname, args, {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, a));
  PosixPath from = PY_TRY(posix_path_arg(ts, a[0], fname));
  PosixPath to = PY_TRY(posix_path_arg(ts, a[1], fname));
  int src_dir = PY_TRY(posix_dir_fd_arg(ts, a[2]));
  int dst_dir = PY_TRY(posix_dir_fd_arg(ts, a[3]));
  bool follow = a[4].is_null() ? true : PY_TRY(is_true(ts, a[4]));
  if (from.is_bytes != to.is_bytes)
    return raise_type_error(ts, "%s: src and dst must be the same type", fname);
  PY_TRY(enter_inevitable(ts));
  int rc = is_link ? ::linkat(src_dir, from.text.c_str(), dst_dir, to.text.c_str(), follow ? AT_SYMLINK_FOLLOW : 0)
                   : ::renameat(src_dir, from.text.c_str(), dst_dir, to.text.c_str());
  if (rc != 0) return posix_path_error2(ts, errno, from, to);
  return ok_none();
}
Result<Value> posix_rename(ThreadState& ts, Value, CallArgs args) { return two_path_call(ts, args, "rename", false); }
Result<Value> posix_replace(ThreadState& ts, Value, CallArgs args) { return two_path_call(ts, args, "replace", false); }
Result<Value> posix_link(ThreadState& ts, Value, CallArgs args) { return two_path_call(ts, args, "link", true); }
Result<Value> posix_symlink(ThreadState& ts, Value, CallArgs args) {
  Value a[4];
  PY_TRY(posix_bind(ts, "symlink", args, {"src", "dst", "target_is_directory", "dir_fd"}, 2, a));
  PosixPath from = PY_TRY(posix_path_arg(ts, a[0], "symlink"));
  PosixPath to = PY_TRY(posix_path_arg(ts, a[1], "symlink"));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[3]));
  PY_TRY(enter_inevitable(ts));
  if (::symlinkat(from.text.c_str(), dir_fd, to.text.c_str()) != 0) return posix_path_error2(ts, errno, from, to);
  return ok_none();
}

Result<Value> posix_readlink(ThreadState& ts, Value, CallArgs args) {
  Value a[2];
  PY_TRY(posix_bind(ts, "readlink", args, {"path", "dir_fd"}, 1, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "readlink"));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[1]));
  PY_TRY(enter_inevitable(ts));
  std::string buf(4096, '\0');
  for (;;) {
    ssize_t n = ::readlinkat(dir_fd, path.text.c_str(), buf.data(), buf.size());
    if (n < 0) return posix_path_error(ts, path);
    if (static_cast<size_t>(n) < buf.size()) {
      buf.resize(static_cast<size_t>(n));
      break;
    }
    buf.resize(buf.size() * 2);
  }
  return posix_name_value(buf, path.is_bytes);
}

Result<Value> posix_chmod(ThreadState& ts, Value, CallArgs args) {
  Value a[4];
  PY_TRY(posix_bind(ts, "chmod", args, {"path", "mode", "dir_fd", "follow_symlinks"}, 2, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "chmod", true));
  int64_t mode = PY_TRY(posix_int_arg(ts, a[1]));
  bool follow = a[3].is_null() ? true : PY_TRY(is_true(ts, a[3]));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[2]));
  PY_TRY(enter_inevitable(ts));
  int rc = path.fd >= 0 ? ::fchmod(path.fd, static_cast<mode_t>(mode))
                        : ::fchmodat(dir_fd, path.text.c_str(), static_cast<mode_t>(mode),
                                     follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (rc != 0) return posix_path_error(ts, path);
  return ok_none();
}
Result<Value> posix_fchmod(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int64_t mode = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> chown_call(ThreadState& ts, CallArgs args, const char* fname, bool follow_default) {
  Value a[5];
  PY_TRY(posix_bind(ts, fname, args, {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], fname, true));
  int64_t uid = PY_TRY(posix_int_arg(ts, a[1]));
  int64_t gid = PY_TRY(posix_int_arg(ts, a[2]));
  bool follow = a[4].is_null() ? follow_default : PY_TRY(is_true(ts, a[4]));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[3]));
  PY_TRY(enter_inevitable(ts));
  int rc = path.fd >= 0 ? ::fchown(path.fd, static_cast<uid_t>(uid), static_cast<gid_t>(gid))
                        : ::fchownat(dir_fd, path.text.c_str(), static_cast<uid_t>(uid), static_cast<gid_t>(gid),
                                     follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (rc != 0) return posix_path_error(ts, path);
  return ok_none();
}
Result<Value> posix_chown(ThreadState& ts, Value, CallArgs args) { return chown_call(ts, args, "chown", true); }
Result<Value> posix_lchown(ThreadState& ts, Value, CallArgs args) { return chown_call(ts, args, "lchown", false); }

// One time of utime's `times` (seconds as int or float) as a timespec.
Result<timespec> seconds_arg(ThreadState& ts, Value v) {
  timespec t{};
  if (is_float(v)) {
    double d = float_value(v);
    double whole = std::floor(d);
    t.tv_sec = static_cast<time_t>(whole);
    t.tv_nsec = static_cast<long>(std::round((d - whole) * 1e9));
    if (t.tv_nsec >= 1000000000) {
      t.tv_sec += 1;
      t.tv_nsec -= 1000000000;
    }
    return t;
  }
  t.tv_sec = PY_TRY(posix_int_arg(ts, v));
  return t;
}

Result<Value> posix_utime(ThreadState& ts, Value, CallArgs args) {
  Value a[5];
  PY_TRY(posix_bind(ts, "utime", args, {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "utime", true));
  bool has_times = !a[1].is_null() && !a[1].is(g_none);
  bool has_ns = !a[2].is_null();
  if (has_times && has_ns) return raise_value_error(ts, "utime: you may specify either 'times' or 'ns' but not both");
  timespec ts2[2];
  timespec* what = nullptr;
  if (has_times) {
    if (!is_instance_of(a[1], g_tuple_type) || tuple_size(a[1]) != 2)
      return raise_type_error(ts, "utime: 'times' must be either a tuple of two ints or None");
    ts2[0] = PY_TRY(seconds_arg(ts, tuple_item(a[1], 0)));
    ts2[1] = PY_TRY(seconds_arg(ts, tuple_item(a[1], 1)));
    what = ts2;
  } else if (has_ns) {
    if (!is_instance_of(a[2], g_tuple_type) || tuple_size(a[2]) != 2)
      return raise_type_error(ts, "utime: 'ns' must be a tuple of two ints");
    for (int k = 0; k < 2; ++k) {
      Value n = tuple_item(a[2], k);
      if (!is_int(n)) return raise_type_error(ts, "utime: 'ns' must be a tuple of two ints");
      Value q = PY_TRY(int_divmod(ts, n, int_from_int64(1000000000)));
      ts2[k].tv_sec = PY_TRY(posix_int_arg(ts, tuple_item(q, 0)));
      ts2[k].tv_nsec = static_cast<long>(PY_TRY(posix_int_arg(ts, tuple_item(q, 1))));
    }
    what = ts2;
  }
  bool follow = a[4].is_null() ? true : PY_TRY(is_true(ts, a[4]));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[3]));
  PY_TRY(enter_inevitable(ts));
  int rc = path.fd >= 0 ? ::futimens(path.fd, what)
                        : ::utimensat(dir_fd, path.text.c_str(), what, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (rc != 0) return posix_path_error(ts, path);
  return ok_none();
}

Result<Value> posix_access(ThreadState& ts, Value, CallArgs args) {
  Value a[5];
  PY_TRY(posix_bind(ts, "access", args, {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "access"));
  int64_t mode = PY_TRY(posix_int_arg(ts, a[1]));
  int flags = 0;
  if (!a[3].is_null() && PY_TRY(is_true(ts, a[3]))) flags |= AT_EACCESS;
  if (!a[4].is_null() && !PY_TRY(is_true(ts, a[4]))) flags |= AT_SYMLINK_NOFOLLOW;
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[2]));
  return bool_value(::faccessat(dir_fd, path.text.c_str(), static_cast<int>(mode), flags) == 0);
}

Result<Value> posix_mkfifo(ThreadState& ts, Value, CallArgs args) {
  Value a[3];
  PY_TRY(posix_bind(ts, "mkfifo", args, {"path", "mode", "dir_fd"}, 1, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "mkfifo"));
  int64_t mode = a[1].is_null() ? 0666 : PY_TRY(posix_int_arg(ts, a[1]));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[2]));
  PY_TRY(enter_inevitable(ts));
  if (::mkfifoat(dir_fd, path.text.c_str(), static_cast<mode_t>(mode)) != 0) return posix_path_error(ts, path);
  return ok_none();
}

Result<Value> posix_umask(ThreadState& ts, Value, CallArgs args) {
  int64_t mask = PY_TRY(posix_int_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  return Value::small_int(::umask(static_cast<mode_t>(mask)));
}

Result<Value> posix_fchown(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int64_t uid = PY_TRY(posix_int_arg(ts, args[1]));
  int64_t gid = PY_TRY(posix_int_arg(ts, args[2]));
  PY_TRY(enter_inevitable(ts));
  if (::fchown(fd, static_cast<uid_t>(uid), static_cast<gid_t>(gid)) != 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> posix_lockf(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int cmd = static_cast<int>(PY_TRY(posix_int_arg(ts, args[1])));
  int64_t len = PY_TRY(posix_int_arg(ts, args[2]));
  long r = PY_TRY(posix_retry_eintr(ts, [&] { return ::lockf(fd, cmd, len); }));
  if (r < 0) return raise_os_error(ts, errno);
  return ok_none();
}

Result<Value> posix_mknod(ThreadState& ts, Value, CallArgs args) {
  Value a[4];
  PY_TRY(posix_bind(ts, "mknod", args, {"path", "mode", "device", "dir_fd"}, 1, a));
  PosixPath path = PY_TRY(posix_path_arg(ts, a[0], "mknod"));
  int64_t mode = a[1].is_null() ? 0600 : PY_TRY(posix_int_arg(ts, a[1]));
  int64_t device = a[2].is_null() ? 0 : PY_TRY(posix_int_arg(ts, a[2]));
  int dir_fd = PY_TRY(posix_dir_fd_arg(ts, a[3]));
  PY_TRY(enter_inevitable(ts));
  if (::mknodat(dir_fd, path.text.c_str(), static_cast<mode_t>(mode), static_cast<dev_t>(device)) != 0)
    return posix_path_error(ts, path);
  return ok_none();
}

Result<Value> posix_chroot(ThreadState& ts, Value, CallArgs args) {
  PosixPath path = PY_TRY(posix_path_arg(ts, args[0], "chroot"));
  PY_TRY(enter_inevitable(ts));
  if (::chroot(path.text.c_str()) != 0) return posix_path_error(ts, path);
  return ok_none();
}

const NativeMethod kFunctions[] = {
    {"open", posix_open, 0, -1, 0, nullptr},
    {"close", posix_close, 1, 1, kNativeNoKeywords, nullptr},
    {"closerange", posix_closerange, 2, 2, kNativeNoKeywords, nullptr},
    {"read", posix_read, 2, 2, kNativeNoKeywords, nullptr},
    {"pread", posix_pread, 3, 3, kNativeNoKeywords, nullptr},
    {"write", posix_write, 2, 2, kNativeNoKeywords, nullptr},
    {"pwrite", posix_pwrite, 3, 3, kNativeNoKeywords, nullptr},
    {"lseek", posix_lseek, 3, 3, kNativeNoKeywords, nullptr},
    {"fsync", fd_call<::fsync>, 1, 1, kNativeNoKeywords, nullptr},
    {"fdatasync", fd_call<::fdatasync>, 1, 1, kNativeNoKeywords, nullptr},
    {"ftruncate", posix_ftruncate, 2, 2, kNativeNoKeywords, nullptr},
    {"truncate", posix_truncate, 2, 2, 0, nullptr},
    {"isatty", posix_isatty, 1, 1, kNativeNoKeywords, nullptr},
    {"ttyname", posix_ttyname, 1, 1, kNativeNoKeywords, nullptr},
    {"device_encoding", posix_device_encoding, 1, 1, 0, nullptr},
    {"pipe", posix_pipe, 0, 0, 0, nullptr},
    {"pipe2", posix_pipe2, 1, 1, kNativeNoKeywords, nullptr},
    {"dup", posix_dup, 1, 1, kNativeNoKeywords, nullptr},
    {"dup2", posix_dup2, 0, -1, 0, nullptr},
    {"get_inheritable", posix_get_inheritable, 1, 1, kNativeNoKeywords, nullptr},
    {"set_inheritable", posix_set_inheritable, 2, 2, kNativeNoKeywords, nullptr},
    {"get_blocking", posix_get_blocking, 1, 1, kNativeNoKeywords, nullptr},
    {"set_blocking", posix_set_blocking, 2, 2, kNativeNoKeywords, nullptr},
    {"openpty", posix_openpty, 0, 0, 0, nullptr},
    {"sendfile", posix_sendfile, 0, -1, 0, nullptr},
    {"get_terminal_size", posix_get_terminal_size, 0, 1, kNativeNoKeywords, nullptr},
    {"unlink", posix_unlink, 0, -1, 0, nullptr},
    {"remove", posix_remove, 0, -1, 0, nullptr},
    {"rename", posix_rename, 0, -1, 0, nullptr},
    {"replace", posix_replace, 0, -1, 0, nullptr},
    {"link", posix_link, 0, -1, 0, nullptr},
    {"symlink", posix_symlink, 0, -1, 0, nullptr},
    {"readlink", posix_readlink, 0, -1, 0, nullptr},
    {"chmod", posix_chmod, 0, -1, 0, nullptr},
    {"fchmod", posix_fchmod, 2, 2, 0, nullptr},
    {"chown", posix_chown, 0, -1, 0, nullptr},
    {"lchown", posix_lchown, 0, -1, 0, nullptr},
    {"utime", posix_utime, 0, -1, 0, nullptr},
    {"access", posix_access, 0, -1, 0, nullptr},
    {"mkfifo", posix_mkfifo, 0, -1, 0, nullptr},
    {"umask", posix_umask, 1, 1, kNativeNoKeywords, nullptr},
    {"fchown", posix_fchown, 3, 3, 0, nullptr},
    {"lockf", posix_lockf, 3, 3, kNativeNoKeywords, nullptr},
    {"mknod", posix_mknod, 0, -1, 0, nullptr},
    {"chroot", posix_chroot, 1, 1, 0, nullptr},
};

}  // namespace

std::span<const NativeMethod> posix_file_functions() { return kFunctions; }

}  // namespace pystm

namespace pystm {
Status posix_init_files(ThreadState& ts, Value module) {
  module_set(module, "terminal_size", PY_TRY(struct_sequence_type(ts, &g_terminal_size, kTerminalSizeSpec)));
  return ok_status();
}
}  // namespace pystm
