// stdlib/time_module.cpp — the `time` module (library reference "time —
// Time access and conversions"): the clocks and their _ns forms, sleep,
// get_clock_info, struct_time, gmtime/localtime/mktime, asctime/ctime,
// strftime, strptime (through the standard library's _strptime), and the
// time zone values tzname/timezone/altzone/daylight (tzset).
// Must never: sleep or change the process's time zone state before making
// the transaction inevitable.
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/namespace_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/import.h"
#include "runtime/vm/pending_signals.h"
#include "runtime/vm/thread_turns.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/struct_sequence.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_struct_time;
const char* const kStructTimeFields[] = {"tm_year", "tm_mon",   "tm_mday",  "tm_hour",  "tm_min", "tm_sec",
                                         "tm_wday", "tm_yday",  "tm_isdst", "tm_zone",  "tm_gmtoff"};
const StructSequenceSpec kStructTimeSpec{"time", "struct_time", kStructTimeFields, 9};

// --- Clocks ----------------------------------------------------------------------

int64_t clock_ns(clockid_t clock) {
  timespec t;
  clock_gettime(clock, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

Value seconds(int64_t ns) { return float_from_double(static_cast<double>(ns) * 1e-9); }

template <clockid_t C>
Result<Value> clock_seconds(ThreadState&, Value, CallArgs) { return seconds(clock_ns(C)); }
template <clockid_t C>
Result<Value> clock_nanoseconds(ThreadState&, Value, CallArgs) { return int_from_int64(clock_ns(C)); }

Result<clockid_t> clock_id_arg(ThreadState& ts, Value v) {
  return static_cast<clockid_t>(PY_TRY(index_as_ssize(ts, v)));
}
Result<Value> time_clock_gettime(ThreadState& ts, Value, CallArgs args) {
  clockid_t c = PY_TRY(clock_id_arg(ts, args[0]));
  timespec t;
  if (clock_gettime(c, &t) != 0) return raise_os_error(ts, errno);
  return float_from_double(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
}
Result<Value> time_clock_gettime_ns(ThreadState& ts, Value, CallArgs args) {
  clockid_t c = PY_TRY(clock_id_arg(ts, args[0]));
  timespec t;
  if (clock_gettime(c, &t) != 0) return raise_os_error(ts, errno);
  return int_from_int64(static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec);
}
Result<Value> time_clock_getres(ThreadState& ts, Value, CallArgs args) {
  clockid_t c = PY_TRY(clock_id_arg(ts, args[0]));
  timespec t;
  if (clock_getres(c, &t) != 0) return raise_os_error(ts, errno);
  return float_from_double(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
}

Result<Value> time_get_clock_info(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0])) return raise_type_error(ts, "get_clock_info() argument 1 must be str, not %s",
                                                type_name_of(args[0]).c_str());
  std::string name = str_to_utf8(args[0]);
  const char* impl;
  clockid_t clock;
  bool monotonic = true, adjustable = false;
  if (name == "time") {
    impl = "clock_gettime(CLOCK_REALTIME)";
    clock = CLOCK_REALTIME;
    monotonic = false;
    adjustable = true;
  } else if (name == "monotonic" || name == "perf_counter") {
    impl = "clock_gettime(CLOCK_MONOTONIC)";
    clock = CLOCK_MONOTONIC;
  } else if (name == "process_time") {
    impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
    clock = CLOCK_PROCESS_CPUTIME_ID;
  } else if (name == "thread_time") {
    impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
    clock = CLOCK_THREAD_CPUTIME_ID;
  } else {
    return raise_value_error(ts, "unknown clock");
  }
  timespec res;
  clock_getres(clock, &res);
  return simple_namespace_new({{"implementation", str_from_ascii(impl)},
                               {"monotonic", bool_value(monotonic)},
                               {"adjustable", bool_value(adjustable)},
                               {"resolution", float_from_double(static_cast<double>(res.tv_sec) +
                                                                static_cast<double>(res.tv_nsec) * 1e-9)}});
}

// Sleeping is a wait, not work (wait_outside_turn). A signal's Python
// handler runs when it interrupts the sleep; its exception ends the sleep.
Result<Value> time_sleep(ThreadState& ts, Value, CallArgs args) {
  Value v = args[0];
  double secs;
  if (is_float(v)) secs = float_value(v);
  else if (is_int(v)) secs = PY_TRY(int_to_double(ts, v));
  else return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  if (std::isnan(secs)) return raise_value_error(ts, "Invalid value NaN (not a number)");
  if (secs < 0) return raise_value_error(ts, "sleep length must be non-negative");
  timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = std::floor(secs);
  deadline.tv_sec += static_cast<time_t>(whole);
  deadline.tv_nsec += static_cast<long>((secs - whole) * 1e9);
  if (deadline.tv_nsec >= 1000000000) {
    deadline.tv_sec += 1;
    deadline.tv_nsec -= 1000000000;
  }
  // The sleep gives the turn to other threads; a signal's handler runs back
  // inside the turn, then the sleep goes on to the same deadline.
  for (;;) {
    int rc = 0;
    PY_TRY(wait_outside_turn(ts, [&] { rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr); }));
    if (rc != EINTR) break;
    PY_TRY(run_pending_signals(ts));
  }
  return g_none;
}

// --- struct_time -------------------------------------------------------------------

Result<Value> struct_time_from_tm(ThreadState& ts, const tm& t) {
  Value type = PY_TRY(struct_sequence_type(ts, &g_struct_time, kStructTimeSpec));
  const Value items[] = {int_from_int64(t.tm_year + 1900LL), Value::small_int(t.tm_mon + 1), Value::small_int(t.tm_mday),
                         Value::small_int(t.tm_hour),         Value::small_int(t.tm_min),     Value::small_int(t.tm_sec),
                         Value::small_int((t.tm_wday + 6) % 7), Value::small_int(t.tm_yday + 1),
                         Value::small_int(t.tm_isdst),
                         t.tm_zone ? str_from_utf8(t.tm_zone) : g_none, int_from_int64(t.tm_gmtoff)};
  return struct_sequence_new(ts, type, items);
}

// The seconds argument of gmtime/localtime/ctime (None: now).
Result<time_t> time_t_arg(ThreadState& ts, Value v) {
  if (v.is_null() || v.is(g_none)) return static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000);
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) return raise_value_error(ts, "Invalid value NaN (not a number)");
    double t = std::trunc(d);
    if (!(t >= -9.2e18 && t <= 9.2e18)) return raise_overflow(ts, "timestamp out of range for platform time_t");
    return static_cast<time_t>(t);
  }
  if (!is_int(v)) {
    Value f = PY_TRY(get_attr_optional(ts, v, str_intern("__float__")));
    if (f.is_absent())
      return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
    Value d = PY_TRY(call(ts, f, {}));
    return time_t_arg(ts, d);
  }
  int64_t n = 0;
  if (!int_to_int64(v, &n)) return raise_overflow(ts, "timestamp out of range for platform time_t");
  return static_cast<time_t>(n);
}

Result<Value> time_gmtime(ThreadState& ts, Value, CallArgs args) {
  time_t t = PY_TRY(time_t_arg(ts, args.nargs > 0 ? args[0] : Value()));
  tm out;
  if (!gmtime_r(&t, &out)) return raise_overflow(ts, "timestamp out of range for platform time_t");
  return struct_time_from_tm(ts, out);
}

Result<Value> time_localtime(ThreadState& ts, Value, CallArgs args) {
  time_t t = PY_TRY(time_t_arg(ts, args.nargs > 0 ? args[0] : Value()));
  tm out;
  if (!localtime_r(&t, &out)) return raise_overflow(ts, "timestamp out of range for platform time_t");
  return struct_time_from_tm(ts, out);
}

// A struct_time or 9-tuple as a struct tm (CPython's gettmarg); zone and
// offset come from a struct_time's hidden fields.
Result<tm> tm_arg(ThreadState& ts, Value v, const char* fname, std::string* zone) {
  if (!is_instance_of(v, g_tuple_type)) return raise_type_error(ts, "Tuple or struct_time argument required");
  int64_t n = tuple_size(v);
  if (n != 9) return raise_type_error(ts, "%s(): illegal time tuple argument", fname);
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    Value item = tuple_item(v, i);
    if (is_float(item)) return raise_type_error(ts, "'float' object cannot be interpreted as an integer");
    f[i] = PY_TRY(index_as_ssize(ts, item));
    if (f[i] > INT_MAX || f[i] < INT_MIN) return raise_overflow(ts, "Python int too large to convert to C int");
  }
  tm t{};
  t.tm_year = static_cast<int>(f[0] - 1900);
  t.tm_mon = static_cast<int>(f[1] - 1);
  t.tm_mday = static_cast<int>(f[2]);
  t.tm_hour = static_cast<int>(f[3]);
  t.tm_min = static_cast<int>(f[4]);
  t.tm_sec = static_cast<int>(f[5]);
  t.tm_wday = static_cast<int>((f[6] + 1) % 7);
  t.tm_yday = static_cast<int>(f[7] - 1);
  t.tm_isdst = static_cast<int>(f[8]);
  if (g_struct_time.is_object() && type_of(v) == g_struct_time.as<TypeObject>()) {
    Value z = PY_TRY(get_attr(ts, v, str_intern("tm_zone")));
    Value off = PY_TRY(get_attr(ts, v, str_intern("tm_gmtoff")));
    if (is_str(z) && zone) *zone = str_to_utf8(z);
    int64_t o = 0;
    if (is_int(off) && int_to_int64(off, &o)) t.tm_gmtoff = o;
  }
  return t;
}

// CPython's checktm plus strftime's coercions of zero fields.
Status check_tm(ThreadState& ts, tm& t) {
  if (t.tm_mon == -1) t.tm_mon = 0;
  else if (t.tm_mon < 0 || t.tm_mon > 11) return raise_value_error(ts, "month out of range");
  if (t.tm_mday == 0) t.tm_mday = 1;
  else if (t.tm_mday < 0 || t.tm_mday > 31) return raise_value_error(ts, "day of month out of range");
  if (t.tm_hour < 0 || t.tm_hour > 23) return raise_value_error(ts, "hour out of range");
  if (t.tm_min < 0 || t.tm_min > 59) return raise_value_error(ts, "minute out of range");
  if (t.tm_sec < 0 || t.tm_sec > 61) return raise_value_error(ts, "seconds out of range");
  if (t.tm_wday < 0) return raise_value_error(ts, "day of week out of range");
  if (t.tm_yday == -1) t.tm_yday = 0;
  else if (t.tm_yday < 0 || t.tm_yday > 365) return raise_value_error(ts, "day of year out of range");
  return ok_status();
}

Result<tm> now_local(ThreadState& ts) {
  time_t now = static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000);
  tm t;
  if (!localtime_r(&now, &t)) return raise_os_error(ts, errno);
  return t;
}

Result<Value> time_strftime(ThreadState& ts, Value, CallArgs args) {
  if (!is_str(args[0]))
    return raise_type_error(ts, "strftime() argument 1 must be str, not %s", type_name_of(args[0]).c_str());
  std::string format = str_to_utf8(args[0]);
  std::string zone;
  tm t = args.nargs > 1 ? PY_TRY(tm_arg(ts, args[1], "strftime", &zone)) : PY_TRY(now_local(ts));
  PY_TRY(check_tm(ts, t));
  if (t.tm_isdst < -1) t.tm_isdst = -1;
  else if (t.tm_isdst > 1) t.tm_isdst = 1;
  if (!zone.empty()) t.tm_zone = zone.c_str();
  if (format.find('\0') != std::string::npos) return raise_value_error(ts, "embedded null character");
  if (format.empty()) return str_empty();
  // strftime() returns 0 both for "too small" and for an empty result: grow
  // the buffer up to a limit proportional to the format.
  for (size_t size = 1024;; size *= 2) {
    std::string buf(size, '\0');
    size_t n = std::strftime(buf.data(), size, format.c_str(), &t);
    if (n > 0 || size >= 256 * format.size() + 4096) {
      buf.resize(n);
      return str_from_utf8(buf);
    }
  }
}

std::string asctime_text(const tm& t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[t.tm_wday], kMonths[t.tm_mon], t.tm_mday,
                t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return buf;
}

Result<Value> time_asctime(ThreadState& ts, Value, CallArgs args) {
  tm t = args.nargs > 0 ? PY_TRY(tm_arg(ts, args[0], "asctime", nullptr)) : PY_TRY(now_local(ts));
  PY_TRY(check_tm(ts, t));
  return str_from_utf8(asctime_text(t));
}

Result<Value> time_ctime(ThreadState& ts, Value, CallArgs args) {
  time_t secs = PY_TRY(time_t_arg(ts, args.nargs > 0 ? args[0] : Value()));
  tm t;
  if (!localtime_r(&secs, &t)) return raise_overflow(ts, "timestamp out of range for platform time_t");
  return str_from_utf8(asctime_text(t));
}

Result<Value> time_mktime(ThreadState& ts, Value, CallArgs args) {
  tm t = PY_TRY(tm_arg(ts, args[0], "mktime", nullptr));
  t.tm_wday = -1;  // sentinel: mktime() sets it on success
  time_t r = ::mktime(&t);
  if (r == static_cast<time_t>(-1) && t.tm_wday == -1) return raise_overflow(ts, "mktime argument out of range");
  return float_from_double(static_cast<double>(r));
}

Result<Value> time_strptime(ThreadState& ts, Value, CallArgs args) {
  Value mod = PY_TRY(import_module_level(ts, str_intern("_strptime"), Value(), Value(), Value::small_int(0)));
  Value fn = PY_TRY(get_attr(ts, mod, str_intern("_strptime_time")));
  return call(ts, fn, args);
}

// tzname, timezone, altzone, daylight from January and July of this year.
void set_zone_values(Value module) {
  time_t now = static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000);
  tm cur;
  localtime_r(&now, &cur);
  tm jan{}, jul{};
  jan.tm_year = jul.tm_year = cur.tm_year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  time_t tjan = ::mktime(&jan), tjul = ::mktime(&jul);
  localtime_r(&tjan, &jan);
  localtime_r(&tjul, &jul);
  int64_t janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  Value janname = str_from_utf8(jan.tm_zone ? jan.tm_zone : ""), julname = str_from_utf8(jul.tm_zone ? jul.tm_zone : "");
  if (janzone < julzone) {  // southern hemisphere: DST in January
    module_set(module, "timezone", int_from_int64(julzone));
    module_set(module, "altzone", int_from_int64(janzone));
    module_set(module, "tzname", tuple_pack({julname, janname}));
  } else {
    module_set(module, "timezone", int_from_int64(janzone));
    module_set(module, "altzone", int_from_int64(julzone));
    module_set(module, "tzname", tuple_pack({janname, julname}));
  }
  module_set(module, "daylight", Value::small_int(janzone != julzone));
}

Result<Value> time_tzset(ThreadState& ts, Value, CallArgs) {
  PY_TRY(enter_inevitable(ts));
  ::tzset();
  Value mod = PY_TRY(import_module_level(ts, str_intern("time"), Value(), Value(), Value::small_int(0)));
  set_zone_values(mod);
  return g_none;
}

const NativeMethod kTimeFunctions[] = {
    {"time", clock_seconds<CLOCK_REALTIME>, 0, 0, 0, nullptr},
    {"time_ns", clock_nanoseconds<CLOCK_REALTIME>, 0, 0, 0, nullptr},
    {"monotonic", clock_seconds<CLOCK_MONOTONIC>, 0, 0, 0, nullptr},
    {"monotonic_ns", clock_nanoseconds<CLOCK_MONOTONIC>, 0, 0, 0, nullptr},
    {"perf_counter", clock_seconds<CLOCK_MONOTONIC>, 0, 0, 0, nullptr},
    {"perf_counter_ns", clock_nanoseconds<CLOCK_MONOTONIC>, 0, 0, 0, nullptr},
    {"process_time", clock_seconds<CLOCK_PROCESS_CPUTIME_ID>, 0, 0, 0, nullptr},
    {"process_time_ns", clock_nanoseconds<CLOCK_PROCESS_CPUTIME_ID>, 0, 0, 0, nullptr},
    {"thread_time", clock_seconds<CLOCK_THREAD_CPUTIME_ID>, 0, 0, 0, nullptr},
    {"thread_time_ns", clock_nanoseconds<CLOCK_THREAD_CPUTIME_ID>, 0, 0, 0, nullptr},
    {"clock_gettime", time_clock_gettime, 1, 1, kNativeNoKeywords, nullptr},
    {"clock_gettime_ns", time_clock_gettime_ns, 1, 1, kNativeNoKeywords, nullptr},
    {"clock_getres", time_clock_getres, 1, 1, kNativeNoKeywords, nullptr},
    {"get_clock_info", time_get_clock_info, 1, 1, kNativeNoKeywords, nullptr},
    {"sleep", time_sleep, 1, 1, kNativeNoKeywords, nullptr},
    {"gmtime", time_gmtime, 0, 1, kNativeNoKeywords, nullptr},
    {"localtime", time_localtime, 0, 1, kNativeNoKeywords, nullptr},
    {"mktime", time_mktime, 1, 1, kNativeNoKeywords, nullptr},
    {"asctime", time_asctime, 0, 1, kNativeNoKeywords, nullptr},
    {"ctime", time_ctime, 0, 1, kNativeNoKeywords, nullptr},
    {"strftime", time_strftime, 1, 2, kNativeNoKeywords, nullptr},
    {"strptime", time_strptime, 1, 2, kNativeNoKeywords, nullptr},
    {"tzset", time_tzset, 0, 0, 0, nullptr},
};

}  // namespace

Result<Value> create_time_module(ThreadState& ts) {
  Value module = module_new(str_intern("time"));
  for (const NativeMethod& m : kTimeFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  module_set(module, "struct_time", PY_TRY(struct_sequence_type(ts, &g_struct_time, kStructTimeSpec)));
  const struct {
    const char* name;
    int value;
  } kClocks[] = {{"CLOCK_REALTIME", CLOCK_REALTIME},
                 {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
                 {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
                 {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
                 {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
                 {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
                 {"CLOCK_TAI", CLOCK_TAI}};
  for (const auto& c : kClocks) module_set(module, c.name, Value::small_int(c.value));
  module_set(module, "_STRUCT_TM_ITEMS", Value::small_int(11));
  ::tzset();
  set_zone_values(module);
  return module;
}

}  // namespace pystm
