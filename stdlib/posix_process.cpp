// stdlib/posix_process.cpp — processes in the `posix` module: fork and the
// at-fork hooks, exec, wait and the status macros, kill, ids, times, uname,
// sysconf/confstr, urandom, strerror, cpu_count (library reference "os —
// Process Management", "Process Parameters", "Miscellaneous System
// Information").
//
// fork() and the runtime. The heap is a shared-memory file mapped MAP_SHARED
// (gc/page_space.h), which fork() would leave shared between parent and
// child. So fork() makes the transaction inevitable (nothing else commits),
// and the child, first thing, moves its heap onto a private copy of that
// file (stm::separate_heap_after_fork) while the parent waits on a pipe;
// only then do both go on. The child keeps the forking thread only (it holds
// the turn when threads take turns): the turn forgets the other threads
// (forget_other_threads_after_fork); their segments stay mapped, parked and
// idle. The forking thread holds the STM's locks across fork() (stm/fork.h),
// so no other thread is caught halfway through a commit or a privatization
// in the child's copy. The child can run Python and exec.
// Must never: let the parent touch the heap before the child has its copy.
#include <fcntl.h>
#include <signal.h>
#include <grp.h>
#include <sched.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "gc/heap.h"
#include "stm/fork.h"
#include <string>
#include <vector>

#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/type_object.h"
#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singleton_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stdlib/posix_support.h"
#include "stdlib/struct_sequence.h"
#include "stm/page_sharing.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_uname_result;
const char* const kUnameFields[] = {"sysname", "nodename", "release", "version", "machine"};
const StructSequenceSpec kUnameSpec{"posix", "uname_result", kUnameFields, 5};
Value g_times_result;
const char* const kTimesFields[] = {"user", "system", "children_user", "children_system", "elapsed"};
const StructSequenceSpec kTimesSpec{"posix", "times_result", kTimesFields, 5};

// register_at_fork: [before, after_in_child, after_in_parent] lists.
Value g_fork_hooks;

// --- fork ------------------------------------------------------------------------

// The caller's transaction is inevitable: the hooks are made once, in a
// malloc-side root.
Value fork_hooks() {
  if (g_fork_hooks.is_null()) {
    g_fork_hooks = tuple_pack({list_new(), list_new(), list_new()});
    add_global_root(&g_fork_hooks);
  }
  return g_fork_hooks;
}

Result<Value> posix_register_at_fork(ThreadState& ts, Value, CallArgs args) {
  Value a[3];
  PY_TRY(posix_bind(ts, "register_at_fork", args, {"before", "after_in_child", "after_in_parent"}, 0, a));
  if (args.nargs > 0) return raise_type_error(ts, "register_at_fork() takes no positional arguments");
  if (a[0].is_null() && a[1].is_null() && a[2].is_null())
    return raise_type_error(ts, "At least one argument is required.");
  static const char* const kNames[] = {"before", "after_in_child", "after_in_parent"};
  for (int i = 0; i < 3; ++i)
    if (!a[i].is_null() && !is_callable(a[i]))
      return raise_type_error(ts, "'%s' must be callable, not %s", kNames[i], type_name_of(a[i]).c_str());
  PY_TRY(enter_inevitable(ts));
  Value hooks = fork_hooks();
  for (int i = 0; i < 3; ++i)
    if (!a[i].is_null()) list_append(tuple_item(hooks, i), a[i]);
  return g_none;
}

// Runs the hooks of list `which`; `reverse` for the before-fork hooks.
// Their exceptions are ignored, as in CPython (which reports them as unraisable).
void run_fork_hooks(ThreadState& ts, int which, bool reverse) {
  if (g_fork_hooks.is_null()) return;
  Value list = tuple_item(g_fork_hooks, which);
  ValueVector items;
  for (int64_t i = 0; i < list_size(list); ++i) items.push_back(list_get(list, i));
  for (size_t k = 0; k < items.size(); ++k) {
    Value f = items[reverse ? items.size() - 1 - k : k];
    if (!call(ts, f, {}).ok()) clear_pending_exception(ts);
  }
}

Result<Value> posix_fork(ThreadState& ts, Value, CallArgs) {
  run_fork_hooks(ts, 0, true);
  PY_TRY(enter_inevitable(ts));
  flush_std_streams();
  int sync[2];
  if (::pipe2(sync, O_CLOEXEC) != 0) return raise_os_error(ts, errno);
  stm::prepare_fork();
  pid_t pid = ::fork();
  if (pid != 0) stm::after_fork_in_parent();
  if (pid < 0) {
    int err = errno;
    ::close(sync[0]);
    ::close(sync[1]);
    return raise_os_error(ts, err);
  }
  if (pid == 0) {
    gc::forget_other_threads_after_fork();
    stm::after_fork_in_child();
    stm::separate_heap_after_fork();
    forget_other_threads_after_fork();
    become_main_thread_after_fork();
    ::close(sync[0]);
    char done = 1;
    ssize_t ignored = ::write(sync[1], &done, 1);
    (void)ignored;
    ::close(sync[1]);
    run_fork_hooks(ts, 1, false);
    return Value::small_int(0);
  }
  ::close(sync[1]);
  char done;
  while (::read(sync[0], &done, 1) < 0 && errno == EINTR) {
  }
  ::close(sync[0]);
  run_fork_hooks(ts, 2, false);
  return int_from_int64(pid);
}

// --- exec ------------------------------------------------------------------------

Result<std::string> fs_text(ThreadState& ts, Value v, const char* fname) {
  Value s = PY_TRY(posix_fspath_value(ts, v));
  std::string text = is_str(s) ? str_to_utf8(s)
                               : std::string(reinterpret_cast<const char*>(bytes_data(s)),
                                             static_cast<size_t>(bytes_size(s)));
  if (text.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null byte");
  (void)fname;
  return text;
}

Result<std::vector<std::string>> argv_arg(ThreadState& ts, Value argv, const char* fname) {
  if (!is_instance_of(argv, g_tuple_type) && !is_instance_of(argv, g_list_type))
    return raise_type_error(ts, "%s() arg 2 must be a tuple or list", fname);
  Value items = PY_TRY(sequence_to_list(ts, argv));
  std::vector<std::string> out;
  for (int64_t i = 0; i < list_size(items); ++i) out.push_back(PY_TRY(fs_text(ts, list_get(items, i), fname)));
  if (out.empty()) return raise_value_error(ts, "%s() arg 2 must not be empty", fname);
  if (out[0].empty()) return raise_value_error(ts, "%s() arg 2 first element cannot be empty", fname);
  return out;
}

Result<std::vector<std::string>> env_arg(ThreadState& ts, Value env) {
  Value keys = PY_TRY(call_method(ts, env, str_intern("keys"), {}));
  Value list = PY_TRY(sequence_to_list(ts, keys));
  std::vector<std::string> out;
  for (int64_t i = 0; i < list_size(list); ++i) {
    Value k = list_get(list, i);
    Value v = PY_TRY(get_item(ts, env, k));
    std::string ks = PY_TRY(fs_text(ts, k, "execve"));
    std::string vs = PY_TRY(fs_text(ts, v, "execve"));
    if (ks.empty() || ks.find('=') != std::string::npos)
      return raise_value_error(ts, "illegal environment variable name");
    out.push_back(ks + "=" + vs);
  }
  return out;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

Result<Value> exec_call(ThreadState& ts, CallArgs args, const char* fname, bool with_env) {
  std::string path = PY_TRY(fs_text(ts, args[0], fname));
  std::vector<std::string> argv = PY_TRY(argv_arg(ts, args[1], fname));
  std::vector<std::string> env;
  if (with_env) {
    if (!is_instance_of(args[2], g_dict_type) && lookup_special(args[2], str_intern("keys")).is_null())
      return raise_type_error(ts, "execve: environment must be a mapping object");
    env = PY_TRY(env_arg(ts, args[2]));
  }
  PY_TRY(enter_inevitable(ts));
  flush_std_streams();
  std::vector<char*> cargv = c_strings(argv);
  if (with_env) {
    std::vector<char*> cenv = c_strings(env);
    ::execve(path.c_str(), cargv.data(), cenv.data());
  } else {
    ::execv(path.c_str(), cargv.data());
  }
  return raise_os_error(ts, errno);
}
Result<Value> posix_execv(ThreadState& ts, Value, CallArgs args) { return exec_call(ts, args, "execv", false); }
Result<Value> posix_execve(ThreadState& ts, Value, CallArgs args) { return exec_call(ts, args, "execve", true); }

// --- wait ------------------------------------------------------------------------

Result<Value> posix_waitpid(ThreadState& ts, Value, CallArgs args) {
  int64_t pid = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t options = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  int status = 0;
  long r = PY_TRY(posix_retry_eintr(ts, [&] { return static_cast<long>(::waitpid(static_cast<pid_t>(pid), &status,
                                                                           static_cast<int>(options))); }));
  if (r < 0) return raise_os_error(ts, errno);
  return tuple_pack({int_from_int64(r), Value::small_int(status)});
}

Result<Value> posix_wait(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  int status = 0;
  long r = PY_TRY(posix_retry_eintr(ts, [&] { return static_cast<long>(::wait(&status)); }));
  if (r < 0) return raise_os_error(ts, errno);
  return tuple_pack({int_from_int64(r), Value::small_int(status)});
}

Result<Value> posix_waitstatus_to_exitcode(ThreadState& ts, Value, CallArgs args) {
  Value a[1];
  PY_TRY(posix_bind(ts, "waitstatus_to_exitcode", args, {"status"}, 1, a));
  int64_t status = PY_TRY(posix_int_arg(ts, a[0]));
  int s = static_cast<int>(status);
  if (WIFEXITED(s)) return Value::small_int(WEXITSTATUS(s));
  if (WIFSIGNALED(s)) return Value::small_int(-WTERMSIG(s));
  return raise_value_error(ts, "invalid wait status: %d", s);
}

template <int Which>
Result<Value> wait_macro(ThreadState& ts, Value, CallArgs args) {
  Value a[1];
  PY_TRY(posix_bind(ts, "W", args, {"status"}, 1, a));
  int s = static_cast<int>(PY_TRY(posix_int_arg(ts, a[0])));
  switch (Which) {
    case 0: return bool_value(WIFEXITED(s));
    case 1: return Value::small_int(WEXITSTATUS(s));
    case 2: return bool_value(WIFSIGNALED(s));
    case 3: return Value::small_int(WTERMSIG(s));
    case 4: return bool_value(WIFSTOPPED(s));
    case 5: return Value::small_int(WSTOPSIG(s));
    case 6: return bool_value(WCOREDUMP(s));
    default: return bool_value(WIFCONTINUED(s));
  }
}

// --- signals to processes --------------------------------------------------------

Result<Value> posix_kill(ThreadState& ts, Value, CallArgs args) {
  int64_t pid = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t sig = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  if (::kill(static_cast<pid_t>(pid), static_cast<int>(sig)) != 0) return raise_os_error(ts, errno);
  // A signal sent to ourselves is handled before kill() returns, as in CPython.
  PY_TRY(run_pending_signals(ts));
  return g_none;
}

Result<Value> posix_killpg(ThreadState& ts, Value, CallArgs args) {
  int64_t pgid = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t sig = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  if (::killpg(static_cast<pid_t>(pgid), static_cast<int>(sig)) != 0) return raise_os_error(ts, errno);
  PY_TRY(run_pending_signals(ts));
  return g_none;
}

Result<Value> posix_abort(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  flush_std_streams();
  ::abort();
}

Result<Value> posix_exit(ThreadState& ts, Value, CallArgs args) {
  int64_t code = PY_TRY(posix_int_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  flush_std_streams();
  ::_exit(static_cast<int>(code));
}

// --- ids -------------------------------------------------------------------------

template <class T, T (*Fn)()>
Result<Value> id_call(ThreadState&, Value, CallArgs) {
  return int_from_int64(static_cast<int64_t>(Fn()));
}

Result<Value> posix_getgroups(ThreadState& ts, Value, CallArgs) {
  int n = ::getgroups(0, nullptr);
  if (n < 0) return raise_os_error(ts, errno);
  std::vector<gid_t> groups(static_cast<size_t>(n) + 1);
  n = ::getgroups(static_cast<int>(groups.size()), groups.data());
  if (n < 0) return raise_os_error(ts, errno);
  Value out = list_new();
  for (int i = 0; i < n; ++i) list_append(out, int_from_int64(groups[static_cast<size_t>(i)]));
  return out;
}

Result<Value> posix_getpgid(ThreadState& ts, Value, CallArgs args) {
  int64_t pid = PY_TRY(posix_int_arg(ts, args[0]));
  pid_t r = ::getpgid(static_cast<pid_t>(pid));
  if (r < 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}
Result<Value> posix_getsid(ThreadState& ts, Value, CallArgs args) {
  int64_t pid = PY_TRY(posix_int_arg(ts, args[0]));
  pid_t r = ::getsid(static_cast<pid_t>(pid));
  if (r < 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}
Result<Value> posix_setsid(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  if (::setsid() < 0) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> posix_setpgid(ThreadState& ts, Value, CallArgs args) {
  int64_t pid = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t pgid = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  if (::setpgid(static_cast<pid_t>(pid), static_cast<pid_t>(pgid)) != 0) return raise_os_error(ts, errno);
  return g_none;
}
template <int (*Fn)(unsigned)>
Result<Value> set_id_call(ThreadState& ts, Value, CallArgs args) {
  int64_t id = PY_TRY(posix_int_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  if (Fn(static_cast<unsigned>(id)) != 0) return raise_os_error(ts, errno);
  return g_none;
}
int do_setuid(unsigned id) { return ::setuid(id); }
int do_setgid(unsigned id) { return ::setgid(id); }
int do_seteuid(unsigned id) { return ::seteuid(id); }
int do_setegid(unsigned id) { return ::setegid(id); }

Result<Value> posix_getlogin(ThreadState& ts, Value, CallArgs) {
  const char* name = ::getlogin();
  if (!name) return raise_os_error(ts, errno ? errno : ENOTTY);
  return str_from_utf8(name);
}

Result<Value> posix_nice(ThreadState& ts, Value, CallArgs args) {
  int64_t inc = PY_TRY(posix_int_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  errno = 0;
  int r = ::nice(static_cast<int>(inc));
  if (r == -1 && errno != 0) return raise_os_error(ts, errno);
  return Value::small_int(r);
}

// --- system information ------------------------------------------------------------

Result<Value> posix_uname(ThreadState& ts, Value, CallArgs) {
  struct utsname u;
  if (::uname(&u) != 0) return raise_os_error(ts, errno);
  Value type = PY_TRY(struct_sequence_type(ts, &g_uname_result, kUnameSpec));
  const Value items[] = {str_from_utf8(u.sysname), str_from_utf8(u.nodename), str_from_utf8(u.release),
                         str_from_utf8(u.version), str_from_utf8(u.machine)};
  return struct_sequence_new(ts, type, items);
}

Result<Value> posix_times(ThreadState& ts, Value, CallArgs) {
  struct tms t;
  clock_t elapsed = ::times(&t);
  if (elapsed == static_cast<clock_t>(-1)) return raise_os_error(ts, errno);
  double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
  Value type = PY_TRY(struct_sequence_type(ts, &g_times_result, kTimesSpec));
  const Value items[] = {float_from_double(static_cast<double>(t.tms_utime) / tick),
                         float_from_double(static_cast<double>(t.tms_stime) / tick),
                         float_from_double(static_cast<double>(t.tms_cutime) / tick),
                         float_from_double(static_cast<double>(t.tms_cstime) / tick),
                         float_from_double(static_cast<double>(elapsed) / tick)};
  return struct_sequence_new(ts, type, items);
}

Result<Value> posix_cpu_count(ThreadState&, Value, CallArgs) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? Value::small_int(n) : g_none;
}

Result<Value> posix_getloadavg(ThreadState& ts, Value, CallArgs) {
  double avg[3];
  if (::getloadavg(avg, 3) != 3) return raise(ts, g_exc_OSError, "Load averages are unobtainable");
  return tuple_pack({float_from_double(avg[0]), float_from_double(avg[1]), float_from_double(avg[2])});
}

Result<Value> posix_strerror(ThreadState& ts, Value, CallArgs args) {
  int64_t code = PY_TRY(posix_int_arg(ts, args[0]));
  return str_from_utf8(std::strerror(static_cast<int>(code)));
}

Result<Value> posix_urandom(ThreadState& ts, Value, CallArgs args) {
  int64_t n = PY_TRY(posix_int_arg(ts, args[0]));
  if (n < 0) return raise_value_error(ts, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t done = 0;
  while (done < buf.size()) {
    ssize_t got = ::getrandom(buf.data() + done, buf.size() - done, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(ts, errno);
    }
    done += static_cast<size_t>(got);
  }
  return bytes_from(buf.data(), n);
}

Result<Value> posix_fspath(ThreadState& ts, Value, CallArgs args) {
  Value a[1];
  PY_TRY(posix_bind(ts, "fspath", args, {"path"}, 1, a));
  return posix_fspath_value(ts, a[0]);
}

Result<std::string> env_text(ThreadState& ts, Value v, const char* fname) {
  if (is_str(v)) return str_to_utf8(v);
  if (is_bytes_value(v))
    return std::string(reinterpret_cast<const char*>(bytes_data(v)), static_cast<size_t>(bytes_size(v)));
  return raise_type_error(ts, "%s: expected str, bytes or os.PathLike object, not %s", fname,
                          type_name_of(v).c_str());
}
Result<Value> posix_putenv(ThreadState& ts, Value, CallArgs args) {
  std::string key = PY_TRY(env_text(ts, args[0], "putenv"));
  std::string value = PY_TRY(env_text(ts, args[1], "putenv"));
  if (key.empty() || key.find('=') != std::string::npos)
    return raise_value_error(ts, "illegal environment variable name");
  if (key.find('\0') != std::string::npos || value.find('\0') != std::string::npos)
    return raise_value_error(ts, "embedded null byte");
  PY_TRY(enter_inevitable(ts));
  if (::setenv(key.c_str(), value.c_str(), 1) != 0) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> posix_unsetenv(ThreadState& ts, Value, CallArgs args) {
  std::string key = PY_TRY(env_text(ts, args[0], "unsetenv"));
  if (key.empty() || key.find('=') != std::string::npos)
    return raise_value_error(ts, "illegal environment variable name");
  PY_TRY(enter_inevitable(ts));
  if (::unsetenv(key.c_str()) != 0) return raise_os_error(ts, errno);
  return g_none;
}

// sysconf / confstr / pathconf: names are strings from the *_names dicts or ints.
struct ConfName {
  const char* name;
  int value;
};
const ConfName kSysconfNames[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX},           {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK},           {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX},         {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE},       {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX}, {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX},
    {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX}, {"SC_IOV_MAX", _SC_IOV_MAX},
    {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX}, {"SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX},
    {"SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX}, {"SC_VERSION", _SC_VERSION},
    {"SC_MINSIGSTKSZ", 249},
};
const ConfName kConfstrNames[] = {
    {"CS_PATH", _CS_PATH},
    {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
};
const ConfName kPathconfNames[] = {
    {"PC_LINK_MAX", _PC_LINK_MAX},     {"PC_MAX_CANON", _PC_MAX_CANON}, {"PC_MAX_INPUT", _PC_MAX_INPUT},
    {"PC_NAME_MAX", _PC_NAME_MAX},     {"PC_PATH_MAX", _PC_PATH_MAX},   {"PC_PIPE_BUF", _PC_PIPE_BUF},
    {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_NO_TRUNC", _PC_NO_TRUNC},
    {"PC_VDISABLE", _PC_VDISABLE},
};

template <size_t N>
Result<int> conf_name(ThreadState& ts, Value v, const ConfName (&table)[N]) {
  if (is_int(v)) return static_cast<int>(PY_TRY(posix_int_arg(ts, v)));
  if (!is_str(v)) return raise_type_error(ts, "configuration names must be strings or integers");
  std::string name = str_to_utf8(v);
  for (const ConfName& c : table)
    if (name == c.name) return c.value;
  return raise_value_error(ts, "unrecognized configuration name");
}

Result<Value> posix_sysconf(ThreadState& ts, Value, CallArgs args) {
  int name = PY_TRY(conf_name(ts, args[0], kSysconfNames));
  errno = 0;
  long r = ::sysconf(name);
  if (r == -1 && errno != 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}
Result<Value> posix_confstr(ThreadState& ts, Value, CallArgs args) {
  int name = PY_TRY(conf_name(ts, args[0], kConfstrNames));
  errno = 0;
  size_t n = ::confstr(name, nullptr, 0);
  if (n == 0) {
    if (errno != 0) return raise_os_error(ts, errno);
    return g_none;
  }
  std::string buf(n, '\0');
  ::confstr(name, buf.data(), n);
  buf.resize(n - 1);
  return str_from_utf8(buf);
}
Result<Value> posix_pathconf(ThreadState& ts, Value, CallArgs args) {
  PosixPath path = PY_TRY(posix_path_arg(ts, args[0], "pathconf", true));
  int name = PY_TRY(conf_name(ts, args[1], kPathconfNames));
  errno = 0;
  long r = path.fd >= 0 ? ::fpathconf(path.fd, name) : ::pathconf(path.text.c_str(), name);
  if (r == -1 && errno != 0) return posix_path_error(ts, path);
  return int_from_int64(r);
}

template <size_t N>
Value names_dict(const ConfName (&table)[N]) {
  Value d = dict_new();
  for (const ConfName& c : table) dict_set_str(d, str_intern(c.name), Value::small_int(c.value));
  return d;
}

Result<Value> posix_system(ThreadState& ts, Value, CallArgs args) {
  Value a[1];
  PY_TRY(posix_bind(ts, "system", args, {"command"}, 1, a));
  std::string command = PY_TRY(fs_text(ts, a[0], "system"));
  PY_TRY(enter_inevitable(ts));
  flush_std_streams();
  int status = 0;
  PY_TRY(wait_outside_turn(ts, [&] { status = ::system(command.c_str()); }));
  return Value::small_int(status);
}

Result<Value> posix_sched_yield(ThreadState& ts, Value, CallArgs) {
  PY_TRY(wait_outside_turn(ts, [] { ::sched_yield(); }));
  return g_none;
}

Result<Value> posix_sched_getaffinity(ThreadState& ts, Value, CallArgs args) {
  int64_t pid = PY_TRY(posix_int_arg(ts, args[0]));
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(static_cast<pid_t>(pid), sizeof set, &set) != 0) return raise_os_error(ts, errno);
  Value out = set_new(g_set_type);
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
    if (CPU_ISSET(cpu, &set)) PY_TRY(set_add(ts, out, Value::small_int(cpu)));
  return out;
}

Result<Value> posix_getpriority(ThreadState& ts, Value, CallArgs args) {
  int64_t which = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t who = PY_TRY(posix_int_arg(ts, args[1]));
  errno = 0;
  int r = ::getpriority(static_cast<__priority_which_t>(which), static_cast<id_t>(who));
  if (r == -1 && errno != 0) return raise_os_error(ts, errno);
  return Value::small_int(r);
}
Result<Value> posix_setpriority(ThreadState& ts, Value, CallArgs args) {
  int64_t which = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t who = PY_TRY(posix_int_arg(ts, args[1]));
  int64_t prio = PY_TRY(posix_int_arg(ts, args[2]));
  PY_TRY(enter_inevitable(ts));
  if (::setpriority(static_cast<__priority_which_t>(which), static_cast<id_t>(who), static_cast<int>(prio)) != 0)
    return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> posix_setpgrp(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  if (::setpgid(0, 0) != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> posix_tcgetpgrp(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  pid_t r = ::tcgetpgrp(fd);
  if (r < 0) return raise_os_error(ts, errno);
  return int_from_int64(r);
}
Result<Value> posix_tcsetpgrp(ThreadState& ts, Value, CallArgs args) {
  int fd = PY_TRY(posix_fd_arg(ts, args[0]));
  int64_t pgid = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  if (::tcsetpgrp(fd, static_cast<pid_t>(pgid)) != 0) return raise_os_error(ts, errno);
  return g_none;
}

template <int Which>
Result<Value> res_ids(ThreadState& ts, Value, CallArgs) {
  unsigned r = 0, e = 0, s = 0;
  int rc = Which == 0 ? ::getresuid(&r, &e, &s) : ::getresgid(&r, &e, &s);
  if (rc != 0) return raise_os_error(ts, errno);
  return tuple_pack({int_from_int64(r), int_from_int64(e), int_from_int64(s)});
}

template <int Which>
Result<Value> set_re_ids(ThreadState& ts, Value, CallArgs args) {
  int64_t a = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t b = PY_TRY(posix_int_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  int rc = Which == 0 ? ::setreuid(static_cast<uid_t>(a), static_cast<uid_t>(b))
                      : ::setregid(static_cast<gid_t>(a), static_cast<gid_t>(b));
  if (rc != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> posix_setgroups(ThreadState& ts, Value, CallArgs args) {
  Value list = PY_TRY(sequence_to_list(ts, args[0]));
  std::vector<gid_t> groups;
  for (int64_t i = 0; i < list_size(list); ++i) groups.push_back(static_cast<gid_t>(PY_TRY(posix_int_arg(ts, list_get(list, i)))));
  PY_TRY(enter_inevitable(ts));
  if (::setgroups(groups.size(), groups.data()) != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> posix_getgrouplist(ThreadState& ts, Value, CallArgs args) {
  std::string user = PY_TRY(fs_text(ts, args[0], "getgrouplist"));
  gid_t base = static_cast<gid_t>(PY_TRY(posix_int_arg(ts, args[1])));
  int n = 64;
  std::vector<gid_t> groups(static_cast<size_t>(n));
  while (::getgrouplist(user.c_str(), base, groups.data(), &n) < 0) groups.resize(static_cast<size_t>(n *= 2));
  Value out = list_new();
  for (int i = 0; i < n; ++i) list_append(out, int_from_int64(groups[static_cast<size_t>(i)]));
  return out;
}

Result<Value> posix_ctermid(ThreadState&, Value, CallArgs) {
  char buf[L_ctermid];
  return str_from_utf8(::ctermid(buf));
}

Result<Value> posix_sync(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  ::sync();
  return g_none;
}

Result<Value> posix_getrandom(ThreadState& ts, Value, CallArgs args) {
  int64_t n = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t flags = args.nargs > 1 ? PY_TRY(posix_int_arg(ts, args[1])) : 0;
  if (n < 0) return raise_value_error(ts, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  long got = PY_TRY(posix_retry_eintr(ts, [&] { return ::getrandom(buf.data(), buf.size(), static_cast<unsigned>(flags)); }));
  if (got < 0) return raise_os_error(ts, errno);
  return bytes_from(buf.data(), got);
}

Result<Value> dev_part(ThreadState& ts, CallArgs args, int which) {
  int64_t dev = PY_TRY(posix_int_arg(ts, args[0]));
  return int_from_int64(which == 0 ? major(static_cast<dev_t>(dev)) : minor(static_cast<dev_t>(dev)));
}
Result<Value> posix_major(ThreadState& ts, Value, CallArgs args) { return dev_part(ts, args, 0); }
Result<Value> posix_minor(ThreadState& ts, Value, CallArgs args) { return dev_part(ts, args, 1); }
Result<Value> posix_makedev(ThreadState& ts, Value, CallArgs args) {
  int64_t ma = PY_TRY(posix_int_arg(ts, args[0]));
  int64_t mi = PY_TRY(posix_int_arg(ts, args[1]));
  return int_from_uint64(makedev(static_cast<unsigned>(ma), static_cast<unsigned>(mi)));
}

const NativeMethod kFunctions[] = {
    {"fork", posix_fork, 0, 0, 0, nullptr},
    {"register_at_fork", posix_register_at_fork, 0, -1, 0, nullptr},
    {"execv", posix_execv, 2, 2, kNativeNoKeywords, nullptr},
    {"execve", posix_execve, 3, 3, 0, nullptr},
    {"waitpid", posix_waitpid, 2, 2, kNativeNoKeywords, nullptr},
    {"wait", posix_wait, 0, 0, 0, nullptr},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, 0, -1, 0, nullptr},
    {"WIFEXITED", wait_macro<0>, 0, -1, 0, nullptr},
    {"WEXITSTATUS", wait_macro<1>, 0, -1, 0, nullptr},
    {"WIFSIGNALED", wait_macro<2>, 0, -1, 0, nullptr},
    {"WTERMSIG", wait_macro<3>, 0, -1, 0, nullptr},
    {"WIFSTOPPED", wait_macro<4>, 0, -1, 0, nullptr},
    {"WSTOPSIG", wait_macro<5>, 0, -1, 0, nullptr},
    {"WCOREDUMP", wait_macro<6>, 0, -1, 0, nullptr},
    {"WIFCONTINUED", wait_macro<7>, 0, -1, 0, nullptr},
    {"kill", posix_kill, 2, 2, kNativeNoKeywords, nullptr},
    {"killpg", posix_killpg, 2, 2, kNativeNoKeywords, nullptr},
    {"abort", posix_abort, 0, 0, 0, nullptr},
    {"_exit", posix_exit, 1, 1, 0, nullptr},
    {"getpid", id_call<pid_t, ::getpid>, 0, 0, 0, nullptr},
    {"getppid", id_call<pid_t, ::getppid>, 0, 0, 0, nullptr},
    {"getpgrp", id_call<pid_t, ::getpgrp>, 0, 0, 0, nullptr},
    {"getuid", id_call<uid_t, ::getuid>, 0, 0, 0, nullptr},
    {"geteuid", id_call<uid_t, ::geteuid>, 0, 0, 0, nullptr},
    {"getgid", id_call<gid_t, ::getgid>, 0, 0, 0, nullptr},
    {"getegid", id_call<gid_t, ::getegid>, 0, 0, 0, nullptr},
    {"getgroups", posix_getgroups, 0, 0, 0, nullptr},
    {"getpgid", posix_getpgid, 1, 1, 0, nullptr},
    {"getsid", posix_getsid, 1, 1, kNativeNoKeywords, nullptr},
    {"setsid", posix_setsid, 0, 0, 0, nullptr},
    {"setpgid", posix_setpgid, 2, 2, kNativeNoKeywords, nullptr},
    {"setuid", set_id_call<do_setuid>, 1, 1, kNativeNoKeywords, nullptr},
    {"setgid", set_id_call<do_setgid>, 1, 1, kNativeNoKeywords, nullptr},
    {"seteuid", set_id_call<do_seteuid>, 1, 1, kNativeNoKeywords, nullptr},
    {"setegid", set_id_call<do_setegid>, 1, 1, kNativeNoKeywords, nullptr},
    {"getlogin", posix_getlogin, 0, 0, 0, nullptr},
    {"nice", posix_nice, 1, 1, kNativeNoKeywords, nullptr},
    {"uname", posix_uname, 0, 0, 0, nullptr},
    {"times", posix_times, 0, 0, 0, nullptr},
    {"cpu_count", posix_cpu_count, 0, 0, 0, nullptr},
    {"getloadavg", posix_getloadavg, 0, 0, 0, nullptr},
    {"strerror", posix_strerror, 1, 1, kNativeNoKeywords, nullptr},
    {"urandom", posix_urandom, 1, 1, kNativeNoKeywords, nullptr},
    {"fspath", posix_fspath, 0, -1, 0, nullptr},
    {"putenv", posix_putenv, 2, 2, kNativeNoKeywords, nullptr},
    {"unsetenv", posix_unsetenv, 1, 1, kNativeNoKeywords, nullptr},
    {"sysconf", posix_sysconf, 1, 1, kNativeNoKeywords, nullptr},
    {"confstr", posix_confstr, 1, 1, kNativeNoKeywords, nullptr},
    {"pathconf", posix_pathconf, 2, 2, 0, nullptr},
    {"fpathconf", posix_pathconf, 2, 2, kNativeNoKeywords, nullptr},
    {"system", posix_system, 0, -1, 0, nullptr},
    {"sched_yield", posix_sched_yield, 0, 0, 0, nullptr},
    {"sched_getaffinity", posix_sched_getaffinity, 1, 1, kNativeNoKeywords, nullptr},
    {"getpriority", posix_getpriority, 2, 2, kNativeNoKeywords, nullptr},
    {"setpriority", posix_setpriority, 3, 3, kNativeNoKeywords, nullptr},
    {"setpgrp", posix_setpgrp, 0, 0, 0, nullptr},
    {"tcgetpgrp", posix_tcgetpgrp, 1, 1, kNativeNoKeywords, nullptr},
    {"tcsetpgrp", posix_tcsetpgrp, 2, 2, kNativeNoKeywords, nullptr},
    {"getresuid", res_ids<0>, 0, 0, 0, nullptr},
    {"getresgid", res_ids<1>, 0, 0, 0, nullptr},
    {"setreuid", set_re_ids<0>, 2, 2, kNativeNoKeywords, nullptr},
    {"setregid", set_re_ids<1>, 2, 2, kNativeNoKeywords, nullptr},
    {"setgroups", posix_setgroups, 1, 1, kNativeNoKeywords, nullptr},
    {"getgrouplist", posix_getgrouplist, 2, 2, kNativeNoKeywords, nullptr},
    {"ctermid", posix_ctermid, 0, 0, 0, nullptr},
    {"sync", posix_sync, 0, 0, 0, nullptr},
    {"getrandom", posix_getrandom, 1, 2, 0, nullptr},
    {"major", posix_major, 1, 1, kNativeNoKeywords, nullptr},
    {"minor", posix_minor, 1, 1, kNativeNoKeywords, nullptr},
    {"makedev", posix_makedev, 2, 2, kNativeNoKeywords, nullptr},
};

}  // namespace

std::span<const NativeMethod> posix_process_functions() { return kFunctions; }

Status posix_init_process(ThreadState& ts, Value module) {
  module_set(module, "sysconf_names", names_dict(kSysconfNames));
  module_set(module, "confstr_names", names_dict(kConfstrNames));
  module_set(module, "pathconf_names", names_dict(kPathconfNames));
  module_set(module, "uname_result", PY_TRY(struct_sequence_type(ts, &g_uname_result, kUnameSpec)));
  module_set(module, "times_result", PY_TRY(struct_sequence_type(ts, &g_times_result, kTimesSpec)));
  return ok_status();
}

}  // namespace pystm
