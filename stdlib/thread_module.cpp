// stdlib/thread_module.cpp — the part of `_thread` the single-threaded
// standard library needs (reprlib, functools, ...): get_ident,
// get_native_id, allocate_lock / LockType, RLock, TIMEOUT_MAX, error.
// Starting threads comes with the threading work (the STM scheduler).
// Owns: lock objects, whose state (held flag, owner, recursion count) is in
// their NativeStateObject fields. Must never: block forever — with no other
// thread able to release a held lock, a blocking acquire without timeout
// raises RuntimeError instead of hanging (CPython would deadlock).
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cmath>
#include <ctime>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_lock_type = nullptr;
TypeObject* g_rlock_type = nullptr;

int64_t current_ident() { return static_cast<int64_t>(pthread_self() >> 1); }

// Fields: [held (bool), owner ident (RLock), recursion count (RLock)].
Value new_lock(TypeObject* type) {
  Value lock = Value::from_object(native_state_new(type, 3));
  set_native_field(lock, 0, g_false);
  set_native_field(lock, 1, Value::small_int(0));
  set_native_field(lock, 2, Value::small_int(0));
  return lock;
}

// acquire(blocking=True, timeout=-1) arguments; false when the caller may not wait.
Result<double> wait_time(ThreadState& ts, CallArgs args) {
  PY_TRY(check_keywords(ts, "acquire", args, {"blocking", "timeout"}));
  Value blocking = args.nargs > 0 ? args[0] : keyword_arg(args, "blocking");
  Value timeout = args.nargs > 1 ? args[1] : keyword_arg(args, "timeout");
  bool block = blocking.is_null() ? true : PY_TRY(is_true(ts, blocking));
  double t = -1;
  if (!timeout.is_null()) t = is_float(timeout) ? float_value(timeout) : PY_TRY(int_to_double(ts, timeout));
  if (!block && t != -1) return raise_value_error(ts, "can't specify a timeout for a non-blocking call");
  if (t < 0 && t != -1) return raise_value_error(ts, "timeout value must be a non-negative number");
  return block ? t : 0.0;
}

Result<Value> held_elsewhere(ThreadState& ts, double wait) {
  if (wait < 0) return raise(ts, g_exc_RuntimeError, "deadlock: the lock is held and no other thread can release it");
  if (wait > 0) {
    timespec t{static_cast<time_t>(wait), static_cast<long>((wait - std::floor(wait)) * 1e9)};
    nanosleep(&t, nullptr);
  }
  return g_false;
}

Result<Value> lock_acquire(ThreadState& ts, Value self, CallArgs args) {
  double wait = PY_TRY(wait_time(ts, args));
  if (native_field(self, 0).is(g_true)) return held_elsewhere(ts, wait);
  set_native_field(self, 0, g_true);
  return g_true;
}
Result<Value> lock_release(ThreadState& ts, Value self, CallArgs) {
  if (!native_field(self, 0).is(g_true)) return raise(ts, g_exc_RuntimeError, "release unlocked lock");
  set_native_field(self, 0, g_false);
  return g_none;
}
Result<Value> lock_locked(ThreadState&, Value self, CallArgs) { return native_field(self, 0); }
Result<Value> lock_exit(ThreadState& ts, Value self, CallArgs) { return lock_release(ts, self, CallArgs{}); }
Result<Value> lock_new(ThreadState&, Value, CallArgs args) { return new_lock(args[0].as<TypeObject>()); }
Result<Value> lock_repr(ThreadState&, Value self, CallArgs) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s _thread.lock object at 0x%llx>",
                native_field(self, 0).is(g_true) ? "locked" : "unlocked", static_cast<unsigned long long>(self.bits()));
  return str_from_ascii(buf);
}

Result<Value> rlock_acquire(ThreadState& ts, Value self, CallArgs args) {
  double wait = PY_TRY(wait_time(ts, args));
  int64_t me = current_ident();
  int64_t count = native_field(self, 2).as_small_int();
  if (count > 0 && native_field(self, 1).as_small_int() != me) return held_elsewhere(ts, wait);
  set_native_field(self, 1, Value::small_int(me));
  set_native_field(self, 2, Value::small_int(count + 1));
  return g_true;
}
Result<Value> rlock_release(ThreadState& ts, Value self, CallArgs) {
  int64_t count = native_field(self, 2).as_small_int();
  if (count == 0 || native_field(self, 1).as_small_int() != current_ident())
    return raise(ts, g_exc_RuntimeError, "cannot release un-acquired lock");
  set_native_field(self, 2, Value::small_int(count - 1));
  return g_none;
}
Result<Value> rlock_exit(ThreadState& ts, Value self, CallArgs) { return rlock_release(ts, self, CallArgs{}); }
Result<Value> rlock_is_owned(ThreadState&, Value self, CallArgs) {
  return bool_value(native_field(self, 2).as_small_int() > 0 && native_field(self, 1).as_small_int() == current_ident());
}

const NativeMethod kLockMethods[] = {
    {"__new__", lock_new, 0, 0, kNativeStatic, nullptr},
    {"acquire", lock_acquire, 0, 2, 0, nullptr},
    {"acquire_lock", lock_acquire, 0, 2, 0, nullptr},
    {"__enter__", lock_acquire, 0, 0, 0, nullptr},
    {"release", lock_release, 0, 0, 0, nullptr},
    {"release_lock", lock_release, 0, 0, 0, nullptr},
    {"__exit__", lock_exit, 0, -1, 0, nullptr},
    {"locked", lock_locked, 0, 0, 0, nullptr},
    {"locked_lock", lock_locked, 0, 0, 0, nullptr},
    {"__repr__", lock_repr, 0, 0, 0, nullptr},
};
const NativeMethod kRLockMethods[] = {
    {"__new__", lock_new, 0, -1, kNativeStatic, nullptr},
    {"acquire", rlock_acquire, 0, 2, 0, nullptr},
    {"__enter__", rlock_acquire, 0, 0, 0, nullptr},
    {"release", rlock_release, 0, 0, 0, nullptr},
    {"__exit__", rlock_exit, 0, -1, 0, nullptr},
    {"_is_owned", rlock_is_owned, 0, 0, 0, nullptr},
};

Result<Value> thread_get_ident(ThreadState&, Value, CallArgs) { return int_from_int64(current_ident()); }
Result<Value> thread_get_native_id(ThreadState&, Value, CallArgs) {
  return int_from_int64(static_cast<int64_t>(syscall(SYS_gettid)));
}
Result<Value> thread_allocate_lock(ThreadState&, Value, CallArgs) { return new_lock(g_lock_type); }
Result<Value> thread_count(ThreadState&, Value, CallArgs) { return Value::small_int(0); }
// What threading.py binds at import; starting a thread waits for the threads issue.
Result<Value> thread_start_new_thread(ThreadState& ts, Value, CallArgs) {
  return raise(ts, g_exc_RuntimeError, "can't start new thread: pystm has no threads yet");
}
Result<Value> thread_set_sentinel(ThreadState&, Value, CallArgs) { return new_lock(g_lock_type); }
Result<Value> thread_stack_size(ThreadState&, Value, CallArgs) { return Value::small_int(0); }

const NativeMethod kThreadFunctions[] = {
    {"get_ident", thread_get_ident, 0, 0, 0, nullptr},
    {"get_native_id", thread_get_native_id, 0, 0, 0, nullptr},
    {"allocate_lock", thread_allocate_lock, 0, 0, 0, nullptr},
    {"allocate", thread_allocate_lock, 0, 0, 0, nullptr},
    {"_count", thread_count, 0, 0, 0, nullptr},
    {"start_new_thread", thread_start_new_thread, 2, 3, kNativeNoKeywords, nullptr},
    {"start_new", thread_start_new_thread, 2, 3, kNativeNoKeywords, nullptr},
    {"_set_sentinel", thread_set_sentinel, 0, 0, 0, nullptr},
    {"stack_size", thread_stack_size, 0, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_thread_module(ThreadState&) {
  if (!g_lock_type) {
    g_lock_type = make_builtin_type("lock", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject), 0);
    add_native_methods(g_lock_type, kLockMethods);
    type_set_attr_nogc_fail(g_lock_type, "__module__", str_intern("_thread"));
    g_rlock_type = make_builtin_type("RLock", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                     kTypeBaseType);
    add_native_methods(g_rlock_type, kRLockMethods);
    type_set_attr_nogc_fail(g_rlock_type, "__module__", str_intern("_thread"));
  }
  Value module = module_new(str_intern("_thread"));
  for (const NativeMethod& m : kThreadFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "LockType", Value::from_object(g_lock_type));
  module_set(module, "RLock", Value::from_object(g_rlock_type));
  module_set(module, "error", Value::from_object(g_exc_RuntimeError));
  module_set(module, "TIMEOUT_MAX", float_from_double(9223372036.0));
  return module;
}

}  // namespace pystm
