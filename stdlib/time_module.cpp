// stdlib/time_module.cpp — the clock part of the `time` module (library
// reference "time — Time access and conversions"): time, monotonic,
// perf_counter, process_time (and their _ns forms) and sleep. struct_time,
// strftime and friends come with the standard-library issue.
#include <cerrno>
#include <cmath>
#include <ctime>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_turns.h"
#include "runtime/vm/thread_state.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

int64_t clock_ns(clockid_t clock) {
  timespec t;
  clock_gettime(clock, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

Value seconds(int64_t ns) { return float_from_double(static_cast<double>(ns) * 1e-9); }

Result<Value> time_time(ThreadState&, Value, CallArgs) { return seconds(clock_ns(CLOCK_REALTIME)); }
Result<Value> time_time_ns(ThreadState&, Value, CallArgs) { return int_from_int64(clock_ns(CLOCK_REALTIME)); }
Result<Value> time_monotonic(ThreadState&, Value, CallArgs) { return seconds(clock_ns(CLOCK_MONOTONIC)); }
Result<Value> time_monotonic_ns(ThreadState&, Value, CallArgs) { return int_from_int64(clock_ns(CLOCK_MONOTONIC)); }
Result<Value> time_process_time(ThreadState&, Value, CallArgs) { return seconds(clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
Result<Value> time_process_time_ns(ThreadState&, Value, CallArgs) {
  return int_from_int64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}

// Sleeping is a wait, not work: the transaction commits first (inevitable
// until the STM issue detaches the thread instead).
Result<Value> time_sleep(ThreadState& ts, Value, CallArgs args) {
  Value v = args[0];
  double secs;
  if (is_float(v)) secs = float_value(v);
  else if (is_int(v)) secs = PY_TRY(int_to_double(ts, v));
  else return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  if (std::isnan(secs)) return raise_value_error(ts, "Invalid value NaN (not a number)");
  if (secs < 0) return raise_value_error(ts, "sleep length must be non-negative");
  timespec t;
  t.tv_sec = static_cast<time_t>(secs);
  t.tv_nsec = static_cast<long>((secs - static_cast<double>(t.tv_sec)) * 1e9);
  wait_outside_turn([&] {
    while (nanosleep(&t, &t) != 0 && errno == EINTR) {
    }
  });
  return g_none;
}

const NativeMethod kTimeFunctions[] = {
    {"time", time_time, 0, 0, 0, nullptr},
    {"time_ns", time_time_ns, 0, 0, 0, nullptr},
    {"monotonic", time_monotonic, 0, 0, 0, nullptr},
    {"monotonic_ns", time_monotonic_ns, 0, 0, 0, nullptr},
    {"perf_counter", time_monotonic, 0, 0, 0, nullptr},
    {"perf_counter_ns", time_monotonic_ns, 0, 0, 0, nullptr},
    {"process_time", time_process_time, 0, 0, 0, nullptr},
    {"process_time_ns", time_process_time_ns, 0, 0, 0, nullptr},
    {"sleep", time_sleep, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

Result<Value> create_time_module(ThreadState&) {
  Value module = module_new(str_intern("time"));
  for (const NativeMethod& m : kTimeFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
