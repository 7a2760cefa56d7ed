// stdlib/socket_module.cpp — the `_socket` module socket.py and
// socketserver.py build on (library reference "socket — Low-level
// networking interface"): the socket type (AF_INET, AF_INET6, AF_UNIX;
// blocking, non-blocking and timeout modes), socketpair, name resolution
// (getaddrinfo, gethostbyname, getnameinfo, ...), address conversion
// (inet_aton/ntoa/pton/ntop), byte order helpers and the constants.
// Owns: the socket type. A socket is [fd (-1 when closed), family, type,
// proto, timeout (None or a float in seconds)]. With a timeout the fd is
// non-blocking and each call first waits with poll(), as CPython does.
// Must never: do I/O before making the transaction inevitable.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_like.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/slice_object.h"
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
#include "stdlib/posix_support.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

TypeObject* g_socket_type = nullptr;
Value g_herror, g_gaierror;
double g_default_timeout = -1;  // < 0: None

enum SocketField : uint32_t { kFd, kFamily, kType, kProto, kTimeout, kSocketFields };

// --- Helpers -------------------------------------------------------------------------


int sock_fd(Value s) { return static_cast<int>(native_field(s, kFd).as_small_int()); }
int sock_family(Value s) { return static_cast<int>(native_field(s, kFamily).as_small_int()); }
double sock_timeout(Value s) {
  Value t = native_field(s, kTimeout);
  return t.is_null() || t.is(g_none) ? -1 : float_value(t);
}

Error gai_error(ThreadState& ts, int code) {
  if (code == EAI_SYSTEM) return raise_os_error(ts, errno);
  return raise_code_and_message(ts, g_gaierror, code, gai_strerror(code));
}
Error timeout_error(ThreadState& ts) { return raise(ts, g_exc_TimeoutError, "timed out"); }

double now_seconds() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Runs `io` (returns -1 with errno on failure) under the socket's timeout:
// waits for `events` with poll() first when there is one; retries on EINTR
// after the signal handlers (PEP 475). Waits and I/O run outside the thread
// turn, so `io` must not touch the heap.
template <class Fn>
Result<long> sock_call(ThreadState& ts, Value s, short events, Fn&& io, bool connect = false) {
  PY_TRY(enter_inevitable(ts));
  double timeout = sock_timeout(s);
  double deadline = timeout > 0 ? now_seconds() + timeout : 0;
  bool waited = false;
  for (;;) {
    int fd = sock_fd(s);
    if (fd < 0) return raise_os_error(ts, EBADF);
    if (timeout > 0 && (!connect || waited)) {
      double left = deadline - now_seconds();
      if (left <= 0) return timeout_error(ts);
      pollfd p{fd, events, 0};
      int r = 0;
      PY_TRY(wait_outside_turn(ts, [&] { r = ::poll(&p, 1, static_cast<int>(std::ceil(left * 1000))); }));
      if (r < 0) {
        if (errno == EINTR) {
          PY_TRY(run_pending_signals(ts));
          continue;
        }
        return raise_os_error(ts, errno);
      }
      if (r == 0) return timeout_error(ts);
    }
    long r = 0;
    PY_TRY(wait_outside_turn(ts, [&] { r = io(fd); }));
    if (r >= 0) return r;
    if (errno == EINTR) {
      PY_TRY(run_pending_signals(ts));
      continue;
    }
    if (timeout > 0 && (errno == EWOULDBLOCK || errno == EAGAIN || (connect && errno == EINPROGRESS))) {
      waited = true;
      if (connect) {
        // Wait for the connection, then read its outcome.
        double left = deadline - now_seconds();
        pollfd p{fd, POLLOUT, 0};
        int pr = 0;
        if (left > 0) PY_TRY(wait_outside_turn(ts, [&] { pr = ::poll(&p, 1, static_cast<int>(std::ceil(left * 1000))); }));
        if (pr == 0) return timeout_error(ts);
        if (pr < 0) return raise_os_error(ts, errno);
        int err = 0;
        socklen_t len = sizeof err;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0) {
          errno = err;
          return -1L;
        }
        return 0L;
      }
      continue;
    }
    return -1L;
  }
}

// --- Addresses -------------------------------------------------------------------------

struct SockAddr {
  sockaddr_storage storage{};
  socklen_t len = 0;
  sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
};

Result<std::string> host_text(ThreadState& ts, Value host, const char* fname) {
  if (is_str(host)) return str_to_utf8(host);
  if (is_bytes_value(host)) return std::string(reinterpret_cast<const char*>(bytes_data(host)),
                                                   static_cast<size_t>(bytes_size(host)));
  return raise_type_error(ts, "%s(): AF_INET address must be tuple, not %s", fname, type_name_of(host).c_str());
}

Result<Value> make_address(ThreadState& ts, const sockaddr* a, socklen_t len);

// An IPv4/IPv6 host name (numeric or resolved) into `out`.
Status resolve_host(ThreadState& ts, const std::string& host, int family, SockAddr* out) {
  if (host.empty() || host == "<broadcast>") {
    if (family == AF_INET) {
      auto* in = reinterpret_cast<sockaddr_in*>(out->get());
      in->sin_family = AF_INET;
      in->sin_addr.s_addr = htonl(host.empty() ? INADDR_ANY : INADDR_BROADCAST);
      out->len = sizeof(sockaddr_in);
    } else {
      auto* in6 = reinterpret_cast<sockaddr_in6*>(out->get());
      in6->sin6_family = AF_INET6;
      in6->sin6_addr = in6addr_any;
      out->len = sizeof(sockaddr_in6);
    }
    return ok_status();
  }
  addrinfo hints{}, *res = nullptr;
  hints.ai_family = family;
  PY_TRY(enter_inevitable(ts));
  int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &res);
  if (rc != 0) return gai_error(ts, rc);
  std::memcpy(&out->storage, res->ai_addr, res->ai_addrlen);
  out->len = res->ai_addrlen;
  ::freeaddrinfo(res);
  return ok_status();
}

Result<int> port_arg(ThreadState& ts, Value v, const char* fname) {
  if (!is_int(v)) return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  int64_t port = 0;
  if (!int_to_int64(v, &port) || port < 0 || port > 65535)
    return raise_overflow(ts, (std::string(fname) + "(): port must be 0-65535.").c_str());
  return static_cast<int>(port);
}

Result<SockAddr> address_arg(ThreadState& ts, int family, Value addr, const char* fname) {
  SockAddr out;
  if (family == AF_UNIX) {
    Value p = addr;
    if (!is_str(p) && !is_bytes_value(p) && !is_bytearray(p)) {
      Value f = lookup_special(p, str_intern("__fspath__"));
      if (f.is_null())
        return raise_type_error(ts, "a bytes-like object is required, not '%s'", type_name_of(p).c_str());
      p = PY_TRY(call_special(ts, f, p, {}));
    }
    std::string path;
    if (is_str(p)) path = str_to_utf8(p);
    else if (is_bytearray(p)) path = std::string(bytearray_view(p));
    else path.assign(reinterpret_cast<const char*>(bytes_data(p)), static_cast<size_t>(bytes_size(p)));
    auto* un = reinterpret_cast<sockaddr_un*>(out.get());
    if (path.size() >= sizeof un->sun_path) return raise(ts, g_exc_OSError, "AF_UNIX path too long");
    un->sun_family = AF_UNIX;
    std::memcpy(un->sun_path, path.data(), path.size());
    out.len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + (path.empty() || path[0] != '\0' ? 1 : 0));
    return out;
  }
  if (family == AF_INET || family == AF_INET6) {
    if (!is_instance_of(addr, g_tuple_type))
      return raise_type_error(ts, "%s(): %s address must be tuple, not %s", fname,
                              family == AF_INET ? "AF_INET" : "AF_INET6", type_name_of(addr).c_str());
    int64_t n = tuple_size(addr);
    if (family == AF_INET && n != 2)
      return raise_type_error(ts, "AF_INET address must be a pair (host, port)");
    if (family == AF_INET6 && (n < 2 || n > 4))
      return raise_type_error(ts, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
    Value host = tuple_item(addr, 0);
    if (!is_str(host) && !is_bytes_value(host))
      return raise_type_error(ts, "str, bytes or bytearray expected, not %s", type_name_of(host).c_str());
    std::string h = PY_TRY(host_text(ts, host, fname));
    int port = PY_TRY(port_arg(ts, tuple_item(addr, 1), fname));
    PY_TRY(resolve_host(ts, h, family, &out));
    if (family == AF_INET) {
      reinterpret_cast<sockaddr_in*>(out.get())->sin_port = htons(static_cast<uint16_t>(port));
    } else {
      auto* in6 = reinterpret_cast<sockaddr_in6*>(out.get());
      in6->sin6_port = htons(static_cast<uint16_t>(port));
      if (n > 2) in6->sin6_flowinfo = htonl(static_cast<uint32_t>(PY_TRY(index_as_ssize(ts, tuple_item(addr, 2)))));
      if (n > 3) in6->sin6_scope_id = static_cast<uint32_t>(PY_TRY(index_as_ssize(ts, tuple_item(addr, 3))));
    }
    return out;
  }
  return raise(ts, g_exc_OSError, "%s(): bad family", fname);
}

Result<Value> make_address(ThreadState&, const sockaddr* a, socklen_t len) {
  if (len == 0) return g_none;
  char buf[INET6_ADDRSTRLEN];
  switch (a->sa_family) {
    case AF_INET: {
      auto* in = reinterpret_cast<const sockaddr_in*>(a);
      inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
      return tuple_pack({str_from_utf8(buf), Value::small_int(ntohs(in->sin_port))});
    }
    case AF_INET6: {
      auto* in6 = reinterpret_cast<const sockaddr_in6*>(a);
      inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf);
      return tuple_pack({str_from_utf8(buf), Value::small_int(ntohs(in6->sin6_port)),
                         int_from_int64(ntohl(in6->sin6_flowinfo)), int_from_int64(in6->sin6_scope_id)});
    }
    case AF_UNIX: {
      auto* un = reinterpret_cast<const sockaddr_un*>(a);
      size_t n = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
      if (n > 0 && un->sun_path[0] == '\0') return bytes_from(un->sun_path, static_cast<int64_t>(n));
      return str_from_utf8(std::string(un->sun_path, strnlen(un->sun_path, n)));
    }
    default:
      return tuple_pack({Value::small_int(a->sa_family), bytes_from(a->sa_data, sizeof a->sa_data)});
  }
}

// --- The socket type ---------------------------------------------------------------------

Status apply_timeout(ThreadState& ts, Value s, double timeout) {
  set_native_field(s, kTimeout, timeout < 0 ? g_none : float_from_double(timeout));
  int fd = sock_fd(s);
  if (fd < 0) return ok_status();
  PY_TRY(enter_inevitable(ts));
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) return raise_os_error(ts, errno);
  int want = timeout >= 0 ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
  if (want != flags && ::fcntl(fd, F_SETFL, want) < 0) return raise_os_error(ts, errno);
  return ok_status();
}

Result<Value> socket_new(ThreadState&, Value, CallArgs args) {
  Value s = Value::from_object(native_state_new(args[0].as<TypeObject>(), kSocketFields));
  set_native_field(s, kFd, Value::small_int(-1));
  set_native_field(s, kFamily, Value::small_int(AF_INET));
  set_native_field(s, kType, Value::small_int(SOCK_STREAM));
  set_native_field(s, kProto, Value::small_int(0));
  set_native_field(s, kTimeout, g_none);
  return s;
}

Result<int> int_or_default(ThreadState& ts, Value v, int fallback) {
  if (v.is_null() || v.is(g_none)) return fallback;
  return static_cast<int>(PY_TRY(index_as_ssize(ts, v)));
}

Result<Value> socket_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "socket", args, {"family", "type", "proto", "fileno"}));
  Value a[4];
  const char* names[] = {"family", "type", "proto", "fileno"};
  for (int i = 0; i < 4; ++i) a[i] = static_cast<size_t>(i) < args.nargs ? args[static_cast<size_t>(i)] : keyword_arg(args, names[i]);
  int family = PY_TRY(int_or_default(ts, a[0], -1));
  int type = PY_TRY(int_or_default(ts, a[1], -1));
  int proto = PY_TRY(int_or_default(ts, a[2], -1));
  int fd;
  PY_TRY(enter_inevitable(ts));
  if (!a[3].is_null() && !a[3].is(g_none)) {
    if (is_float(a[3])) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
    int64_t f = PY_TRY(index_as_ssize(ts, a[3]));
    if (f < 0) return raise_value_error(ts, "negative file descriptor");
    fd = static_cast<int>(f);
    socklen_t len = sizeof(int);
    if (family == -1 && ::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len) != 0) return raise_os_error(ts, errno);
    len = sizeof(int);
    if (type == -1 && ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0) return raise_os_error(ts, errno);
    len = sizeof(int);
    if (proto == -1 && ::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) != 0) return raise_os_error(ts, errno);
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = ::socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) return raise_os_error(ts, errno);
  }
  set_native_field(self, kFd, Value::small_int(fd));
  set_native_field(self, kFamily, Value::small_int(family));
  set_native_field(self, kType, Value::small_int(type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)));
  set_native_field(self, kProto, Value::small_int(proto));
  double timeout = (type & SOCK_NONBLOCK) ? 0.0 : g_default_timeout;
  if (timeout >= 0) PY_TRY(apply_timeout(ts, self, timeout));
  else set_native_field(self, kTimeout, g_none);
  return g_none;
}

Result<Value> sock_family_get(ThreadState&, Value self, CallArgs) { return native_field(self, kFamily); }
Result<Value> sock_type_get(ThreadState&, Value self, CallArgs) { return native_field(self, kType); }
Result<Value> sock_proto_get(ThreadState&, Value self, CallArgs) { return native_field(self, kProto); }
Result<Value> sock_timeout_get(ThreadState&, Value self, CallArgs) { return native_field(self, kTimeout); }

Result<Value> sock_fileno(ThreadState&, Value self, CallArgs) { return Value::small_int(sock_fd(self)); }

Result<Value> sock_close(ThreadState& ts, Value self, CallArgs) {
  int fd = sock_fd(self);
  if (fd >= 0) {
    PY_TRY(enter_inevitable(ts));
    set_native_field(self, kFd, Value::small_int(-1));
    if (::close(fd) != 0 && errno != ECONNRESET) return raise_os_error(ts, errno);
  }
  return g_none;
}

Result<Value> sock_detach(ThreadState&, Value self, CallArgs) {
  int fd = sock_fd(self);
  set_native_field(self, kFd, Value::small_int(-1));
  return Value::small_int(fd);
}

Result<Value> sock_bind(ThreadState& ts, Value self, CallArgs args) {
  SockAddr addr = PY_TRY(address_arg(ts, sock_family(self), args[0], "bind"));
  PY_TRY(enter_inevitable(ts));
  if (sock_fd(self) < 0) return raise_os_error(ts, EBADF);
  if (::bind(sock_fd(self), addr.get(), addr.len) != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> sock_listen(ThreadState& ts, Value self, CallArgs args) {
  int backlog = args.nargs > 0 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[0]))) : std::min(SOMAXCONN, 128);
  if (backlog < 0) backlog = 0;
  PY_TRY(enter_inevitable(ts));
  if (::listen(sock_fd(self), backlog) != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> sock_accept(ThreadState& ts, Value self, CallArgs) {
  SockAddr addr;
  addr.len = sizeof addr.storage;
  long fd = PY_TRY(sock_call(ts, self, POLLIN, [&](int s) {
    addr.len = sizeof addr.storage;
    return static_cast<long>(::accept4(s, addr.get(), &addr.len, SOCK_CLOEXEC));
  }));
  if (fd < 0) return raise_os_error(ts, errno);
  Value a = PY_TRY(make_address(ts, addr.get(), addr.len));
  return tuple_pack({Value::small_int(fd), a});
}

Result<long> connect_call(ThreadState& ts, Value self, Value address) {
  SockAddr addr = PY_TRY(address_arg(ts, sock_family(self), address, "connect"));
  return sock_call(ts, self, POLLOUT, [&](int s) { return static_cast<long>(::connect(s, addr.get(), addr.len)); },
                   true);
}
Result<Value> sock_connect(ThreadState& ts, Value self, CallArgs args) {
  long r = PY_TRY(connect_call(ts, self, args[0]));
  if (r < 0) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> sock_connect_ex(ThreadState& ts, Value self, CallArgs args) {
  long r = PY_TRY(connect_call(ts, self, args[0]));
  return Value::small_int(r < 0 ? errno : 0);
}

Result<Value> sock_recv(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  int flags = args.nargs > 1 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[1]))) : 0;
  if (n < 0) return raise_value_error(ts, "negative buffersize in recv");
  std::string buf(static_cast<size_t>(n), '\0');
  long got = PY_TRY(sock_call(ts, self, POLLIN, [&](int s) { return static_cast<long>(::recv(s, buf.data(), buf.size(), flags)); }));
  if (got < 0) return raise_os_error(ts, errno);
  return bytes_from(buf.data(), got);
}

Result<Value> sock_recvfrom(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  int flags = args.nargs > 1 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[1]))) : 0;
  if (n < 0) return raise_value_error(ts, "negative buffersize in recvfrom");
  std::string buf(static_cast<size_t>(n), '\0');
  SockAddr addr;
  long got = PY_TRY(sock_call(ts, self, POLLIN, [&](int s) {
    addr.len = sizeof addr.storage;
    return static_cast<long>(::recvfrom(s, buf.data(), buf.size(), flags, addr.get(), &addr.len));
  }));
  if (got < 0) return raise_os_error(ts, errno);
  Value a = PY_TRY(make_address(ts, addr.get(), addr.len));
  return tuple_pack({bytes_from(buf.data(), got), a});
}

// Copies `data` into a writable buffer (bytearray, memoryview, ...).
Status store_into(ThreadState& ts, Value buffer, const std::string& data) {
  if (is_bytearray(buffer)) {
    std::memcpy(bytearray_writable(buffer), data.data(), data.size());
    return ok_status();
  }
  Value slice = slice_new(Value::small_int(0), int_from_int64(static_cast<int64_t>(data.size())), g_none);
  return set_item(ts, buffer, slice, bytes_from(data.data(), static_cast<int64_t>(data.size())));
}

Result<Value> recv_into_common(ThreadState& ts, Value self, CallArgs args, bool from) {
  const char* fname = from ? "recvfrom_into" : "recv_into";
  PY_TRY(check_keywords(ts, fname, args, {"buffer", "nbytes", "flags"}));
  Value buffer = args.nargs > 0 ? args[0] : keyword_arg(args, "buffer");
  Value nb = args.nargs > 1 ? args[1] : keyword_arg(args, "nbytes");
  Value fl = args.nargs > 2 ? args[2] : keyword_arg(args, "flags");
  if (buffer.is_null()) return raise_type_error(ts, "%s() missing required argument 'buffer' (pos 1)", fname);
  int64_t size = PY_TRY(length(ts, buffer));
  int64_t n = nb.is_null() ? 0 : PY_TRY(index_as_ssize(ts, nb));
  int flags = fl.is_null() ? 0 : static_cast<int>(PY_TRY(index_as_ssize(ts, fl)));
  if (n < 0) return raise_value_error(ts, "negative buffersize in %s", fname);
  if (n == 0) n = size;
  if (n > size) return raise_value_error(ts, "buffer too small for requested bytes");
  std::string buf(static_cast<size_t>(n), '\0');
  SockAddr addr;
  long got = PY_TRY(sock_call(ts, self, POLLIN, [&](int s) {
    addr.len = sizeof addr.storage;
    return static_cast<long>(::recvfrom(s, buf.data(), buf.size(), flags, addr.get(), &addr.len));
  }));
  if (got < 0) return raise_os_error(ts, errno);
  buf.resize(static_cast<size_t>(got));
  PY_TRY(store_into(ts, buffer, buf));
  if (!from) return int_from_int64(got);
  Value a = PY_TRY(make_address(ts, addr.get(), addr.len));
  return tuple_pack({int_from_int64(got), a});
}
Result<Value> sock_recv_into(ThreadState& ts, Value self, CallArgs args) { return recv_into_common(ts, self, args, false); }
Result<Value> sock_recvfrom_into(ThreadState& ts, Value self, CallArgs args) {
  return recv_into_common(ts, self, args, true);
}

Result<Value> sock_send(ThreadState& ts, Value self, CallArgs args) {
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[0], &data));
  std::string copy(data.view);
  int flags = args.nargs > 1 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[1]))) : 0;
  long put = PY_TRY(sock_call(ts, self, POLLOUT, [&](int s) {
    return static_cast<long>(::send(s, copy.data(), copy.size(), flags | MSG_NOSIGNAL));
  }));
  if (put < 0) return raise_os_error(ts, errno);
  return int_from_int64(put);
}

Result<Value> sock_sendall(ThreadState& ts, Value self, CallArgs args) {
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[0], &data));
  std::string copy(data.view);
  int flags = args.nargs > 1 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[1]))) : 0;
  size_t done = 0;
  while (done < copy.size()) {
    long put = PY_TRY(sock_call(ts, self, POLLOUT, [&](int s) {
      return static_cast<long>(::send(s, copy.data() + done, copy.size() - done, flags | MSG_NOSIGNAL));
    }));
    if (put < 0) return raise_os_error(ts, errno);
    done += static_cast<size_t>(put);
  }
  return g_none;
}

Result<Value> sock_sendto(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs < 2 || args.nargs > 3)
    return raise_type_error(ts, "sendto() takes 2 or 3 arguments (%zu given)", args.nargs);
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[0], &data));
  std::string copy(data.view);
  int flags = args.nargs == 3 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[1]))) : 0;
  SockAddr addr = PY_TRY(address_arg(ts, sock_family(self), args[args.nargs - 1], "sendto"));
  long put = PY_TRY(sock_call(ts, self, POLLOUT, [&](int s) {
    return static_cast<long>(::sendto(s, copy.data(), copy.size(), flags | MSG_NOSIGNAL, addr.get(), addr.len));
  }));
  if (put < 0) return raise_os_error(ts, errno);
  return int_from_int64(put);
}

// sendmsg(buffers[, ancdata[, flags[, address]]]): ancdata is a sequence of
// (level, type, data) with bytes-like data.
Result<Value> sock_sendmsg(ThreadState& ts, Value self, CallArgs args) {
  Value buffers = PY_TRY(sequence_to_list(ts, args[0]));
  std::vector<std::string> chunks;
  for (int64_t i = 0; i < list_size(buffers); ++i) {
    BytesArg data;
    PY_TRY(require_bytes_like(ts, list_get(buffers, i), &data));
    chunks.emplace_back(data.view);
  }
  std::string control;
  if (args.nargs > 1) {
    Value items = PY_TRY(sequence_to_list(ts, args[1]));
    for (int64_t i = 0; i < list_size(items); ++i) {
      Value item = PY_TRY(sequence_to_list(ts, list_get(items, i)));
      if (list_size(item) != 3) return raise_type_error(ts, "sendmsg() ancillary data items must be (level, type, data)");
      int level = static_cast<int>(PY_TRY(index_as_ssize(ts, list_get(item, 0))));
      int type = static_cast<int>(PY_TRY(index_as_ssize(ts, list_get(item, 1))));
      BytesArg data;
      PY_TRY(require_bytes_like(ts, list_get(item, 2), &data));
      size_t at = control.size();
      control.resize(at + CMSG_SPACE(data.view.size()), '\0');
      auto* c = reinterpret_cast<cmsghdr*>(control.data() + at);
      c->cmsg_level = level;
      c->cmsg_type = type;
      c->cmsg_len = CMSG_LEN(data.view.size());
      std::memcpy(CMSG_DATA(c), data.view.data(), data.view.size());
    }
  }
  int flags = args.nargs > 2 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[2]))) : 0;
  SockAddr addr;
  bool has_addr = args.nargs > 3 && !args[3].is(g_none);
  if (has_addr) addr = PY_TRY(address_arg(ts, sock_family(self), args[3], "sendmsg"));
  std::vector<iovec> iov;
  for (std::string& c : chunks) iov.push_back({c.data(), c.size()});
  msghdr msg{};
  msg.msg_iov = iov.data();
  msg.msg_iovlen = iov.size();
  if (!control.empty()) {
    msg.msg_control = control.data();
    msg.msg_controllen = control.size();
  }
  if (has_addr) {
    msg.msg_name = addr.get();
    msg.msg_namelen = addr.len;
  }
  long put = PY_TRY(sock_call(ts, self, POLLOUT, [&](int s) { return static_cast<long>(::sendmsg(s, &msg, flags | MSG_NOSIGNAL)); }));
  if (put < 0) return raise_os_error(ts, errno);
  return int_from_int64(put);
}

// recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address).
Result<Value> sock_recvmsg(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  int64_t anc = args.nargs > 1 ? PY_TRY(index_as_ssize(ts, args[1])) : 0;
  int flags = args.nargs > 2 ? static_cast<int>(PY_TRY(index_as_ssize(ts, args[2]))) : 0;
  if (n < 0) return raise_value_error(ts, "negative buffer size in recvmsg()");
  if (anc < 0) return raise_value_error(ts, "negative buffer size in recvmsg()");
  std::string buf(static_cast<size_t>(n), '\0');
  std::string control(static_cast<size_t>(anc), '\0');
  SockAddr addr;
  iovec iov{buf.data(), buf.size()};
  msghdr msg{};
  long got = PY_TRY(sock_call(ts, self, POLLIN, [&](int s) {
    msg = msghdr{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_name = addr.get();
    msg.msg_namelen = sizeof addr.storage;
    if (!control.empty()) {
      msg.msg_control = control.data();
      msg.msg_controllen = control.size();
    }
    return static_cast<long>(::recvmsg(s, &msg, flags));
  }));
  if (got < 0) return raise_os_error(ts, errno);
  Value items = list_new();
  if (msg.msg_controllen > 0) {
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
      size_t len = c->cmsg_len - CMSG_LEN(0);
      list_append(items, tuple_pack({Value::small_int(c->cmsg_level), Value::small_int(c->cmsg_type),
                                     bytes_from(CMSG_DATA(c), static_cast<int64_t>(len))}));
    }
  }
  addr.len = msg.msg_namelen;
  Value address = addr.len > 0 ? PY_TRY(make_address(ts, addr.get(), addr.len)) : g_none;
  return tuple_pack({bytes_from(buf.data(), got), items, Value::small_int(msg.msg_flags), address});
}

Result<Value> sock_shutdown(ThreadState& ts, Value self, CallArgs args) {
  int how = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  PY_TRY(enter_inevitable(ts));
  if (::shutdown(sock_fd(self), how) != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> name_call(ThreadState& ts, Value self, bool peer) {
  SockAddr addr;
  addr.len = sizeof addr.storage;
  int fd = sock_fd(self);
  int rc = peer ? ::getpeername(fd, addr.get(), &addr.len) : ::getsockname(fd, addr.get(), &addr.len);
  if (rc != 0) return raise_os_error(ts, errno);
  return make_address(ts, addr.get(), addr.len);
}
Result<Value> sock_getsockname(ThreadState& ts, Value self, CallArgs) { return name_call(ts, self, false); }
Result<Value> sock_getpeername(ThreadState& ts, Value self, CallArgs) { return name_call(ts, self, true); }

Result<Value> sock_setsockopt(ThreadState& ts, Value self, CallArgs args) {
  int level = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  int opt = static_cast<int>(PY_TRY(index_as_ssize(ts, args[1])));
  Value v = args[2];
  PY_TRY(enter_inevitable(ts));
  int rc;
  if (is_int(v)) {
    int i = static_cast<int>(PY_TRY(index_as_ssize(ts, v)));
    rc = ::setsockopt(sock_fd(self), level, opt, &i, sizeof i);
  } else if (v.is(g_none) && args.nargs > 3) {
    rc = ::setsockopt(sock_fd(self), level, opt, nullptr, static_cast<socklen_t>(PY_TRY(index_as_ssize(ts, args[3]))));
  } else {
    BytesArg data;
    PY_TRY(require_bytes_like(ts, v, &data));
    std::string copy(data.view);
    rc = ::setsockopt(sock_fd(self), level, opt, copy.data(), static_cast<socklen_t>(copy.size()));
  }
  if (rc != 0) return raise_os_error(ts, errno);
  return g_none;
}

Result<Value> sock_getsockopt(ThreadState& ts, Value self, CallArgs args) {
  int level = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  int opt = static_cast<int>(PY_TRY(index_as_ssize(ts, args[1])));
  if (args.nargs < 3) {
    int i = 0;
    socklen_t len = sizeof i;
    if (::getsockopt(sock_fd(self), level, opt, &i, &len) != 0) return raise_os_error(ts, errno);
    return Value::small_int(i);
  }
  int64_t buflen = PY_TRY(index_as_ssize(ts, args[2]));
  if (buflen <= 0 || buflen > 1024) return raise(ts, g_exc_OSError, "getsockopt buflen out of range");
  std::string buf(static_cast<size_t>(buflen), '\0');
  socklen_t len = static_cast<socklen_t>(buflen);
  if (::getsockopt(sock_fd(self), level, opt, buf.data(), &len) != 0) return raise_os_error(ts, errno);
  return bytes_from(buf.data(), len);
}

Result<double> timeout_arg(ThreadState& ts, Value v) {
  if (v.is(g_none)) return -1.0;
  double d;
  if (is_float(v)) d = float_value(v);
  else if (is_int(v)) d = PY_TRY(int_to_double(ts, v));
  else return raise_type_error(ts, "'%s' object cannot be interpreted as an integer or float", type_name_of(v).c_str());
  if (std::isnan(d)) return raise_value_error(ts, "Invalid value NaN (not a number)");
  if (d < 0) return raise_value_error(ts, "Timeout value out of range");
  return d;
}
Result<Value> sock_settimeout(ThreadState& ts, Value self, CallArgs args) {
  double t = PY_TRY(timeout_arg(ts, args[0]));
  PY_TRY(apply_timeout(ts, self, t));
  return g_none;
}
Result<Value> sock_gettimeout(ThreadState&, Value self, CallArgs) { return native_field(self, kTimeout); }
Result<Value> sock_setblocking(ThreadState& ts, Value self, CallArgs args) {
  bool blocking = PY_TRY(is_true(ts, args[0]));
  PY_TRY(apply_timeout(ts, self, blocking ? -1.0 : 0.0));
  return g_none;
}
Result<Value> sock_getblocking(ThreadState&, Value self, CallArgs) { return bool_value(sock_timeout(self) != 0.0); }

Result<Value> sock_repr(ThreadState&, Value self, CallArgs) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "<socket object, fd=%d, family=%d, type=%d, proto=%d>", sock_fd(self), sock_family(self),
                static_cast<int>(native_field(self, kType).as_small_int()),
                static_cast<int>(native_field(self, kProto).as_small_int()));
  return str_from_utf8(buf);
}

const NativeMethod kSocketMethods[] = {
    {"__new__", socket_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", socket_init, 0, -1, 0, nullptr},
    {"__repr__", sock_repr, 0, 0, 0, nullptr},
    {"_accept", sock_accept, 0, 0, 0, nullptr},
    {"bind", sock_bind, 1, 1, kNativeNoKeywords, nullptr},
    {"close", sock_close, 0, 0, 0, nullptr},
    {"connect", sock_connect, 1, 1, kNativeNoKeywords, nullptr},
    {"connect_ex", sock_connect_ex, 1, 1, kNativeNoKeywords, nullptr},
    {"detach", sock_detach, 0, 0, 0, nullptr},
    {"fileno", sock_fileno, 0, 0, 0, nullptr},
    {"getpeername", sock_getpeername, 0, 0, 0, nullptr},
    {"getsockname", sock_getsockname, 0, 0, 0, nullptr},
    {"getsockopt", sock_getsockopt, 2, 3, kNativeNoKeywords, nullptr},
    {"setsockopt", sock_setsockopt, 3, 4, kNativeNoKeywords, nullptr},
    {"listen", sock_listen, 0, 1, kNativeNoKeywords, nullptr},
    {"recv", sock_recv, 1, 2, kNativeNoKeywords, nullptr},
    {"recvfrom", sock_recvfrom, 1, 2, kNativeNoKeywords, nullptr},
    {"recv_into", sock_recv_into, 0, -1, 0, nullptr},
    {"recvfrom_into", sock_recvfrom_into, 0, -1, 0, nullptr},
    {"send", sock_send, 1, 2, kNativeNoKeywords, nullptr},
    {"sendall", sock_sendall, 1, 2, kNativeNoKeywords, nullptr},
    {"sendto", sock_sendto, 2, 3, kNativeNoKeywords, nullptr},
    {"shutdown", sock_shutdown, 1, 1, kNativeNoKeywords, nullptr},
    {"sendmsg", sock_sendmsg, 1, 4, kNativeNoKeywords, nullptr},
    {"recvmsg", sock_recvmsg, 1, 3, kNativeNoKeywords, nullptr},
    {"settimeout", sock_settimeout, 1, 1, kNativeNoKeywords, nullptr},
    {"gettimeout", sock_gettimeout, 0, 0, 0, nullptr},
    {"setblocking", sock_setblocking, 1, 1, kNativeNoKeywords, nullptr},
    {"getblocking", sock_getblocking, 0, 0, 0, nullptr},
};
const NativeMethod kSocketGetters[] = {
    {"family", sock_family_get, 0, 0, 0, nullptr},
    {"type", sock_type_get, 0, 0, 0, nullptr},
    {"proto", sock_proto_get, 0, 0, 0, nullptr},
    {"timeout", sock_timeout_get, 0, 0, 0, nullptr},
};

// --- Module functions ----------------------------------------------------------------------

Result<Value> sock_socketpair(ThreadState& ts, Value, CallArgs args) {
  int family = args.nargs > 0 ? PY_TRY(int_or_default(ts, args[0], AF_UNIX)) : AF_UNIX;
  int type = args.nargs > 1 ? PY_TRY(int_or_default(ts, args[1], SOCK_STREAM)) : SOCK_STREAM;
  int proto = args.nargs > 2 ? PY_TRY(int_or_default(ts, args[2], 0)) : 0;
  int fds[2];
  PY_TRY(enter_inevitable(ts));
  if (::socketpair(family, type | SOCK_CLOEXEC, proto, fds) != 0) return raise_os_error(ts, errno);
  Value type_value = Value::from_object(g_socket_type);
  Value a = PY_TRY(call(ts, type_value, {Value::small_int(family), Value::small_int(type), Value::small_int(proto),
                                          Value::small_int(fds[0])}));
  Value b = PY_TRY(call(ts, type_value, {Value::small_int(family), Value::small_int(type), Value::small_int(proto),
                                          Value::small_int(fds[1])}));
  return tuple_pack({a, b});
}

Result<Value> sock_gethostname(ThreadState& ts, Value, CallArgs) {
  char buf[256];
  if (::gethostname(buf, sizeof buf) != 0) return raise_os_error(ts, errno);
  buf[sizeof buf - 1] = '\0';
  return str_from_utf8(buf);
}

Result<Value> sock_gethostbyname(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "gethostbyname() argument 1 must be str, not %s",
                                                type_name_of(args[0]).c_str());
  SockAddr addr;
  PY_TRY(resolve_host(ts, str_to_utf8(args[0]), AF_INET, &addr));
  char buf[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(addr.get())->sin_addr, buf, sizeof buf);
  return str_from_utf8(buf);
}

Result<Value> sock_gethostbyname_ex(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "gethostbyname_ex() argument 1 must be str, not %s",
                                                type_name_of(args[0]).c_str());
  std::string host = str_to_utf8(args[0]);
  addrinfo hints{}, *res = nullptr;
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_CANONNAME;
  PY_TRY(enter_inevitable(ts));
  int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &res);
  if (rc != 0) return gai_error(ts, rc);
  Value addrs = list_new();
  std::string canon = res->ai_canonname ? res->ai_canonname : host;
  for (addrinfo* r = res; r; r = r->ai_next) {
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(r->ai_addr)->sin_addr, buf, sizeof buf);
    list_append(addrs, str_from_utf8(buf));
  }
  ::freeaddrinfo(res);
  return tuple_pack({str_from_utf8(canon), list_new(), addrs});
}

Result<Value> sock_gethostbyaddr(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "gethostbyaddr() argument 1 must be str, not %s",
                                                type_name_of(args[0]).c_str());
  SockAddr addr;
  PY_TRY(resolve_host(ts, str_to_utf8(args[0]), AF_UNSPEC, &addr));
  char host[NI_MAXHOST];
  int rc = ::getnameinfo(addr.get(), addr.len, host, sizeof host, nullptr, 0, NI_NAMEREQD);
  if (rc != 0) {
    return raise_code_and_message(ts, g_herror, 1, "Unknown host");
  }
  char num[INET6_ADDRSTRLEN];
  ::getnameinfo(addr.get(), addr.len, num, sizeof num, nullptr, 0, NI_NUMERICHOST);
  return tuple_pack({str_from_utf8(host), list_new(), list_from(std::initializer_list<Value>{str_from_utf8(num)}.begin(), 1)});
}

Result<Value> sock_getaddrinfo(ThreadState& ts, Value, CallArgs args) {
  PY_TRY(check_keywords(ts, "getaddrinfo", args, {"host", "port", "family", "type", "proto", "flags"}));
  const char* names[] = {"host", "port", "family", "type", "proto", "flags"};
  Value a[6];
  for (size_t i = 0; i < 6; ++i) a[i] = i < args.nargs ? args[i] : keyword_arg(args, names[i]);
  if (a[0].is_null() || a[1].is_null()) return raise_type_error(ts, "getaddrinfo() missing required argument");
  std::string host, port;
  bool has_host = !a[0].is(g_none), has_port = !a[1].is(g_none);
  if (has_host) {
    if (is_str(a[0])) host = str_to_utf8(a[0]);
    else if (is_bytes_value(a[0])) host.assign(reinterpret_cast<const char*>(bytes_data(a[0])), static_cast<size_t>(bytes_size(a[0])));
    else return raise_type_error(ts, "getaddrinfo() argument 1 must be string or None");
  }
  if (has_port) {
    if (is_int(a[1])) port = std::to_string(PY_TRY(index_as_ssize(ts, a[1])));
    else if (is_str(a[1])) port = str_to_utf8(a[1]);
    else if (is_bytes_value(a[1])) port.assign(reinterpret_cast<const char*>(bytes_data(a[1])), static_cast<size_t>(bytes_size(a[1])));
    else return raise(ts, g_exc_OSError, "Int or String expected");
  }
  addrinfo hints{}, *res = nullptr;
  hints.ai_family = PY_TRY(int_or_default(ts, a[2], 0));
  hints.ai_socktype = PY_TRY(int_or_default(ts, a[3], 0));
  hints.ai_protocol = PY_TRY(int_or_default(ts, a[4], 0));
  hints.ai_flags = PY_TRY(int_or_default(ts, a[5], 0));
  PY_TRY(enter_inevitable(ts));
  int rc = ::getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &res);
  if (rc != 0) return gai_error(ts, rc);
  Value out = list_new();
  for (addrinfo* r = res; r; r = r->ai_next) {
    Result<Value> addr = make_address(ts, r->ai_addr, r->ai_addrlen);
    if (!addr.ok()) {
      ::freeaddrinfo(res);
      return kError;
    }
    list_append(out, tuple_pack({Value::small_int(r->ai_family), Value::small_int(r->ai_socktype),
                                 Value::small_int(r->ai_protocol), str_from_utf8(r->ai_canonname ? r->ai_canonname : ""),
                                 addr.value()}));
  }
  ::freeaddrinfo(res);
  return out;
}

Result<Value> sock_getnameinfo(ThreadState& ts, Value, CallArgs args) {
  Value sa = args[0];
  if (!is_instance_of(sa, g_tuple_type)) return raise_type_error(ts, "getnameinfo() argument 1 must be a tuple");
  int flags = static_cast<int>(PY_TRY(index_as_ssize(ts, args[1])));
  if (tuple_size(sa) < 2) return raise_type_error(ts, "getnameinfo(): illegal sockaddr argument");
  std::string h = PY_TRY(host_text(ts, tuple_item(sa, 0), "getnameinfo"));
  int port = PY_TRY(port_arg(ts, tuple_item(sa, 1), "getnameinfo"));
  SockAddr addr;
  PY_TRY(resolve_host(ts, h, tuple_size(sa) > 2 ? AF_INET6 : AF_INET, &addr));
  if (addr.get()->sa_family == AF_INET) reinterpret_cast<sockaddr_in*>(addr.get())->sin_port = htons(static_cast<uint16_t>(port));
  else reinterpret_cast<sockaddr_in6*>(addr.get())->sin6_port = htons(static_cast<uint16_t>(port));
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  int rc = ::getnameinfo(addr.get(), addr.len, host, sizeof host, serv, sizeof serv, flags);
  if (rc != 0) return gai_error(ts, rc);
  return tuple_pack({str_from_utf8(host), str_from_utf8(serv)});
}

Result<Value> sock_getservbyname(ThreadState& ts, Value, CallArgs args) {
  std::string name = str_to_utf8(args[0]);
  std::string proto = args.nargs > 1 ? str_to_utf8(args[1]) : "";
  servent* s = ::getservbyname(name.c_str(), args.nargs > 1 ? proto.c_str() : nullptr);
  if (!s) return raise(ts, g_exc_OSError, "service/proto not found");
  return Value::small_int(ntohs(static_cast<uint16_t>(s->s_port)));
}
Result<Value> sock_getservbyport(ThreadState& ts, Value, CallArgs args) {
  int port = PY_TRY(port_arg(ts, args[0], "getservbyport"));
  std::string proto = args.nargs > 1 ? str_to_utf8(args[1]) : "";
  servent* s = ::getservbyport(htons(static_cast<uint16_t>(port)), args.nargs > 1 ? proto.c_str() : nullptr);
  if (!s) return raise(ts, g_exc_OSError, "port/proto not found");
  return str_from_utf8(s->s_name);
}
Result<Value> sock_getprotobyname(ThreadState& ts, Value, CallArgs args) {
  std::string name = str_to_utf8(args[0]);
  protoent* p = ::getprotobyname(name.c_str());
  if (!p) return raise(ts, g_exc_OSError, "protocol not found");
  return Value::small_int(p->p_proto);
}

Result<Value> sock_inet_aton(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "inet_aton() argument 1 must be str, not %s", type_name_of(args[0]).c_str());
  in_addr a;
  if (::inet_aton(str_to_utf8(args[0]).c_str(), &a) == 0)
    return raise(ts, g_exc_OSError, "illegal IP address string passed to inet_aton");
  return bytes_from(&a, 4);
}
Result<Value> sock_inet_ntoa(ThreadState& ts, Value, CallArgs args) {
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[0], &data));
  if (data.view.size() != 4) return raise(ts, g_exc_OSError, "packed IP wrong length for inet_ntoa");
  in_addr a;
  std::memcpy(&a, data.view.data(), 4);
  return str_from_utf8(::inet_ntoa(a));
}
Result<Value> sock_inet_pton(ThreadState& ts, Value, CallArgs args) {
  int af = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  if (!is_str(args[1])) return raise_type_error(ts, "inet_pton() argument 2 must be str, not %s", type_name_of(args[1]).c_str());
  unsigned char buf[16];
  int rc = ::inet_pton(af, str_to_utf8(args[1]).c_str(), buf);
  if (rc < 0) return raise_os_error(ts, errno);
  if (rc == 0) return raise(ts, g_exc_OSError, "illegal IP address string passed to inet_pton");
  return bytes_from(buf, af == AF_INET ? 4 : 16);
}
Result<Value> sock_inet_ntop(ThreadState& ts, Value, CallArgs args) {
  int af = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  BytesArg data;
  PY_TRY(require_bytes_like(ts, args[1], &data));
  if (af == AF_INET && data.view.size() != 4) return raise_value_error(ts, "invalid length of packed IP address string");
  if (af == AF_INET6 && data.view.size() != 16) return raise_value_error(ts, "invalid length of packed IP address string");
  if (af != AF_INET && af != AF_INET6) return raise_value_error(ts, "unknown address family %d", af);
  char buf[INET6_ADDRSTRLEN];
  if (!::inet_ntop(af, data.view.data(), buf, sizeof buf)) return raise_os_error(ts, errno);
  return str_from_utf8(buf);
}

template <int Bits>
Result<Value> byte_order(ThreadState& ts, Value v, const char* fname) {
  if (!is_int(v)) return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  int64_t x = 0;
  bool fits = int_to_int64(v, &x);
  if (fits && x < 0) {
    if (Bits == 16) return raise_overflow(ts, (std::string(fname) + ": can't convert negative Python int to C 16-bit unsigned integer").c_str());
    return raise_overflow(ts, "can't convert negative value to unsigned int");
  }
  if (!fits || (Bits == 16 && x > 0xffff) || (Bits == 32 && x > 0xffffffffLL)) {
    if (Bits == 16) return raise_overflow(ts, (std::string(fname) + ": Python int too large to convert to C 16-bit unsigned integer").c_str());
    return raise_overflow(ts, "int larger than 32 bits");
  }
  if (Bits == 16) return Value::small_int(htons(static_cast<uint16_t>(x)));
  return int_from_int64(htonl(static_cast<uint32_t>(x)));
}
Result<Value> sock_htons(ThreadState& ts, Value, CallArgs args) { return byte_order<16>(ts, args[0], "htons"); }
Result<Value> sock_ntohs(ThreadState& ts, Value, CallArgs args) { return byte_order<16>(ts, args[0], "ntohs"); }
Result<Value> sock_htonl(ThreadState& ts, Value, CallArgs args) { return byte_order<32>(ts, args[0], "htonl"); }
Result<Value> sock_ntohl(ThreadState& ts, Value, CallArgs args) { return byte_order<32>(ts, args[0], "ntohl"); }

Result<Value> sock_getdefaulttimeout(ThreadState&, Value, CallArgs) {
  return g_default_timeout < 0 ? g_none : float_from_double(g_default_timeout);
}
Result<Value> sock_setdefaulttimeout(ThreadState& ts, Value, CallArgs args) {
  double t = PY_TRY(timeout_arg(ts, args[0]));
  PY_TRY(enter_inevitable(ts));
  g_default_timeout = t;
  return g_none;
}
Result<Value> sock_close_fd(ThreadState& ts, Value, CallArgs args) {
  int fd = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  PY_TRY(enter_inevitable(ts));
  if (::close(fd) != 0 && errno != ECONNRESET) return raise_os_error(ts, errno);
  return g_none;
}
Result<Value> sock_dup_fd(ThreadState& ts, Value, CallArgs args) {
  int fd = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  PY_TRY(enter_inevitable(ts));
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_os_error(ts, errno);
  return Value::small_int(r);
}

Result<Value> sock_cmsg_len(ThreadState& ts, Value, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  if (n < 0 || n > 0x7fffffff) return raise_overflow(ts, "CMSG_LEN() argument out of range");
  return int_from_int64(static_cast<int64_t>(CMSG_LEN(static_cast<size_t>(n))));
}
Result<Value> sock_cmsg_space(ThreadState& ts, Value, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  if (n < 0 || n > 0x7fffffff) return raise_overflow(ts, "CMSG_SPACE() argument out of range");
  return int_from_int64(static_cast<int64_t>(CMSG_SPACE(static_cast<size_t>(n))));
}

const NativeMethod kFunctions[] = {
    {"socketpair", sock_socketpair, 0, 3, kNativeNoKeywords, nullptr},
    {"CMSG_LEN", sock_cmsg_len, 1, 1, kNativeNoKeywords, nullptr},
    {"CMSG_SPACE", sock_cmsg_space, 1, 1, kNativeNoKeywords, nullptr},
    {"gethostname", sock_gethostname, 0, 0, 0, nullptr},
    {"gethostbyname", sock_gethostbyname, 1, 1, kNativeNoKeywords, nullptr},
    {"gethostbyname_ex", sock_gethostbyname_ex, 1, 1, kNativeNoKeywords, nullptr},
    {"gethostbyaddr", sock_gethostbyaddr, 1, 1, kNativeNoKeywords, nullptr},
    {"getaddrinfo", sock_getaddrinfo, 0, -1, 0, nullptr},
    {"getnameinfo", sock_getnameinfo, 2, 2, kNativeNoKeywords, nullptr},
    {"getservbyname", sock_getservbyname, 1, 2, kNativeNoKeywords, nullptr},
    {"getservbyport", sock_getservbyport, 1, 2, kNativeNoKeywords, nullptr},
    {"getprotobyname", sock_getprotobyname, 1, 1, kNativeNoKeywords, nullptr},
    {"inet_aton", sock_inet_aton, 1, 1, kNativeNoKeywords, nullptr},
    {"inet_ntoa", sock_inet_ntoa, 1, 1, kNativeNoKeywords, nullptr},
    {"inet_pton", sock_inet_pton, 2, 2, kNativeNoKeywords, nullptr},
    {"inet_ntop", sock_inet_ntop, 2, 2, kNativeNoKeywords, nullptr},
    {"htons", sock_htons, 1, 1, kNativeNoKeywords, nullptr},
    {"ntohs", sock_ntohs, 1, 1, kNativeNoKeywords, nullptr},
    {"htonl", sock_htonl, 1, 1, kNativeNoKeywords, nullptr},
    {"ntohl", sock_ntohl, 1, 1, kNativeNoKeywords, nullptr},
    {"getdefaulttimeout", sock_getdefaulttimeout, 0, 0, 0, nullptr},
    {"setdefaulttimeout", sock_setdefaulttimeout, 1, 1, kNativeNoKeywords, nullptr},
    {"close", sock_close_fd, 1, 1, kNativeNoKeywords, nullptr},
    {"dup", sock_dup_fd, 1, 1, kNativeNoKeywords, nullptr},
};

#define SOCKET_CONSTANT(name) {#name, name}
const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    SOCKET_CONSTANT(AF_UNSPEC), SOCKET_CONSTANT(AF_INET), SOCKET_CONSTANT(AF_INET6), SOCKET_CONSTANT(AF_UNIX),
    SOCKET_CONSTANT(AF_NETLINK), SOCKET_CONSTANT(AF_PACKET), SOCKET_CONSTANT(AF_APPLETALK), SOCKET_CONSTANT(AF_IPX),
    SOCKET_CONSTANT(AF_X25), SOCKET_CONSTANT(AF_ROUTE), SOCKET_CONSTANT(AF_KEY),
    SOCKET_CONSTANT(AF_CAN), SOCKET_CONSTANT(AF_TIPC), SOCKET_CONSTANT(AF_ALG), SOCKET_CONSTANT(AF_VSOCK),
    SOCKET_CONSTANT(SOCK_STREAM), SOCKET_CONSTANT(SOCK_DGRAM), SOCKET_CONSTANT(SOCK_RAW),
    SOCKET_CONSTANT(SOCK_SEQPACKET), SOCKET_CONSTANT(SOCK_RDM), SOCKET_CONSTANT(SOCK_NONBLOCK),
    SOCKET_CONSTANT(SOCK_CLOEXEC),
    SOCKET_CONSTANT(SOL_SOCKET), SOCKET_CONSTANT(SOL_IP), SOCKET_CONSTANT(SOL_TCP), {"SOL_UDP", 17},
    SOCKET_CONSTANT(SO_DEBUG), SOCKET_CONSTANT(SO_ACCEPTCONN), SOCKET_CONSTANT(SO_REUSEADDR),
    SOCKET_CONSTANT(SO_REUSEPORT), SOCKET_CONSTANT(SO_KEEPALIVE), SOCKET_CONSTANT(SO_DONTROUTE),
    SOCKET_CONSTANT(SO_BROADCAST), SOCKET_CONSTANT(SO_LINGER), SOCKET_CONSTANT(SO_OOBINLINE),
    SOCKET_CONSTANT(SO_SNDBUF), SOCKET_CONSTANT(SO_RCVBUF), SOCKET_CONSTANT(SO_SNDLOWAT),
    SOCKET_CONSTANT(SO_RCVLOWAT), SOCKET_CONSTANT(SO_SNDTIMEO), SOCKET_CONSTANT(SO_RCVTIMEO),
    SOCKET_CONSTANT(SO_ERROR), SOCKET_CONSTANT(SO_TYPE), SOCKET_CONSTANT(SO_PASSCRED), SOCKET_CONSTANT(SO_PEERCRED),
    SOCKET_CONSTANT(SO_DOMAIN), SOCKET_CONSTANT(SO_PROTOCOL), SOCKET_CONSTANT(SO_PRIORITY),
    SOCKET_CONSTANT(SO_BINDTODEVICE), SOCKET_CONSTANT(SO_MARK), SOCKET_CONSTANT(SCM_RIGHTS),
    SOCKET_CONSTANT(SCM_CREDENTIALS), SOCKET_CONSTANT(SOMAXCONN),
    SOCKET_CONSTANT(MSG_OOB), SOCKET_CONSTANT(MSG_PEEK), SOCKET_CONSTANT(MSG_DONTROUTE),
    SOCKET_CONSTANT(MSG_DONTWAIT), SOCKET_CONSTANT(MSG_EOR), SOCKET_CONSTANT(MSG_TRUNC), SOCKET_CONSTANT(MSG_CTRUNC),
    SOCKET_CONSTANT(MSG_WAITALL), SOCKET_CONSTANT(MSG_NOSIGNAL), SOCKET_CONSTANT(MSG_CMSG_CLOEXEC),
    SOCKET_CONSTANT(MSG_CONFIRM), SOCKET_CONSTANT(MSG_ERRQUEUE), SOCKET_CONSTANT(MSG_MORE),
    SOCKET_CONSTANT(MSG_FASTOPEN),
    SOCKET_CONSTANT(IPPROTO_IP), SOCKET_CONSTANT(IPPROTO_ICMP), SOCKET_CONSTANT(IPPROTO_TCP),
    SOCKET_CONSTANT(IPPROTO_UDP), SOCKET_CONSTANT(IPPROTO_IPV6), SOCKET_CONSTANT(IPPROTO_RAW),
    SOCKET_CONSTANT(IPPROTO_ICMPV6), SOCKET_CONSTANT(IPPROTO_SCTP), SOCKET_CONSTANT(IPPROTO_UDPLITE),
    SOCKET_CONSTANT(IPPORT_RESERVED), SOCKET_CONSTANT(IPPORT_USERRESERVED),
    SOCKET_CONSTANT(INADDR_ANY), SOCKET_CONSTANT(INADDR_BROADCAST), SOCKET_CONSTANT(INADDR_LOOPBACK),
    SOCKET_CONSTANT(INADDR_NONE), SOCKET_CONSTANT(INADDR_UNSPEC_GROUP), SOCKET_CONSTANT(INADDR_ALLHOSTS_GROUP),
    SOCKET_CONSTANT(INADDR_MAX_LOCAL_GROUP),
    SOCKET_CONSTANT(IP_TOS), SOCKET_CONSTANT(IP_TTL), SOCKET_CONSTANT(IP_HDRINCL), SOCKET_CONSTANT(IP_OPTIONS),
    SOCKET_CONSTANT(IP_RECVOPTS), SOCKET_CONSTANT(IP_RETOPTS), SOCKET_CONSTANT(IP_MULTICAST_IF),
    SOCKET_CONSTANT(IP_MULTICAST_TTL), SOCKET_CONSTANT(IP_MULTICAST_LOOP), SOCKET_CONSTANT(IP_ADD_MEMBERSHIP),
    SOCKET_CONSTANT(IP_DROP_MEMBERSHIP), SOCKET_CONSTANT(IP_RECVTOS), SOCKET_CONSTANT(IP_TRANSPARENT),
    SOCKET_CONSTANT(IPV6_V6ONLY), SOCKET_CONSTANT(IPV6_UNICAST_HOPS), SOCKET_CONSTANT(IPV6_MULTICAST_IF),
    SOCKET_CONSTANT(IPV6_MULTICAST_HOPS), SOCKET_CONSTANT(IPV6_MULTICAST_LOOP), SOCKET_CONSTANT(IPV6_JOIN_GROUP),
    SOCKET_CONSTANT(IPV6_LEAVE_GROUP), SOCKET_CONSTANT(IPV6_RECVPKTINFO), SOCKET_CONSTANT(IPV6_PKTINFO),
    SOCKET_CONSTANT(IPV6_TCLASS),
    SOCKET_CONSTANT(TCP_NODELAY), SOCKET_CONSTANT(TCP_MAXSEG), SOCKET_CONSTANT(TCP_CORK),
    SOCKET_CONSTANT(TCP_KEEPIDLE), SOCKET_CONSTANT(TCP_KEEPINTVL), SOCKET_CONSTANT(TCP_KEEPCNT),
    SOCKET_CONSTANT(TCP_SYNCNT), SOCKET_CONSTANT(TCP_LINGER2), SOCKET_CONSTANT(TCP_DEFER_ACCEPT),
    SOCKET_CONSTANT(TCP_WINDOW_CLAMP), SOCKET_CONSTANT(TCP_INFO), SOCKET_CONSTANT(TCP_QUICKACK),
    SOCKET_CONSTANT(TCP_FASTOPEN), SOCKET_CONSTANT(TCP_CONGESTION), SOCKET_CONSTANT(TCP_USER_TIMEOUT),
    SOCKET_CONSTANT(TCP_NOTSENT_LOWAT),
    SOCKET_CONSTANT(SHUT_RD), SOCKET_CONSTANT(SHUT_WR), SOCKET_CONSTANT(SHUT_RDWR),
    SOCKET_CONSTANT(AI_PASSIVE), SOCKET_CONSTANT(AI_CANONNAME), SOCKET_CONSTANT(AI_NUMERICHOST),
    SOCKET_CONSTANT(AI_NUMERICSERV), SOCKET_CONSTANT(AI_V4MAPPED), SOCKET_CONSTANT(AI_ALL),
    SOCKET_CONSTANT(AI_ADDRCONFIG),
    SOCKET_CONSTANT(NI_NUMERICHOST), SOCKET_CONSTANT(NI_NUMERICSERV), SOCKET_CONSTANT(NI_NOFQDN),
    SOCKET_CONSTANT(NI_NAMEREQD), SOCKET_CONSTANT(NI_DGRAM), SOCKET_CONSTANT(NI_MAXHOST), SOCKET_CONSTANT(NI_MAXSERV),
    SOCKET_CONSTANT(EAI_ADDRFAMILY), SOCKET_CONSTANT(EAI_AGAIN), SOCKET_CONSTANT(EAI_BADFLAGS),
    SOCKET_CONSTANT(EAI_FAIL), SOCKET_CONSTANT(EAI_FAMILY), SOCKET_CONSTANT(EAI_MEMORY), SOCKET_CONSTANT(EAI_NODATA),
    SOCKET_CONSTANT(EAI_NONAME), SOCKET_CONSTANT(EAI_OVERFLOW), SOCKET_CONSTANT(EAI_SERVICE),
    SOCKET_CONSTANT(EAI_SOCKTYPE), SOCKET_CONSTANT(EAI_SYSTEM),
};
#undef SOCKET_CONSTANT

}  // namespace

Result<Value> create_socket_module(ThreadState& ts) {
  if (!g_socket_type) {
    PY_TRY(enter_inevitable(ts));
    g_socket_type =
        make_builtin_type("socket", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), kTypeBaseType);
    add_native_methods(g_socket_type, kSocketMethods);
    for (const NativeMethod& g : kSocketGetters) add_native_property(g_socket_type, &g, nullptr);
    type_set_attr_nogc_fail(g_socket_type, "__module__", str_intern("_socket"));
    PY_TRY(module_exception_class(ts, &g_herror, "socket", "herror", g_exc_OSError));
    PY_TRY(module_exception_class(ts, &g_gaierror, "socket", "gaierror", g_exc_OSError));
  }
  Value module = module_new(str_intern("_socket"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  module_set(module, "socket", Value::from_object(g_socket_type));
  module_set(module, "SocketType", Value::from_object(g_socket_type));
  module_set(module, "error", Value::from_object(g_exc_OSError));
  module_set(module, "timeout", Value::from_object(g_exc_TimeoutError));
  module_set(module, "herror", g_herror);
  module_set(module, "gaierror", g_gaierror);
  module_set(module, "has_ipv6", g_true);
  return module;
}

}  // namespace pystm
