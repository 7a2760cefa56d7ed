// stdlib/select_module.cpp — the `select` module (library reference
// "select — Waiting for I/O completion"): select(), poll objects and epoll
// objects, and their constants. selectors.py builds on these.
// Owns: the poll type ([dict fd -> event mask]) and the epoll type
// ([fd as small int, or -1 once closed]).
// Must never: block before making the transaction inevitable; keep an fd
// set anywhere but the heap between calls.
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <ctime>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stdlib/posix_support.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

TypeObject* g_poll_type = nullptr;
TypeObject* g_epoll_type = nullptr;

double now_seconds() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// A timeout in seconds (None: -1, forever). `what` names it in messages.
Result<double> seconds_arg(ThreadState& ts, Value v) {
  if (v.is_null() || v.is(g_none)) return -1.0;
  double d;
  if (is_float(v)) d = float_value(v);
  else if (is_int(v)) d = PY_TRY(int_to_double(ts, v));
  else return raise_type_error(ts, "timeout must be an integer or None");
  if (std::isnan(d)) return raise_value_error(ts, "Invalid value NaN (not a number)");
  return d;
}

// poll() over `fds`, retrying after signals (PEP 475) with what is left of
// the timeout (milliseconds, -1 forever).
Result<int> poll_retry(ThreadState& ts, std::vector<pollfd>& fds, double timeout_ms) {
  PY_TRY(enter_inevitable(ts));
  double deadline = timeout_ms < 0 ? 0 : now_seconds() + timeout_ms / 1000.0;
  for (;;) {
    int ms = timeout_ms < 0 ? -1 : static_cast<int>(std::ceil(std::max(0.0, (deadline - now_seconds()) * 1000.0)));
    int r = 0;
    PY_TRY(wait_outside_turn(ts, [&] { r = ::poll(fds.data(), fds.size(), ms); }));
    if (r >= 0) return r;
    if (errno != EINTR) return raise_os_error(ts, errno);
    PY_TRY(run_pending_signals(ts));
  }
}

// --- select() ----------------------------------------------------------------------

Result<Value> select_select(ThreadState& ts, Value, CallArgs args) {
  double timeout = PY_TRY(seconds_arg(ts, args.nargs > 3 ? args[3] : Value()));
  if (args.nargs > 3 && !args[3].is(g_none) && timeout < 0) return raise_value_error(ts, "timeout must be non-negative");
  Value lists[3];
  std::vector<pollfd> fds;
  std::vector<std::pair<int, Value>> owners[3];
  for (int k = 0; k < 3; ++k) {
    lists[k] = PY_TRY(sequence_to_list(ts, args[k]));
    for (int64_t i = 0; i < list_size(lists[k]); ++i) {
      Value obj = list_get(lists[k], i);
      int fd = PY_TRY(posix_fileno_arg(ts, obj));
      if (fd >= FD_SETSIZE) return raise_value_error(ts, "filedescriptor out of range in select()");
      owners[k].push_back({fd, obj});
      short ev = k == 0 ? POLLIN : k == 1 ? POLLOUT : POLLPRI;
      fds.push_back({fd, ev, 0});
    }
  }
  PY_TRY(poll_retry(ts, fds, timeout < 0 ? -1 : timeout * 1000.0));
  // Which pollfd answered which list entry: they were pushed in order.
  Value out[3];
  size_t at = 0;
  for (int k = 0; k < 3; ++k) {
    out[k] = list_new();
    for (auto& [fd, obj] : owners[k]) {
      short re = fds[at++].revents;
      if (re & POLLNVAL) return raise_os_error(ts, EBADF);
      bool ready = k == 0 ? (re & (POLLIN | POLLHUP | POLLERR)) : k == 1 ? (re & (POLLOUT | POLLERR)) : (re & POLLPRI);
      if (ready) list_append(out[k], obj);
    }
  }
  return tuple_pack({out[0], out[1], out[2]});
}

// --- poll objects --------------------------------------------------------------------

Result<Value> select_poll(ThreadState&, Value, CallArgs) {
  Value p = Value::from_object(native_state_new(g_poll_type, 1));
  set_native_field(p, 0, dict_new());
  return p;
}

Result<int> mask_arg(ThreadState& ts, Value v, int fallback) {
  if (v.is_null()) return fallback;
  int64_t m = PY_TRY(index_as_ssize(ts, v));
  if (m < 0 || m > 0xffff) return raise_overflow(ts, "Python int too large for C unsigned short");
  return static_cast<int>(m);
}

Result<Value> poll_register(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  int mask = PY_TRY(mask_arg(ts, args.nargs > 1 ? args[1] : Value(), POLLIN | POLLPRI | POLLOUT));
  PY_TRY(dict_set(ts, native_field(self, 0), Value::small_int(fd), Value::small_int(mask)));
  return g_none;
}
Result<Value> poll_modify(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  int mask = PY_TRY(mask_arg(ts, args[1], 0));
  Value d = native_field(self, 0);
  Value cur = PY_TRY(dict_get(ts, d, Value::small_int(fd)));
  if (cur.is_absent()) return raise_os_error(ts, ENOENT);
  PY_TRY(dict_set(ts, d, Value::small_int(fd), Value::small_int(mask)));
  return g_none;
}
Result<Value> poll_unregister(ThreadState& ts, Value self, CallArgs args) {
  int fd = PY_TRY(posix_fileno_arg(ts, args[0]));
  bool removed = PY_TRY(dict_del(ts, native_field(self, 0), Value::small_int(fd)));
  if (!removed) return raise_with_args(ts, g_exc_KeyError, Value::small_int(fd));
  return g_none;
}
Result<Value> poll_poll(ThreadState& ts, Value self, CallArgs args) {
  double ms = -1;
  if (args.nargs > 0 && !args[0].is(g_none)) {
    Value v = args[0];
    if (is_float(v)) ms = std::ceil(float_value(v));
    else if (is_int(v)) ms = PY_TRY(int_to_double(ts, v));
    else return raise_type_error(ts, "timeout must be an integer or None");
    if (ms < 0) ms = -1;
  }
  std::vector<pollfd> fds;
  Value d = native_field(self, 0);
  int64_t pos = 0;
  Value k, m;
  while (dict_next(d, &pos, &k, &m)) fds.push_back({static_cast<int>(k.as_small_int()), static_cast<short>(m.as_small_int()), 0});
  PY_TRY(poll_retry(ts, fds, ms));
  Value out = list_new();
  for (const pollfd& p : fds)
    if (p.revents) list_append(out, tuple_pack({Value::small_int(p.fd), Value::small_int(p.revents & 0xffff)}));
  return out;
}
const NativeMethod kPollMethods[] = {
    {"register", poll_register, 1, 2, kNativeNoKeywords, nullptr},
    {"modify", poll_modify, 2, 2, kNativeNoKeywords, nullptr},
    {"unregister", poll_unregister, 1, 1, kNativeNoKeywords, nullptr},
    {"poll", poll_poll, 0, 1, kNativeNoKeywords, nullptr},
};

// --- epoll objects --------------------------------------------------------------------

Result<int> epoll_fd(ThreadState& ts, Value self) {
  int64_t fd = native_field(self, 0).as_small_int();
  if (fd < 0) return raise_value_error(ts, "I/O operation on closed epoll object");
  return static_cast<int>(fd);
}

Result<Value> epoll_new(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "epoll", args, {"sizehint", "flags"}));
  Value sizehint = args.nargs > 1 ? args[1] : keyword_arg(args, "sizehint");
  if (!sizehint.is_null()) {
    int64_t n = PY_TRY(index_as_ssize(ts, sizehint));
    if (n == 0 || n < -1) return raise_value_error(ts, "negative sizehint");
  }
  PY_TRY(enter_inevitable(ts));
  int fd = ::epoll_create1(EPOLL_CLOEXEC);
  if (fd < 0) return raise_os_error(ts, errno);
  Value e = Value::from_object(native_state_new(args[0].as<TypeObject>(), 1));
  set_native_field(e, 0, Value::small_int(fd));
  return e;
}
Result<Value> epoll_fromfd(ThreadState& ts, Value, CallArgs args) {
  int64_t fd = PY_TRY(index_as_ssize(ts, args[1]));
  Value e = Value::from_object(native_state_new(args[0].as<TypeObject>(), 1));
  set_native_field(e, 0, Value::small_int(fd));
  return e;
}
Result<Value> epoll_close(ThreadState& ts, Value self, CallArgs) {
  int64_t fd = native_field(self, 0).as_small_int();
  if (fd >= 0) {
    PY_TRY(enter_inevitable(ts));
    set_native_field(self, 0, Value::small_int(-1));
    if (::close(static_cast<int>(fd)) != 0) return raise_os_error(ts, errno);
  }
  return g_none;
}
Result<Value> epoll_closed(ThreadState&, Value self, CallArgs) {
  return bool_value(native_field(self, 0).as_small_int() < 0);
}
Result<Value> epoll_fileno(ThreadState& ts, Value self, CallArgs) {
  return Value::small_int(PY_TRY(epoll_fd(ts, self)));
}
Result<Value> epoll_ctl_call(ThreadState& ts, Value self, CallArgs args, int op, const char* fname) {
  PY_TRY(check_keywords(ts, fname, args, {"fd", "eventmask"}));
  int epfd = PY_TRY(epoll_fd(ts, self));
  Value fdv = args.nargs > 0 ? args[0] : keyword_arg(args, "fd");
  if (fdv.is_null()) return raise_type_error(ts, "%s() missing required argument 'fd' (pos 1)", fname);
  int fd = PY_TRY(posix_fileno_arg(ts, fdv));
  epoll_event ev{};
  if (op != EPOLL_CTL_DEL) {
    Value m = args.nargs > 1 ? args[1] : keyword_arg(args, "eventmask");
    if (m.is_null() && op == EPOLL_CTL_MOD)
      return raise_type_error(ts, "modify() missing required argument 'eventmask' (pos 2)");
    ev.events = m.is_null() ? (EPOLLIN | EPOLLPRI | EPOLLOUT) : static_cast<uint32_t>(PY_TRY(index_as_ssize(ts, m)));
  }
  ev.data.fd = fd;
  PY_TRY(enter_inevitable(ts));
  if (::epoll_ctl(epfd, op, fd, &ev) != 0) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> epoll_register(ThreadState& ts, Value self, CallArgs args) {
  return epoll_ctl_call(ts, self, args, EPOLL_CTL_ADD, "register");
}
Result<Value> epoll_modify(ThreadState& ts, Value self, CallArgs args) {
  return epoll_ctl_call(ts, self, args, EPOLL_CTL_MOD, "modify");
}
Result<Value> epoll_unregister(ThreadState& ts, Value self, CallArgs args) {
  return epoll_ctl_call(ts, self, args, EPOLL_CTL_DEL, "unregister");
}
Result<Value> epoll_poll(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "poll", args, {"timeout", "maxevents"}));
  int epfd = PY_TRY(epoll_fd(ts, self));
  Value t = args.nargs > 0 ? args[0] : keyword_arg(args, "timeout");
  Value mx = args.nargs > 1 ? args[1] : keyword_arg(args, "maxevents");
  double secs = PY_TRY(seconds_arg(ts, t));
  int64_t maxevents = mx.is_null() ? -1 : PY_TRY(index_as_ssize(ts, mx));
  if (maxevents == -1) maxevents = FD_SETSIZE - 1;
  else if (maxevents < 1) return raise_value_error(ts, "maxevents must be greater than 0, got %d", static_cast<int>(maxevents));
  std::vector<epoll_event> evs(static_cast<size_t>(maxevents));
  PY_TRY(enter_inevitable(ts));
  double deadline = secs < 0 ? 0 : now_seconds() + secs;
  int n;
  for (;;) {
    int ms = secs < 0 ? -1 : static_cast<int>(std::ceil(std::max(0.0, (deadline - now_seconds()) * 1000.0)));
    PY_TRY(wait_outside_turn(ts, [&] { n = ::epoll_wait(epfd, evs.data(), static_cast<int>(maxevents), ms); }));
    if (n >= 0) break;
    if (errno != EINTR) return raise_os_error(ts, errno);
    PY_TRY(run_pending_signals(ts));
  }
  Value out = list_new();
  for (int i = 0; i < n; ++i)
    list_append(out, tuple_pack({Value::small_int(evs[static_cast<size_t>(i)].data.fd),
                                 int_from_int64(evs[static_cast<size_t>(i)].events)}));
  return out;
}
Result<Value> epoll_enter(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(epoll_fd(ts, self));
  return self;
}
Result<Value> epoll_exit(ThreadState& ts, Value self, CallArgs) {
  PY_TRY(epoll_close(ts, self, CallArgs{}));
  return g_none;
}
const NativeMethod kEpollMethods[] = {
    {"__new__", epoll_new, 0, -1, kNativeStatic, nullptr},
    {"fromfd", epoll_fromfd, 1, 1, kNativeClass, nullptr},
    {"close", epoll_close, 0, 0, 0, nullptr},
    {"fileno", epoll_fileno, 0, 0, 0, nullptr},
    {"register", epoll_register, 0, -1, 0, nullptr},
    {"modify", epoll_modify, 0, -1, 0, nullptr},
    {"unregister", epoll_unregister, 0, -1, 0, nullptr},
    {"poll", epoll_poll, 0, -1, 0, nullptr},
    {"__enter__", epoll_enter, 0, 0, 0, nullptr},
    {"__exit__", epoll_exit, 0, -1, 0, nullptr},
};
const NativeMethod kEpollGetters[] = {{"closed", epoll_closed, 0, 0, 0, nullptr}};

const NativeMethod kFunctions[] = {
    {"select", select_select, 3, 4, kNativeNoKeywords, nullptr},
    {"poll", select_poll, 0, 0, 0, nullptr},
};

const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},         {"POLLOUT", POLLOUT},
    {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},         {"POLLNVAL", POLLNVAL},
    {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},   {"POLLWRNORM", POLLWRNORM},
    {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},         {"POLLRDHUP", POLLRDHUP},
    {"EPOLLIN", EPOLLIN},       {"EPOLLOUT", EPOLLOUT},       {"EPOLLPRI", EPOLLPRI},
    {"EPOLLERR", EPOLLERR},     {"EPOLLHUP", EPOLLHUP},       {"EPOLLET", EPOLLET},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP},
    {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},     {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    {"PIPE_BUF", PIPE_BUF},
};

}  // namespace

Result<Value> create_select_module(ThreadState&) {
  if (!g_poll_type) {
    g_poll_type = make_builtin_type("poll", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_poll_type, kPollMethods);
    type_set_attr_nogc_fail(g_poll_type, "__module__", str_intern("select"));
    g_epoll_type =
        make_builtin_type("epoll", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), kTypeBaseType);
    add_native_methods(g_epoll_type, kEpollMethods);
    for (const NativeMethod& g : kEpollGetters) add_native_property(g_epoll_type, &g, nullptr);
    type_set_attr_nogc_fail(g_epoll_type, "__module__", str_intern("select"));
  }
  Value module = module_new(str_intern("select"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  module_set(module, "epoll", Value::from_object(g_epoll_type));
  module_set(module, "error", Value::from_object(g_exc_OSError));
  return module;
}

}  // namespace pystm
