// stdlib/signal_module.cpp — the `_signal` module signal.py wraps (library
// reference "signal — Set handlers for asynchronous events"): signal,
// getsignal, default_int_handler, set_wakeup_fd, alarm, setitimer,
// pthread_sigmask, siginterrupt, valid_signals, raise_signal, strsignal and
// the SIG* constants. Python handlers are kept and run by
// runtime/vm/pending_signals (at the interpreter's safe points).
// Must never: change a disposition before making the transaction inevitable.
#include <signal.h>
#include <sys/time.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stdlib/module_errors.h"
#include "stm/stale_units.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_default_int_handler;
Value g_itimer_error;

Result<int> signum_arg(ThreadState& ts, Value v) {
  if (is_float(v)) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
  int64_t n = PY_TRY(index_as_ssize(ts, v));
  if (n < 1 || n >= kSignalCount) return raise_value_error(ts, "signal number out of range");
  return static_cast<int>(n);
}

void c_trip(int signum) { trip_signal(signum); }

// The handler Python sees for signum.
Value current_handler(int signum) {
  Value h = python_signal_handler(signum);
  if (!h.is_null()) return h;
  if (signum == SIGINT) {
    struct sigaction sa {};
    if (sigaction(SIGINT, nullptr, &sa) == 0 && sa.sa_handler == SIG_IGN) return Value::small_int(1);
    return g_default_int_handler;
  }
  struct sigaction sa {};
  if (signum == SIGSEGV || signum == SIGBUS)
    sa.sa_handler = stm::next_fault_handler(signum);  // the STM's own handler passes these on
  else if (sigaction(signum, nullptr, &sa) != 0)
    return g_none;
  if (sa.sa_handler == SIG_DFL) return Value::small_int(0);
  if (sa.sa_handler == SIG_IGN) return Value::small_int(1);
  return g_none;
}

Result<Value> signal_signal(ThreadState& ts, Value, CallArgs args) {
  int signum = PY_TRY(signum_arg(ts, args[0]));
  Value handler = args[1];
  void (*c)(int) = SIG_DFL;
  bool valid = false;
  if (is_int(handler) && !is_callable(handler)) {
    int64_t h = -1;
    int_to_int64(handler, &h);
    valid = h == 0 || h == 1;
    if (h == 1) c = SIG_IGN;
  } else if (is_callable(handler)) {
    c = c_trip;
    valid = true;
  }
  if (!valid)
    return raise_type_error(ts, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  if (!is_main_thread()) return raise_value_error(ts, "signal only works in main thread of the main interpreter");
  Value old = current_handler(signum);
  PY_TRY(enter_inevitable(ts));
  if (signum == SIGSEGV || signum == SIGBUS) {
    // The STM's fault handler stays (it imports stale units); it passes the
    // faults that are not its own on.
    stm::set_next_fault_handler(signum, c);
  } else {
    struct sigaction sa {};
    sa.sa_handler = c;
    sa.sa_flags = SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    if (sigaction(signum, &sa, nullptr) != 0) return raise_os_error(ts, errno);
  }
  set_python_signal_handler(signum, handler);
  return old;
}

Result<Value> signal_getsignal(ThreadState& ts, Value, CallArgs args) {
  int signum = PY_TRY(signum_arg(ts, args[0]));
  return current_handler(signum);
}

Result<Value> signal_default_int_handler(ThreadState& ts, Value, CallArgs) {
  return raise_empty(ts, g_exc_KeyboardInterrupt);
}

Result<Value> signal_raise_signal(ThreadState& ts, Value, CallArgs args) {
  int signum = PY_TRY(signum_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  if (::raise(signum) != 0) return raise_os_error(ts, errno);
  PY_TRY(run_pending_signals(ts));
  return g_none;
}

Result<Value> signal_strsignal(ThreadState& ts, Value, CallArgs args) {
  int signum = PY_TRY(signum_arg(ts, args[0]));
  const char* s = ::strsignal(signum);
  if (!s) return g_none;
  return str_from_utf8(s);
}

Result<Value> signal_valid_signals(ThreadState& ts, Value, CallArgs) {
  sigset_t all;
  sigfillset(&all);
  Value out = set_new(g_set_type);
  for (int s = 1; s < kSignalCount; ++s)
    if (sigismember(&all, s) == 1) PY_TRY(set_add(ts, out, Value::small_int(s)));
  return out;
}

Result<Value> signal_set_wakeup_fd(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "set_wakeup_fd", args, {"warn_on_full_buffer"}));
  if (args.nargs != 1) return raise_type_error(ts, "set_wakeup_fd() takes exactly 1 positional argument");
  int64_t fd = PY_TRY(index_as_ssize(ts, args[0]));
  if (fd != -1) {
    int flags = ::fcntl(static_cast<int>(fd), F_GETFL);
    if (flags < 0) return raise_os_error(ts, errno);
    if (!(flags & O_NONBLOCK))
      return raise_value_error(ts, "the fd %d must be in non-blocking mode", static_cast<int>(fd));
  }
  PY_TRY(enter_inevitable(ts));
  return Value::small_int(set_signal_wakeup_fd(static_cast<int>(fd), true));
}

Result<Value> signal_alarm(ThreadState& ts, Value, CallArgs args) {
  int64_t secs = PY_TRY(index_as_ssize(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  return Value::small_int(::alarm(static_cast<unsigned>(secs)));
}

Result<Value> signal_pause(ThreadState& ts, Value, CallArgs) {
  PY_TRY(wait_outside_turn(ts, [] { ::pause(); }));
  PY_TRY(run_pending_signals(ts));
  return g_none;
}

Result<Value> signal_siginterrupt(ThreadState& ts, Value, CallArgs args) {
  int signum = PY_TRY(signum_arg(ts, args[0]));
  bool flag = PY_TRY(is_true(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  struct sigaction sa {};
  if (sigaction(signum, nullptr, &sa) != 0) return raise_os_error(ts, errno);
  if (flag) sa.sa_flags &= ~SA_RESTART;
  else sa.sa_flags |= SA_RESTART;
  if (sigaction(signum, &sa, nullptr) != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<sigset_t> sigset_arg(ThreadState& ts, Value iterable) {
  sigset_t set;
  sigemptyset(&set);
  Value it = PY_TRY(get_iter(ts, iterable));
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    int64_t s = PY_TRY(index_as_ssize(ts, item));
    if (s < 1 || s >= kSignalCount) return raise_value_error(ts, "signal number %d out of range [1; %d]",
                                                             static_cast<int>(s), kSignalCount - 1);
    sigaddset(&set, static_cast<int>(s));
  }
  return set;
}

Result<Value> sigset_value(ThreadState& ts, const sigset_t& set) {
  Value out = set_new(g_set_type);
  for (int s = 1; s < kSignalCount; ++s)
    if (sigismember(&set, s) == 1) PY_TRY(set_add(ts, out, Value::small_int(s)));
  return out;
}

Result<Value> signal_pthread_sigmask(ThreadState& ts, Value, CallArgs args) {
  int64_t how = PY_TRY(index_as_ssize(ts, args[0]));
  sigset_t set = PY_TRY(sigset_arg(ts, args[1]));
  sigset_t old;
  PY_TRY(enter_inevitable(ts));
  int err = pthread_sigmask(static_cast<int>(how), &set, &old);
  if (err != 0) return raise_os_error(ts, err);
  PY_TRY(run_pending_signals(ts));
  return sigset_value(ts, old);
}

Result<Value> signal_sigpending(ThreadState& ts, Value, CallArgs) {
  sigset_t set;
  if (sigpending(&set) != 0) return raise_os_error(ts, errno);
  return sigset_value(ts, set);
}

Result<Value> signal_sigwait(ThreadState& ts, Value, CallArgs args) {
  sigset_t set = PY_TRY(sigset_arg(ts, args[0]));
  int sig = 0, err = 0;
  PY_TRY(wait_outside_turn(ts, [&] { err = ::sigwait(&set, &sig); }));
  if (err != 0) return raise_os_error(ts, err);
  return Value::small_int(sig);
}

Result<Value> signal_pthread_kill(ThreadState& ts, Value, CallArgs args) {
  int64_t thread = PY_TRY(index_as_ssize(ts, args[0]));
  int64_t signum = PY_TRY(index_as_ssize(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  int err = pthread_kill(static_cast<pthread_t>(thread), static_cast<int>(signum));
  if (err != 0) return raise_os_error(ts, err);
  PY_TRY(run_pending_signals(ts));
  return g_none;
}

Value timeval_seconds(const timeval& t) {
  return float_from_double(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6);
}
Result<timeval> seconds_timeval(ThreadState& ts, Value v) {
  double d = is_float(v) ? float_value(v) : PY_TRY(int_to_double(ts, v));
  timeval t;
  t.tv_sec = static_cast<time_t>(std::floor(d));
  t.tv_usec = static_cast<suseconds_t>(std::ceil((d - std::floor(d)) * 1e6));
  if (t.tv_usec >= 1000000) {
    t.tv_sec += 1;
    t.tv_usec -= 1000000;
  }
  if (d > 0 && t.tv_sec == 0 && t.tv_usec == 0) t.tv_usec = 1;
  return t;
}

Error itimer_error(ThreadState& ts, int err) { return raise_code_and_message(ts, g_itimer_error, err, std::strerror(err)); }

Result<Value> signal_setitimer(ThreadState& ts, Value, CallArgs args) {
  int64_t which = PY_TRY(index_as_ssize(ts, args[0]));
  itimerval nv{}, old{};
  nv.it_value = PY_TRY(seconds_timeval(ts, args[1]));
  if (args.nargs > 2) nv.it_interval = PY_TRY(seconds_timeval(ts, args[2]));
  PY_TRY(enter_inevitable(ts));
  if (::setitimer(static_cast<__itimer_which>(which), &nv, &old) != 0) return itimer_error(ts, errno);
  return tuple_pack({timeval_seconds(old.it_value), timeval_seconds(old.it_interval)});
}

Result<Value> signal_getitimer(ThreadState& ts, Value, CallArgs args) {
  int64_t which = PY_TRY(index_as_ssize(ts, args[0]));
  itimerval cur{};
  if (::getitimer(static_cast<__itimer_which>(which), &cur) != 0) return itimer_error(ts, errno);
  return tuple_pack({timeval_seconds(cur.it_value), timeval_seconds(cur.it_interval)});
}

const NativeMethod kFunctions[] = {
    {"signal", signal_signal, 2, 2, kNativeNoKeywords, nullptr},
    {"getsignal", signal_getsignal, 1, 1, kNativeNoKeywords, nullptr},
    {"default_int_handler", signal_default_int_handler, 0, -1, 0, nullptr},
    {"raise_signal", signal_raise_signal, 1, 1, kNativeNoKeywords, nullptr},
    {"strsignal", signal_strsignal, 1, 1, kNativeNoKeywords, nullptr},
    {"valid_signals", signal_valid_signals, 0, 0, 0, nullptr},
    {"set_wakeup_fd", signal_set_wakeup_fd, 1, -1, 0, nullptr},
    {"alarm", signal_alarm, 1, 1, kNativeNoKeywords, nullptr},
    {"pause", signal_pause, 0, 0, 0, nullptr},
    {"siginterrupt", signal_siginterrupt, 2, 2, kNativeNoKeywords, nullptr},
    {"pthread_sigmask", signal_pthread_sigmask, 2, 2, kNativeNoKeywords, nullptr},
    {"pthread_kill", signal_pthread_kill, 2, 2, kNativeNoKeywords, nullptr},
    {"sigpending", signal_sigpending, 0, 0, 0, nullptr},
    {"sigwait", signal_sigwait, 1, 1, kNativeNoKeywords, nullptr},
    {"setitimer", signal_setitimer, 2, 3, kNativeNoKeywords, nullptr},
    {"getitimer", signal_getitimer, 1, 1, kNativeNoKeywords, nullptr},
};

const struct {
  const char* name;
  int value;
} kConstants[] = {
    {"SIGHUP", SIGHUP},     {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},     {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},   {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},     {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},   {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},     {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},   {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP},   {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU},   {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},     {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS},     {"SIGRTMIN", 34},         {"SIGRTMAX", 64},         {"NSIG", kSignalCount},
    {"SIG_DFL", 0},         {"SIG_IGN", 1},           {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK},
    {"SIG_SETMASK", SIG_SETMASK}, {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
    {"ITIMER_PROF", ITIMER_PROF},
};

}  // namespace

Result<Value> create_signal_module(ThreadState& ts) {
  Value module = module_new(str_intern("_signal"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, Value::small_int(c.value));
  if (g_default_int_handler.is_null()) {
    PY_TRY(enter_inevitable(ts));
    g_default_int_handler = make_builtin_function(&kFunctions[2], Value());
    add_global_root(&g_default_int_handler);
    PY_TRY(module_exception_class(ts, &g_itimer_error, "signal", "itimer_error", g_exc_OSError));
  }
  module_set(module, "default_int_handler", g_default_int_handler);
  module_set(module, "ItimerError", g_itimer_error);
  return module;
}

}  // namespace pystm
