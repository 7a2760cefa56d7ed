// stdlib/posixsubprocess_module.cpp — `_posixsubprocess.fork_exec`, the
// process launcher of subprocess.Popen on POSIX (arguments as in CPython
// 3.11's subprocess.py). Everything the child needs (argv, envp, paths, fd
// lists) is converted before fork(); the child then only makes system calls
// — it never touches the Python heap, which it still shares with the parent
// (see posix_process.cpp) — except when a preexec_fn is given: then the
// child first moves its heap onto a private copy, as os.fork() does.
// Failures in the child are reported on errpipe_write as
// "ExceptionName:hex errno:message", which subprocess.py decodes.
// Must never: allocate Python objects or run Python code in the child
// before separating its heap.
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/builtins/builtins_module.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stdlib/posix_support.h"
#include "gc/heap.h"
#include "stm/fork.h"
#include "stm/page_sharing.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Result<std::string> fs_bytes(ThreadState& ts, Value v) {
  Value s = PY_TRY(posix_fspath_value(ts, v));
  std::string text = is_str(s) ? str_to_utf8(s)
                               : std::string(reinterpret_cast<const char*>(bytes_data(s)),
                                             static_cast<size_t>(bytes_size(s)));
  if (text.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null byte");
  return text;
}

Result<std::vector<std::string>> fs_list(ThreadState& ts, Value seq) {
  std::vector<std::string> out;
  if (seq.is(g_none)) return out;
  Value list = PY_TRY(sequence_to_list(ts, seq));
  for (int64_t i = 0; i < list_size(list); ++i) out.push_back(PY_TRY(fs_bytes(ts, list_get(list, i))));
  return out;
}

Result<int> int_arg(ThreadState& ts, Value v) {
  if (v.is(g_none)) return -1;
  return static_cast<int>(PY_TRY(index_as_ssize(ts, v)));
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Async-signal-safe report of a failure in the child, then _exit.
[[noreturn]] void child_fail(int errpipe, const char* type, int err, const char* message) {
  char buf[160];
  int n = std::snprintf(buf, sizeof buf, "%s:%x:%s", type, err, message);
  if (n > 0) {
    ssize_t ignored = ::write(errpipe, buf, static_cast<size_t>(std::min(n, static_cast<int>(sizeof buf) - 1)));
    (void)ignored;
  }
  ::_exit(255);
}

// fd -> target (0, 1 or 2), or just inheritable when it is already there.
int move_fd(int fd, int target) {
  if (fd == target) {
    int flags = ::fcntl(fd, F_GETFD);
    return flags < 0 ? -1 : ::fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
  }
  return ::dup2(fd, target) < 0 ? -1 : 0;
}

struct ChildPlan {
  std::vector<char*> argv, envp;
  std::vector<std::string> executables;
  bool has_env = false;
  std::string cwd;
  bool has_cwd = false;
  bool close_fds = true;
  std::vector<int> keep;  // sorted pass_fds
  int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
  bool restore_signals, call_setsid;
  int pgid, child_umask;
  int64_t gid = -1, uid = -1;
  bool has_groups = false;
  std::vector<gid_t> groups;
  Value preexec;
};

void close_other_fds(const ChildPlan& p) {
  int from = 3;
  for (int k : p.keep) {
    if (k < from) continue;
    if (k > from) ::syscall(SYS_close_range, from, k - 1, 0);
    from = k + 1;
  }
  ::syscall(SYS_close_range, from, ~0U, 0);
}

[[noreturn]] void run_child(ThreadState& ts, ChildPlan& p) {
  int ew = p.errpipe_write;
  if (p.p2cwrite != -1) ::close(p.p2cwrite);
  if (p.c2pread != -1) ::close(p.c2pread);
  if (p.errread != -1) ::close(p.errread);
  ::close(p.errpipe_read);
  // Keep stdout/stderr targets clear of the descriptors we are about to fill.
  if (p.c2pwrite == 0) p.c2pwrite = ::dup(p.c2pwrite);
  while (p.errwrite == 0 || p.errwrite == 1) p.errwrite = ::dup(p.errwrite);
  if (p.p2cread != -1 && move_fd(p.p2cread, 0) < 0) child_fail(ew, "OSError", errno, "noexec");
  if (p.c2pwrite != -1 && move_fd(p.c2pwrite, 1) < 0) child_fail(ew, "OSError", errno, "noexec");
  if (p.errwrite != -1 && move_fd(p.errwrite, 2) < 0) child_fail(ew, "OSError", errno, "noexec");
  if (p.has_cwd && ::chdir(p.cwd.c_str()) != 0) child_fail(ew, "OSError", errno, "noexec");
  if (p.child_umask >= 0) ::umask(static_cast<mode_t>(p.child_umask));
  if (p.restore_signals) {
    ::signal(SIGPIPE, SIG_DFL);
    ::signal(SIGXFSZ, SIG_DFL);
  }
  if (p.call_setsid && ::setsid() < 0) child_fail(ew, "OSError", errno, "noexec");
  if (p.pgid >= 0 && ::setpgid(0, p.pgid) != 0) child_fail(ew, "OSError", errno, "noexec");
  if (p.has_groups && ::setgroups(p.groups.size(), p.groups.data()) != 0) child_fail(ew, "OSError", errno, "noexec");
  if (p.gid >= 0 && ::setregid(static_cast<gid_t>(p.gid), static_cast<gid_t>(p.gid)) != 0)
    child_fail(ew, "OSError", errno, "noexec");
  if (p.uid >= 0 && ::setreuid(static_cast<uid_t>(p.uid), static_cast<uid_t>(p.uid)) != 0)
    child_fail(ew, "OSError", errno, "noexec");
  if (!p.preexec.is_null() && !p.preexec.is(g_none)) {
    if (!call(ts, p.preexec, {}).ok()) child_fail(ew, "SubprocessError", 0, "Exception occurred in preexec_fn.");
    flush_std_streams();
  }
  for (int fd : p.keep) {
    if (fd == ew) continue;  // closed by the exec, which tells the parent it worked
    int flags = ::fcntl(fd, F_GETFD);
    if (flags >= 0) ::fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
  }
  if (p.close_fds) close_other_fds(p);
  int saved = 0;
  for (std::string& exe : p.executables) {
    if (p.has_env) ::execve(exe.c_str(), p.argv.data(), p.envp.data());
    else ::execv(exe.c_str(), p.argv.data());
    if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
  }
  child_fail(ew, "OSError", saved ? saved : errno, "");
}

Result<Value> fork_exec(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs != 23) return raise_type_error(ts, "fork_exec() takes exactly 23 arguments (%zu given)", args.nargs);
  ChildPlan p;
  std::vector<std::string> argv = PY_TRY(fs_list(ts, args[0]));
  p.executables = PY_TRY(fs_list(ts, args[1]));
  p.close_fds = PY_TRY(is_true(ts, args[2]));
  Value keep = PY_TRY(sequence_to_list(ts, args[3]));
  for (int64_t i = 0; i < list_size(keep); ++i) {
    int64_t fd = PY_TRY(index_as_ssize(ts, list_get(keep, i)));
    if (fd < 0) return raise_value_error(ts, "bad value(s) in fds_to_keep");
    p.keep.push_back(static_cast<int>(fd));
  }
  std::sort(p.keep.begin(), p.keep.end());
  if (!args[4].is(g_none)) {
    p.cwd = PY_TRY(fs_bytes(ts, args[4]));
    p.has_cwd = true;
  }
  std::vector<std::string> env;
  if (!args[5].is(g_none)) {
    env = PY_TRY(fs_list(ts, args[5]));
    p.has_env = true;
  }
  int* fds[] = {&p.p2cread, &p.p2cwrite, &p.c2pread, &p.c2pwrite, &p.errread, &p.errwrite, &p.errpipe_read,
                &p.errpipe_write};
  for (int i = 0; i < 8; ++i) *fds[i] = PY_TRY(int_arg(ts, args[6 + static_cast<size_t>(i)]));
  p.restore_signals = PY_TRY(is_true(ts, args[14]));
  p.call_setsid = PY_TRY(is_true(ts, args[15]));
  p.pgid = PY_TRY(int_arg(ts, args[16]));
  if (!args[17].is(g_none)) p.gid = PY_TRY(index_as_ssize(ts, args[17]));
  if (!args[18].is(g_none)) {
    p.has_groups = true;
    Value groups = PY_TRY(sequence_to_list(ts, args[18]));
    for (int64_t i = 0; i < list_size(groups); ++i)
      p.groups.push_back(static_cast<gid_t>(PY_TRY(index_as_ssize(ts, list_get(groups, i)))));
  }
  if (!args[19].is(g_none)) p.uid = PY_TRY(index_as_ssize(ts, args[19]));
  p.child_umask = PY_TRY(int_arg(ts, args[20]));
  p.preexec = args[21];
  bool has_preexec = !p.preexec.is(g_none);
  if (has_preexec && !is_callable(p.preexec)) return raise_type_error(ts, "preexec_fn must be callable");
  if (argv.empty() && p.executables.empty()) return raise_value_error(ts, "args must not be empty");
  p.argv = c_strings(argv);
  p.envp = c_strings(env);

  PY_TRY(enter_inevitable(ts));
  flush_std_streams();
  int sync[2] = {-1, -1};
  if (has_preexec && ::pipe2(sync, O_CLOEXEC) != 0) return raise_os_error(ts, errno);
  // A child that runs preexec_fn runs Python: it needs the heap consistent
  // (stm/fork.h). One that only execs touches nothing of it.
  if (has_preexec) stm::prepare_fork();
  pid_t pid = ::fork();
  if (has_preexec && pid != 0) stm::after_fork_in_parent();
  if (pid < 0) {
    int err = errno;
    if (has_preexec) {
      ::close(sync[0]);
      ::close(sync[1]);
    }
    return raise_os_error(ts, err);
  }
  if (pid == 0) {
    if (has_preexec) {
      gc::forget_other_threads_after_fork();
      stm::after_fork_in_child();
      stm::separate_heap_after_fork();
      forget_other_threads_after_fork();
      char done = 1;
      ssize_t ignored = ::write(sync[1], &done, 1);
      (void)ignored;
      ::close(sync[0]);
      ::close(sync[1]);
    }
    run_child(ts, p);
  }
  if (has_preexec) {
    ::close(sync[1]);
    char done;
    while (::read(sync[0], &done, 1) < 0 && errno == EINTR) {
    }
    ::close(sync[0]);
  }
  return int_from_int64(pid);
}

const NativeMethod kFunctions[] = {
    {"fork_exec", fork_exec, 0, -1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_posixsubprocess_module(ThreadState&) {
  Value module = module_new(str_intern("_posixsubprocess"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
