// stdlib/resource_module.cpp — the `resource` module (library reference
// "resource — Resource usage information"): getrlimit/setrlimit/prlimit,
// getrusage (struct_rusage), getpagesize and the RLIMIT_*/RUSAGE_*
// constants. RLIM_INFINITY is -1, as CPython shows it.
// Must never: change a limit before making the transaction inevitable.
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/struct_sequence.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm {

namespace {

Value g_struct_rusage;
const char* const kRusageFields[] = {"ru_utime",  "ru_stime",   "ru_maxrss", "ru_ixrss",   "ru_idrss",   "ru_isrss",
                                     "ru_minflt", "ru_majflt",  "ru_nswap",  "ru_inblock", "ru_oublock", "ru_msgsnd",
                                     "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};
const StructSequenceSpec kRusageSpec{"resource", "struct_rusage", kRusageFields, 16};

Value limit_value(rlim_t v) { return v == RLIM_INFINITY ? Value::small_int(-1) : int_from_uint64(v); }
Result<rlim_t> limit_arg(ThreadState& ts, Value v) {
  int64_t n = PY_TRY(index_as_ssize(ts, v));
  return n < 0 ? RLIM_INFINITY : static_cast<rlim_t>(n);
}

Result<int> resource_arg(ThreadState& ts, Value v) {
  int64_t r = PY_TRY(index_as_ssize(ts, v));
  if (r < 0 || r >= RLIM_NLIMITS) return raise_value_error(ts, "invalid resource specified");
  return static_cast<int>(r);
}

Result<Value> resource_getrlimit(ThreadState& ts, Value, CallArgs args) {
  int r = PY_TRY(resource_arg(ts, args[0]));
  rlimit l;
  if (::getrlimit(static_cast<__rlimit_resource>(r), &l) != 0) return raise_os_error(ts, errno);
  return tuple_pack({limit_value(l.rlim_cur), limit_value(l.rlim_max)});
}

Result<rlimit> limits_arg(ThreadState& ts, Value v) {
  Value seq = PY_TRY(sequence_to_list(ts, v));
  if (list_size(seq) != 2) return raise_value_error(ts, "expected a tuple of 2 integers");
  rlimit l;
  l.rlim_cur = PY_TRY(limit_arg(ts, PY_TRY(get_item(ts, seq, Value::small_int(0)))));
  l.rlim_max = PY_TRY(limit_arg(ts, PY_TRY(get_item(ts, seq, Value::small_int(1)))));
  return l;
}

Result<Value> resource_setrlimit(ThreadState& ts, Value, CallArgs args) {
  int r = PY_TRY(resource_arg(ts, args[0]));
  rlimit l = PY_TRY(limits_arg(ts, args[1]));
  PY_TRY(enter_inevitable(ts));
  if (::setrlimit(static_cast<__rlimit_resource>(r), &l) != 0) {
    if (errno == EINVAL) return raise_value_error(ts, "current limit exceeds maximum limit");
    if (errno == EPERM) return raise_value_error(ts, "not allowed to raise maximum limit");
    return raise_os_error(ts, errno);
  }
  return g_none;
}

Result<Value> resource_prlimit(ThreadState& ts, Value, CallArgs args) {
  int64_t pid = PY_TRY(index_as_ssize(ts, args[0]));
  int r = PY_TRY(resource_arg(ts, args[1]));
  rlimit old, nl;
  rlimit* set = nullptr;
  if (args.nargs > 2) {
    nl = PY_TRY(limits_arg(ts, args[2]));
    set = &nl;
  }
  PY_TRY(enter_inevitable(ts));
  if (::prlimit(static_cast<pid_t>(pid), static_cast<__rlimit_resource>(r), set, &old) != 0)
    return raise_os_error(ts, errno);
  return tuple_pack({limit_value(old.rlim_cur), limit_value(old.rlim_max)});
}

Result<Value> resource_getrusage(ThreadState& ts, Value, CallArgs args) {
  int who = static_cast<int>(PY_TRY(index_as_ssize(ts, args[0])));
  rusage u;
  if (::getrusage(who, &u) != 0) {
    if (errno == EINVAL) return raise_value_error(ts, "invalid who parameter");
    return raise_os_error(ts, errno);
  }
  Value type = PY_TRY(struct_sequence_type(ts, &g_struct_rusage, kRusageSpec));
  auto secs = [](const timeval& t) {
    return float_from_double(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6);
  };
  const Value items[] = {secs(u.ru_utime),          secs(u.ru_stime),          int_from_int64(u.ru_maxrss),
                         int_from_int64(u.ru_ixrss), int_from_int64(u.ru_idrss), int_from_int64(u.ru_isrss),
                         int_from_int64(u.ru_minflt), int_from_int64(u.ru_majflt), int_from_int64(u.ru_nswap),
                         int_from_int64(u.ru_inblock), int_from_int64(u.ru_oublock), int_from_int64(u.ru_msgsnd),
                         int_from_int64(u.ru_msgrcv), int_from_int64(u.ru_nsignals), int_from_int64(u.ru_nvcsw),
                         int_from_int64(u.ru_nivcsw)};
  return struct_sequence_new(ts, type, items);
}

Result<Value> resource_getpagesize(ThreadState&, Value, CallArgs) { return int_from_int64(::sysconf(_SC_PAGESIZE)); }

const NativeMethod kFunctions[] = {
    {"getrlimit", resource_getrlimit, 1, 1, kNativeNoKeywords, nullptr},
    {"setrlimit", resource_setrlimit, 2, 2, kNativeNoKeywords, nullptr},
    {"prlimit", resource_prlimit, 2, 3, kNativeNoKeywords, nullptr},
    {"getrusage", resource_getrusage, 1, 1, kNativeNoKeywords, nullptr},
    {"getpagesize", resource_getpagesize, 0, 0, 0, nullptr},
};

#define RES_CONSTANT(name) {#name, name}
const struct {
  const char* name;
  int64_t value;
} kConstants[] = {
    RES_CONSTANT(RLIMIT_CPU),     RES_CONSTANT(RLIMIT_FSIZE),   RES_CONSTANT(RLIMIT_DATA),
    RES_CONSTANT(RLIMIT_STACK),   RES_CONSTANT(RLIMIT_CORE),    RES_CONSTANT(RLIMIT_RSS),
    RES_CONSTANT(RLIMIT_NPROC),   RES_CONSTANT(RLIMIT_NOFILE),  RES_CONSTANT(RLIMIT_MEMLOCK),
    RES_CONSTANT(RLIMIT_AS),      RES_CONSTANT(RLIMIT_MSGQUEUE), RES_CONSTANT(RLIMIT_NICE),
    RES_CONSTANT(RLIMIT_RTPRIO),  RES_CONSTANT(RLIMIT_RTTIME),  RES_CONSTANT(RLIMIT_SIGPENDING),
    RES_CONSTANT(RLIMIT_OFILE),   RES_CONSTANT(RUSAGE_SELF),    RES_CONSTANT(RUSAGE_CHILDREN),
    RES_CONSTANT(RUSAGE_THREAD),  {"RLIM_INFINITY", -1},
};
#undef RES_CONSTANT

}  // namespace

Result<Value> create_resource_module(ThreadState& ts) {
  Value module = module_new(str_intern("resource"));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  for (const auto& c : kConstants) module_set(module, c.name, int_from_int64(c.value));
  module_set(module, "error", Value::from_object(g_exc_OSError));
  module_set(module, "struct_rusage", PY_TRY(struct_sequence_type(ts, &g_struct_rusage, kRusageSpec)));
  return module;
}

}  // namespace pystm
