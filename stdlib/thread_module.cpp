// stdlib/thread_module.cpp — `_thread`: start_new_thread, get_ident,
// get_native_id, allocate_lock / LockType, RLock, _local (thread_local.cpp),
// _set_sentinel, _count,
// stack_size, TIMEOUT_MAX, error.
// Owns: lock objects, whose state (held flag, owner, recursion count) is in
// their NativeStateObject fields, so taking or releasing an uncontended lock
// is an ordinary transactional write; the start of new Python threads.
// Must never: block while holding the turn (runtime/vm/thread_turns.h): a
// waiter ends its turn, sleeps until some lock is released, and looks again.
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <optional>
#include <thread>

#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/conflict_reports.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"
#include "runtime/vm/thread_turns.h"
#include "stdlib/thread_local.h"
#include "stm/in_place_writes.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

TypeObject* g_lock_type = nullptr;
TypeObject* g_rlock_type = nullptr;

constexpr double kTimeoutMax = 9223372036.0;

int64_t ident_of(pthread_t thread) { return static_cast<int64_t>(thread >> 1); }
int64_t current_ident() { return ident_of(pthread_self()); }

}  // namespace

int64_t current_thread_ident() { return current_ident(); }

namespace {

// Fields: [held (bool), owner ident (RLock), recursion count (RLock)].
Value new_lock(TypeObject* type) {
  Value lock = Value::from_object(native_state_new(type, 3));
  set_native_field(lock, 0, g_false);
  set_native_field(lock, 1, Value::small_int(0));
  set_native_field(lock, 2, Value::small_int(0));
  return lock;
}

// acquire(blocking=True, timeout=-1) arguments: how long the caller may wait
// (negative: for ever).
Result<double> wait_time(ThreadState& ts, CallArgs args) {
  PY_TRY(check_keywords(ts, "acquire", args, {"blocking", "timeout"}));
  Value blocking = args.nargs > 0 ? args[0] : keyword_arg(args, "blocking");
  Value timeout = args.nargs > 1 ? args[1] : keyword_arg(args, "timeout");
  bool block = blocking.is_null() ? true : PY_TRY(is_true(ts, blocking));
  double t = -1;
  if (!timeout.is_null()) t = is_float(timeout) ? float_value(timeout) : PY_TRY(int_to_double(ts, timeout));
  if (!block && t != -1) return raise_value_error(ts, "can't specify a timeout for a non-blocking call");
  if (t < 0 && t != -1) return raise_value_error(ts, "timeout value must be a non-negative number");
  if (t > kTimeoutMax) return raise(ts, g_exc_OverflowError, "timeout value is too large");
  return block ? t : 0.0;
}

// Takes the lock for the calling thread if `free(self)`; otherwise waits
// (without the turn) for a release and looks again, until `wait` seconds
// passed. Any release wakes every waiter, so one acquire may wait several
// times: it counts and reports its whole wait once, when it ends. A signal
// wakes the waiters too: in the main thread its Python handler runs and may
// raise (KeyboardInterrupt), which ends the acquire without the lock, as in
// CPython; otherwise the wait goes on to the same deadline. With one Python
// thread only a signal's handler could release the lock, so the thread waits
// for signals (for ever, as CPython, when none comes).
template <class IsFree, class Take>
Result<Value> acquire_when_free(ThreadState& ts, Value self, double wait, IsFree&& is_free, Take&& take) {
  using Clock = std::chrono::steady_clock;
  std::optional<Clock::time_point> deadline;
  if (wait >= 0) deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(wait));
  ValueVector held(1);
  held[0] = self;
  uint64_t waited_ns = 0;
  auto done = [&](Value result) -> Result<Value> {
    if (waited_ns == 0) return result;
    count_lock_wait(waited_ns);
    PY_TRY(report_lock_wait(ts, held[0], waited_ns));
    return result;
  };
  for (;;) {
    // In parallel, look at the lock in an inevitable transaction: its view is
    // the newest and no other commit lands before this one's, so a release
    // committed after the look bumps the generation read here.
    if (threads_run_parallel() && !is_free(held[0])) PY_TRY(enter_inevitable(ts));
    if (is_free(held[0])) {
      take(held[0]);
      return done(g_true);
    }
    if (deadline && Clock::now() >= *deadline) return done(g_false);
    uint64_t key = held[0].bits();
    uint32_t seen = release_generation(key);
    // Read after `seen`: a signal that comes later moves the generation.
    if (signals_pending() && is_main_thread()) {
      Status handled = run_pending_signals(ts);
      if (!handled.ok()) {
        if (waited_ns != 0) count_lock_wait(waited_ns);
        return kError;
      }
      continue;  // the handler may have released the lock
    }
    Clock::time_point start = Clock::now();
    PY_TRY(wait_outside_turn(ts, [&] { wait_for_release(key, seen, deadline); }));
    waited_ns += static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count());
  }
}

bool lock_is_free(Value lock) { return !native_field(lock, 0).is(g_true); }

// Lets a _thread.lock go and wakes the threads waiting for a release.
void unlock(Value lock) {
  set_native_field(lock, 0, g_false);
  notify_release(lock.bits());
}

Result<Value> lock_acquire(ThreadState& ts, Value self, CallArgs args) {
  double wait = PY_TRY(wait_time(ts, args));
  return acquire_when_free(ts, self, wait, lock_is_free, [](Value lock) { set_native_field(lock, 0, g_true); });
}
Result<Value> lock_release(ThreadState& ts, Value self, CallArgs) {
  if (lock_is_free(self)) return raise(ts, g_exc_RuntimeError, "release unlocked lock");
  unlock(self);
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

// _at_fork_reinit(): unlocked again (os.register_at_fork handlers in a child,
// where the thread that held the lock does not exist).
Result<Value> lock_at_fork_reinit(ThreadState&, Value self, CallArgs) {
  set_native_field(self, 0, g_false);
  set_native_field(self, 1, Value::small_int(0));
  set_native_field(self, 2, Value::small_int(0));
  return g_none;
}

Result<Value> rlock_acquire(ThreadState& ts, Value self, CallArgs args) {
  double wait = PY_TRY(wait_time(ts, args));
  int64_t me = current_ident();
  auto is_free = [me](Value lock) {
    return native_field(lock, 2).as_small_int() == 0 || native_field(lock, 1).as_small_int() == me;
  };
  return acquire_when_free(ts, self, wait, is_free, [me](Value lock) {
    set_native_field(lock, 1, Value::small_int(me));
    set_native_field(lock, 2, Value::small_int(native_field(lock, 2).as_small_int() + 1));
  });
}
Result<Value> rlock_release(ThreadState& ts, Value self, CallArgs) {
  int64_t count = native_field(self, 2).as_small_int();
  if (count == 0 || native_field(self, 1).as_small_int() != current_ident())
    return raise(ts, g_exc_RuntimeError, "cannot release un-acquired lock");
  set_native_field(self, 2, Value::small_int(count - 1));
  if (count == 1) notify_release(self.bits());
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
    {"_at_fork_reinit", lock_at_fork_reinit, 0, 0, 0, nullptr},
};
const NativeMethod kRLockMethods[] = {
    {"__new__", lock_new, 0, -1, kNativeStatic, nullptr},
    {"acquire", rlock_acquire, 0, 2, 0, nullptr},
    {"__enter__", rlock_acquire, 0, 0, 0, nullptr},
    {"release", rlock_release, 0, 0, 0, nullptr},
    {"__exit__", rlock_exit, 0, -1, 0, nullptr},
    {"_is_owned", rlock_is_owned, 0, 0, 0, nullptr},
    {"_at_fork_reinit", lock_at_fork_reinit, 0, 0, 0, nullptr},
};

Result<Value> thread_get_ident(ThreadState&, Value, CallArgs) { return int_from_int64(current_ident()); }
Result<Value> thread_get_native_id(ThreadState&, Value, CallArgs) {
  return int_from_int64(static_cast<int64_t>(syscall(SYS_gettid)));
}
Result<Value> thread_allocate_lock(ThreadState&, Value, CallArgs) { return new_lock(g_lock_type); }
// Threads started by start_new_thread that have not finished.
std::atomic<int64_t> g_running_threads{0};
// (function, args, kwargs) of threads not yet running, keyed by a serial
// number: a gc root until the new thread has taken its entry.
Value g_pending_starts;
int64_t g_next_start = 0;

// The body of a thread made by start_new_thread.
void run_started_thread(int64_t start) {
  take_turn_or_slot();  // first the turn or a slot, then the segment that goes with it
  ThreadState& ts = attach_thread_state();
  begin_without_restart_point(0);
  Value key = Value::small_int(start);
  Value entry = dict_get(ts, g_pending_starts, key).value();
  (void)dict_del(ts, g_pending_starts, key);
  Value function = tuple_item(entry, 0);
  Result<Value> r = call_with_tuple(ts, function, tuple_item(entry, 1), tuple_item(entry, 2));
  if (!r.ok() && !pending_exception_matches(ts, g_exc_SystemExit))
    print_ignored_exception(ts, "thread started by", function);
  clear_pending_exception(ts);
  forget_thread_locals(ts, current_ident());
  if (!ts.sentinel_lock.is_null()) unlock(ts.sentinel_lock);
  g_running_threads.fetch_sub(1);
  detach_thread_state();  // commits and gives the segment back
  release_notice_after_commit();
  leave_turn_or_slot();
}

// start_new_thread(function, args, kwargs=None): with turns, the new thread
// runs once this one passes the turn on; in parallel, at once (it waits for
// this inevitable transaction to commit before its first commit).
Result<Value> thread_start_new_thread(ThreadState& ts, Value, CallArgs args) {
  Value function = args[0], call_args = args[1];
  Value kwargs = args.nargs > 2 ? args[2] : Value();
  if (!is_callable(function)) return raise_type_error(ts, "first arg must be callable");
  if (!is_instance_of(call_args, g_tuple_type)) return raise_type_error(ts, "2nd arg must be a tuple");
  if (!kwargs.is_null() && !is_instance_of(kwargs, g_dict_type))
    return raise_type_error(ts, "optional 3rd arg must be a dictionary");
  // Starting a thread cannot be undone.
  PY_TRY(enter_inevitable(ts));
  enable_thread_sharing();
  if (g_pending_starts.is_null()) {
    g_pending_starts = dict_new();
    add_global_root(&g_pending_starts);
  }
  int64_t start = g_next_start++;
  Value entry_items[3] = {function, call_args, kwargs.is_null() ? Value() : kwargs};
  if (entry_items[2].is_null()) entry_items[2] = dict_new();
  PY_TRY(dict_set(ts, g_pending_starts, Value::small_int(start), tuple_from(entry_items, 3)));
  g_running_threads.fetch_add(1);
  if (threads_run_parallel()) {
    // The new thread sees only committed objects: its entry must be. No
    // writes in place from here on (stm/in_place_writes.h): this commit
    // publishes the last ones.
    stm::end_writes_in_place();
    commit_before_wait();
    begin_without_restart_point(0);
  }
  std::thread thread(run_started_thread, start);
  int64_t ident = ident_of(thread.native_handle());
  thread.detach();
  return int_from_int64(ident);
}

// _set_sentinel(): a lock released when the calling thread ends (threading's
// join waits on it). It is returned unheld, as CPython does: threading.py
// acquires it itself (Thread._set_tstate_lock).
Result<Value> thread_set_sentinel(ThreadState& ts, Value, CallArgs) {
  Value lock = new_lock(g_lock_type);
  ts.sentinel_lock = lock;
  return lock;
}

Result<Value> thread_count(ThreadState&, Value, CallArgs) { return int_from_int64(g_running_threads.load()); }

// stack_size([size]): threads use the default stack; 0 or a size of at
// least 32 KiB is accepted, as in CPython.
int64_t g_stack_size = 0;
Result<Value> thread_stack_size(ThreadState& ts, Value, CallArgs args) {
  int64_t old = g_stack_size;
  if (args.nargs > 0) {
    int64_t size = PY_TRY(index_as_ssize(ts, args[0]));
    if (size != 0 && size < 32768) return raise_value_error(ts, "size not valid: %lld bytes", static_cast<long long>(size));
    g_stack_size = size;
  }
  return int_from_int64(old);
}

Result<Value> thread_daemon_threads_allowed(ThreadState&, Value, CallArgs) { return g_true; }

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
    {"daemon_threads_allowed", thread_daemon_threads_allowed, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> create_thread_module(ThreadState&) {
  if (!g_lock_type) {
    g_lock_type = make_builtin_type("lock", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                    kTypeCriticalSection);
    add_native_methods(g_lock_type, kLockMethods);
    type_set_attr_nogc_fail(g_lock_type, "__module__", str_intern("_thread"));
    g_rlock_type = make_builtin_type("RLock", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                     kTypeBaseType | kTypeCriticalSection);
    add_native_methods(g_rlock_type, kRLockMethods);
    type_set_attr_nogc_fail(g_rlock_type, "__module__", str_intern("_thread"));
  }
  Value module = module_new(str_intern("_thread"));
  for (const NativeMethod& m : kThreadFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "LockType", Value::from_object(g_lock_type));
  module_set(module, "RLock", Value::from_object(g_rlock_type));
  module_set(module, "_local", Value::from_object(thread_local_type()));
  module_set(module, "error", Value::from_object(g_exc_RuntimeError));
  module_set(module, "TIMEOUT_MAX", float_from_double(kTimeoutMax));
  return module;
}

}  // namespace pystm
