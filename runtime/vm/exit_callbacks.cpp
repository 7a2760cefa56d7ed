// runtime/vm/exit_callbacks.cpp — the interpreter's exit callbacks.
#include "runtime/vm/exit_callbacks.h"

#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/runtime.h"
#include "runtime/objects/str_object.h"
#include "runtime/vm/import.h"
#include "runtime/vm/source_runner.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {
Value g_exit_callbacks;
}

Value exit_callbacks() {
  if (g_exit_callbacks.is_null()) {
    g_exit_callbacks = list_new();
    add_global_root(&g_exit_callbacks);
  }
  return g_exit_callbacks;
}

void wait_for_thread_shutdown(ThreadState& ts) {
  Value threading = dict_get_str(sys_modules(), str_intern("threading"));
  if (threading.is_null() || threading.is_absent()) return;
  Result<Value> shutdown = get_attr(ts, threading, str_intern("_shutdown"));
  Result<Value> r = shutdown.ok() ? call(ts, shutdown.value(), {}) : Result<Value>(kError);
  if (!r.ok()) {
    Value exc = ts.pending_exception;
    clear_pending_exception(ts);
    flush_std_streams();
    write_stderr("Exception ignored on threading shutdown:\n");
    print_exception(ts, exc);
  }
}

void run_exit_callbacks(ThreadState& ts) {
  if (g_exit_callbacks.is_null()) return;
  while (list_size(g_exit_callbacks) > 0) {
    int64_t last = list_size(g_exit_callbacks) - 1;
    Value entry = list_get(g_exit_callbacks, last);
    Value rest = list_new();
    for (int64_t i = 0; i < last; ++i) list_append(rest, list_get(g_exit_callbacks, i));
    g_exit_callbacks = rest;
    Value func = tuple_item(entry, 0), args = tuple_item(entry, 1), kwargs = tuple_item(entry, 2);
    Result<Value> r = call_with_tuple(ts, func, args, kwargs);
    if (!r.ok()) print_ignored_exception(ts, "atexit callback", func);
  }
}

}  // namespace pystm
