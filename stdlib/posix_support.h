// stdlib/posix_support.h — what the files of the `posix` module share:
// path arguments (str, bytes, os.PathLike, with CPython's messages), file
// descriptor arguments, argument binding by name, OSError with filenames,
// and each file's function table.
// Must never: perform an effect (the calls themselves make the transaction
// inevitable first).
#pragma once
#include <cerrno>
#include <initializer_list>
#include <span>
#include <string>

#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/thread_turns.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

struct ThreadState;

bool is_bytes_value(Value v);
// os.fspath(): str and bytes as they are, else __fspath__().
Result<Value> posix_fspath_value(ThreadState& ts, Value p);

struct PosixPath {
  Value original;
  std::string text;
  bool is_bytes = false;
  int fd = -1;  // when the call accepts a descriptor and got one
};
// `kinds` names what the call accepts, for CPython's TypeError message; a
// descriptor is accepted when allow_fd.
Result<PosixPath> posix_path_arg(ThreadState& ts, Value p, const char* fname, bool allow_fd = false,
                                 bool allow_none = false);
// The str or bytes form of a file name, like the path argument was given.
Value posix_name_value(const std::string& name, bool as_bytes);
Error posix_path_error(ThreadState& ts, const PosixPath& p);
Error posix_path_error2(ThreadState& ts, int err, const PosixPath& a, const PosixPath& b);

// A file descriptor argument: an int (or __index__) that fits in a C int.
Result<int> posix_fd_arg(ThreadState& ts, Value v);
Result<int64_t> posix_int_arg(ThreadState& ts, Value v);
// CPython's PyObject_AsFileDescriptor: an int, or the int fileno() returns;
// ValueError for a negative one.
Result<int> posix_fileno_arg(ThreadState& ts, Value v);
// A dir_fd argument: AT_FDCWD when absent or None.
Result<int> posix_dir_fd_arg(ThreadState& ts, Value v);

// Binds positional then keyword arguments to `names`; out[i] is null when
// absent. TypeError for an unknown keyword, a duplicate, too many positional
// arguments or a missing one of the first `required`.
Status posix_bind(ThreadState& ts, const char* fname, CallArgs args, std::initializer_list<const char*> names,
                  size_t required, Value* out);

// Runs a system call (returns -1 with errno on failure) again when a signal
// interrupts it, after running the Python handlers (PEP 475); a handler's
// exception ends the call.
// The call runs outside the thread turn (other Python threads run while it
// blocks), so `fn` must not touch the heap.
template <class Fn>
Result<long> posix_retry_eintr(ThreadState& ts, Fn&& fn) {
  for (;;) {
    long r = 0;
    PY_TRY(wait_outside_turn(ts, [&] { r = static_cast<long>(fn()); }));
    if (r >= 0 || errno != EINTR) return r;
    int saved = errno;
    PY_TRY(run_pending_signals(ts));
    errno = saved;
  }
}

// stat_result from a struct stat (posix_stat.cpp).
Result<Value> posix_stat_result(ThreadState& ts, const void* struct_stat);
Result<Value> posix_stat_result_type(ThreadState& ts);

std::span<const NativeMethod> posix_stat_functions();
std::span<const NativeMethod> posix_file_functions();
std::span<const NativeMethod> posix_dir_functions();
std::span<const NativeMethod> posix_process_functions();
Status posix_init_dir_types(ThreadState& ts, Value module);
Status posix_init_process(ThreadState& ts, Value module);
Status posix_init_stat(ThreadState& ts, Value module);
Status posix_init_files(ThreadState& ts, Value module);

}  // namespace pystm
