// stdlib/fcntl_module.cpp — the `fcntl` module (library reference "fcntl —
// The fcntl and ioctl system calls"): fcntl, ioctl, flock, lockf and their
// constants. Descriptors may be ints or objects with fileno().
// Must never: make the call before making the transaction inevitable.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/posix_support.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

// fcntl and ioctl share the argument rules: an int, or a buffer of at most
// 1024 bytes handed to the call and returned as bytes.
Result<Value> control_call(ThreadState& ts, CallArgs args, bool is_ioctl) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  unsigned long code = static_cast<unsigned long>(PY_TRY(index_as_ssize(ts, args[1])));
  Value arg = args.nargs > 2 ? args[2] : Value::small_int(0);
  PY_TRY(enter_inevitable(ts));
  if (is_int(arg)) {
    long i = static_cast<long>(PY_TRY(index_as_ssize(ts, arg)));
    int r;
    do r = is_ioctl ? ::ioctl(fd, code, i) : ::fcntl(fd, static_cast<int>(code), i);
    while (r < 0 && errno == EINTR && run_pending_signals(ts).ok());
    if (r < 0) return raise_os_error(ts, errno);
    return Value::small_int(r);
  }
  std::string buf;
  if (is_str(arg)) {
    buf = str_to_utf8(arg);
  } else {
    BytesArg data;
    PY_TRY(require_bytes_like(ts, arg, &data));
    buf.assign(data.view);
  }
  if (buf.size() > 1024) return raise_value_error(ts, "%s string arg too long", is_ioctl ? "ioctl" : "fcntl");
  size_t n = buf.size();
  buf.resize(1024 + 1);
  int r = is_ioctl ? ::ioctl(fd, code, buf.data()) : ::fcntl(fd, static_cast<int>(code), buf.data());
  if (r < 0) return raise_os_error(ts, errno);
  return bytes_from(buf.data(), static_cast<int64_t>(n));
}

Result<Value> fcntl_fcntl(ThreadState& ts, Value, CallArgs args) { return control_call(ts, args, false); }
Result<Value> fcntl_ioctl(ThreadState& ts, Value, CallArgs args) { return control_call(ts, args, true); }

Result<Value> fcntl_flock(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  int op = static_cast<int>(PY_TRY(index_as_ssize(ts, args[1])));
  PY_TRY(enter_inevitable(ts));
  int r;
  do r = ::flock(fd, op);
  while (r < 0 && errno == EINTR && run_pending_signals(ts).ok());
  if (r < 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> fcntl_lockf(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  int cmd = static_cast<int>(PY_TRY(index_as_ssize(ts, args[1])));
  int64_t len = args.nargs > 2 ? PY_TRY(index_as_ssize(ts, args[2])) : 0;
  int64_t start = args.nargs > 3 ? PY_TRY(index_as_ssize(ts, args[3])) : 0;
  int whence = args.nargs > 4 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[4]))) : 0;
  struct flock l {};
  if (cmd == LOCK_UN) l.l_type = F_UNLCK;
  else if (cmd & LOCK_SH) l.l_type = F_RDLCK;
  else if (cmd & LOCK_EX) l.l_type = F_WRLCK;
  else return raise_value_error(ts, "unrecognized lockf argument");
  l.l_start = start;
  l.l_len = len;
  l.l_whence = static_cast<short>(whence);
  PY_TRY(enter_inevitable(ts));
  int r;
  do r = ::fcntl(fd, (cmd & LOCK_NB) ? F_SETLK : F_SETLKW, &l);
  while (r < 0 && errno == EINTR && run_pending_signals(ts).ok());
  if (r < 0) return raise_os_error(ts, errno);
  return g_none;
}

const NativeMethod kFunctions[] = {
    {"fcntl", fcntl_fcntl, 2, 3, kNativeNoKeywords, nullptr},
    {"ioctl", fcntl_ioctl, 2, 4, kNativeNoKeywords, nullptr},
    {"flock", fcntl_flock, 2, 2, kNativeNoKeywords, nullptr},
    {"lockf", fcntl_lockf, 2, 5, kNativeNoKeywords, nullptr},
};

#define FCNTL_CONSTANT(name) {#name, name}
const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    FCNTL_CONSTANT(F_DUPFD), FCNTL_CONSTANT(F_DUPFD_CLOEXEC), FCNTL_CONSTANT(F_GETFD), FCNTL_CONSTANT(F_SETFD),
    FCNTL_CONSTANT(F_GETFL), FCNTL_CONSTANT(F_SETFL), FCNTL_CONSTANT(F_GETLK), FCNTL_CONSTANT(F_SETLK),
    FCNTL_CONSTANT(F_SETLKW), FCNTL_CONSTANT(F_GETOWN), FCNTL_CONSTANT(F_SETOWN), FCNTL_CONSTANT(F_GETSIG),
    FCNTL_CONSTANT(F_SETSIG), FCNTL_CONSTANT(F_RDLCK), FCNTL_CONSTANT(F_WRLCK), FCNTL_CONSTANT(F_UNLCK),
    FCNTL_CONSTANT(F_GETLEASE), FCNTL_CONSTANT(F_SETLEASE), FCNTL_CONSTANT(F_EXLCK),
    FCNTL_CONSTANT(F_SHLCK), FCNTL_CONSTANT(F_GETPIPE_SZ), FCNTL_CONSTANT(F_SETPIPE_SZ),
    FCNTL_CONSTANT(F_OFD_GETLK), FCNTL_CONSTANT(F_OFD_SETLK), FCNTL_CONSTANT(F_OFD_SETLKW),
    FCNTL_CONSTANT(F_ADD_SEALS), FCNTL_CONSTANT(F_GET_SEALS), FCNTL_CONSTANT(F_SEAL_SEAL),
    FCNTL_CONSTANT(F_SEAL_SHRINK), FCNTL_CONSTANT(F_SEAL_GROW), FCNTL_CONSTANT(F_SEAL_WRITE),
    FCNTL_CONSTANT(FD_CLOEXEC), FCNTL_CONSTANT(LOCK_SH), FCNTL_CONSTANT(LOCK_EX), FCNTL_CONSTANT(LOCK_NB),
    FCNTL_CONSTANT(LOCK_UN), FCNTL_CONSTANT(LOCK_MAND), FCNTL_CONSTANT(LOCK_READ), FCNTL_CONSTANT(LOCK_WRITE),
    FCNTL_CONSTANT(LOCK_RW), FCNTL_CONSTANT(DN_ACCESS), FCNTL_CONSTANT(DN_MODIFY), FCNTL_CONSTANT(DN_CREATE),
    FCNTL_CONSTANT(DN_DELETE), FCNTL_CONSTANT(DN_RENAME), FCNTL_CONSTANT(DN_ATTRIB), FCNTL_CONSTANT(DN_MULTISHOT),
    FCNTL_CONSTANT(FASYNC),
    {"F_NOTIFY", F_NOTIFY},
};
#undef FCNTL_CONSTANT

}  // namespace

Result<Value> create_fcntl_module(ThreadState&) {
  Value module = module_new(str_intern("fcntl"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  return module;
}

}  // namespace pystm
