// runtime/vm/errors.cpp — setting the pending exception from C++.
#include "runtime/vm/errors.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/objects/exception_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

#define PYSTM_DEFINE_EXC(var, name, base) TypeObject* g_exc_##var;
PYSTM_EXCEPTION_TYPES(PYSTM_DEFINE_EXC)
#undef PYSTM_DEFINE_EXC

static std::string vformat(const char* format, va_list ap) {
  char small[512];
  va_list copy;
  va_copy(copy, ap);
  int n = std::vsnprintf(small, sizeof small, format, copy);
  va_end(copy);
  if (n < static_cast<int>(sizeof small)) return std::string(small, n < 0 ? 0 : n);
  std::string out(n + 1, '\0');
  std::vsnprintf(out.data(), out.size(), format, ap);
  out.resize(n);
  return out;
}

// Builds the exception instance directly (no Python code runs), so raising
// from deep inside the runtime cannot fail recursively.
static Value instantiate(TypeObject* type, Value args_tuple) {
  ExceptionObject* e = allocate_object<ExceptionObject>(type, stm::read(type)->instance_size);
  stm::view(e)->args = args_tuple.as<TupleObject>();
  return Value::from_object(e);
}

// Implicit chaining (language reference §7.8): an exception raised while
// another is being handled gets it as __context__, with cycles broken.
static void chain_context(ThreadState& ts, Value exc) {
  Value handled = current_handled_exception(ts);
  if (handled.is_null() || handled.is(g_none) || handled.is(exc) || !is_exception_instance(exc) ||
      !is_exception_instance(handled))
    return;
  for (Value o = handled; !o.is_null();) {
    Value next = stm::read(o.as<ExceptionObject>())->context;
    if (next.is(exc)) {
      stm::write(o.as<ExceptionObject>())->context = Value();
      break;
    }
    o = next;
  }
  stm::write(exc.as<ExceptionObject>())->context = handled;
}

static Error set_pending(ThreadState& ts, Value exc) {
  chain_context(ts, exc);
  ts.pending_exception = exc;
  return kError;
}

Error raise(ThreadState& ts, TypeObject* type, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  std::string message = vformat(format, ap);
  va_end(ap);
  Value msg = str_from_utf8(message);
  return set_pending(ts, instantiate(type, tuple_pack({msg})));
}

Error raise_with_args(ThreadState& ts, TypeObject* type, Value arg) {
  return set_pending(ts, instantiate(type, tuple_pack({arg})));
}

Error raise_empty(ThreadState& ts, TypeObject* type) { return set_pending(ts, instantiate(type, g_empty_tuple)); }

Error raise_value(ThreadState& ts, Value exc) {
  if (is_exception_class(exc)) {
    Result<Value> instance = call(ts, exc, {});
    if (instance.is_error()) return kError;
    if (!is_exception_instance(instance.value())) {
      return raise(ts, g_exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                   type_name_of(exc).c_str(), type_name_of(instance.value()).c_str());
    }
    return set_pending(ts, instance.value());
  }
  if (is_exception_instance(exc)) return set_pending(ts, exc);
  return raise(ts, g_exc_TypeError, "exceptions must derive from BaseException");
}

Error raise_type_error(ThreadState& ts, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  std::string message = vformat(format, ap);
  va_end(ap);
  return set_pending(ts, instantiate(g_exc_TypeError, tuple_pack({str_from_utf8(message)})));
}

Error raise_value_error(ThreadState& ts, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  std::string message = vformat(format, ap);
  va_end(ap);
  return set_pending(ts, instantiate(g_exc_ValueError, tuple_pack({str_from_utf8(message)})));
}

Error raise_overflow(ThreadState& ts, const char* message) { return raise(ts, g_exc_OverflowError, "%s", message); }
Error raise_zero_division(ThreadState& ts, const char* message) {
  return raise(ts, g_exc_ZeroDivisionError, "%s", message);
}
Error raise_memory_error(ThreadState& ts) { return set_pending(ts, instantiate(g_exc_MemoryError, g_empty_tuple)); }

Error raise_os_error(ThreadState& ts, int err, Value filename) {
  TypeObject* type = os_error_subclass(Value::small_int(err));
  Value args = filename.is_null()
                   ? tuple_pack({Value::small_int(err), str_from_utf8(std::strerror(err))})
                   : tuple_pack({Value::small_int(err), str_from_utf8(std::strerror(err)), filename});
  Result<Value> exc = exception_new(ts, type, args);  // OSError.__new__ parses the fields
  if (!exc.ok()) return kError;
  return set_pending(ts, exc.value());
}

TypeObject* os_error_type_for_errno(int err) {
  TypeObject* type = g_exc_OSError;
  switch (err) {
    case ENOENT: type = g_exc_FileNotFoundError; break;
    case EEXIST: type = g_exc_FileExistsError; break;
    case EACCES:
    case EPERM: type = g_exc_PermissionError; break;
    case EISDIR: type = g_exc_IsADirectoryError; break;
    case ENOTDIR: type = g_exc_NotADirectoryError; break;
    case EAGAIN: case EALREADY: case EINPROGRESS: type = g_exc_BlockingIOError; break;
    case ECHILD: type = g_exc_ChildProcessError; break;
    case EPIPE: case ESHUTDOWN: type = g_exc_BrokenPipeError; break;
    case ECONNABORTED: type = g_exc_ConnectionAbortedError; break;
    case ECONNREFUSED: type = g_exc_ConnectionRefusedError; break;
    case ECONNRESET: type = g_exc_ConnectionResetError; break;
    case EINTR: type = g_exc_InterruptedError; break;
    case ESRCH: type = g_exc_ProcessLookupError; break;
    case ETIMEDOUT: type = g_exc_TimeoutError; break;
    default: break;
  }
  return type;
}

bool pending_exception_matches(ThreadState& ts, TypeObject* type) {
  return !ts.pending_exception.is_null() && type_is_subtype(type_of(ts.pending_exception), type);
}

void clear_pending_exception(ThreadState& ts) { ts.pending_exception = Value(); }

std::string type_name_of(Value v) { return std::string(type_name(type_of(v))); }

}  // namespace pystm
