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

void run_exit_callbacks(ThreadState& ts) {
  if (g_exit_callbacks.is_null()) return;
  while (list_size(g_exit_callbacks) > 0) {
    int64_t last = list_size(g_exit_callbacks) - 1;
    Value entry = list_get(g_exit_callbacks, last);
    Value rest = list_new();
    for (int64_t i = 0; i < last; ++i) list_append(rest, list_get(g_exit_callbacks, i));
    g_exit_callbacks = rest;
    Value func = tuple_item(entry, 0), args = tuple_item(entry, 1), kwargs = tuple_item(entry, 2);
    ValueVector all;
    for (int64_t i = 0; i < tuple_size(args); ++i) all.push_back(tuple_item(args, i));
    ValueVector names;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      names.push_back(k);
      all.push_back(v);
    }
    Value kwnames = names.empty() ? Value() : tuple_from(names.data(), static_cast<int64_t>(names.size()));
    Result<Value> r = call(ts, func, CallArgs{all.data(), static_cast<size_t>(tuple_size(args)),
                                              kwnames.is_null() ? nullptr : kwnames.as<TupleObject>()});
    if (!r.ok()) {
      Value exc = ts.pending_exception;
      clear_pending_exception(ts);
      Result<std::string> name = repr_utf8(ts, func);
      if (!name.ok()) clear_pending_exception(ts);
      flush_std_streams();
      write_stderr("Exception ignored in atexit callback: " + (name.ok() ? name.value() : std::string("?")) + "\n");
      print_exception(ts, exc);
    }
  }
}

}  // namespace pystm
