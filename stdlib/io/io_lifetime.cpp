// stdlib/io/io_lifetime.cpp — what happens to _io objects nobody closed:
// pystm runs no finalizers, so a FileIO that owns its descriptor and every
// buffered or text writer is registered here with a weak reference whose
// callback (run after the collection found the object dead) closes the
// descriptor or writes the object's pending bytes on to the layer below;
// at exit every live registered object is flushed, newest first (a text
// layer before the buffer under it). Declarations in io_common.h/raw_fd.h.
// Owns: the registry (a dict key -> weak reference, rooted).
// Must never: keep a registered object alive (only its state: the callback
// holds the descriptor holder, or the sink and the pending bytearray).
#include <atomic>
#include <unistd.h>

#include "runtime/objects/bytearray_object.h"
#include "runtime/objects/bytes_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/weakref_object.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/str_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"
#include "stdlib/io/io_common.h"
#include "stdlib/io/raw_fd.h"
#include "stm/transaction.h"
#include "runtime/vm/transaction_restart.h"

namespace pystm::io {

namespace {

Value g_registry;       // dict: small int key -> weak reference
std::atomic<int64_t> g_next_key{0};  // threads open files concurrently

Value registry() {
  if (g_registry.is_null()) {
    g_registry = dict_new();
    add_global_root(&g_registry);
  }
  return g_registry;
}

void forget(ThreadState& ts, Value key) {
  Result<bool> r = dict_del(ts, registry(), key);
  if (!r.ok()) clear_pending_exception(ts);
}

// self: the holder list [fd, key].
Result<Value> close_fd_on_collect(ThreadState& ts, Value self, CallArgs) {
  int64_t fd = list_get(self, 0).as_small_int();
  if (fd >= 0) {
    PY_TRY(enter_inevitable(ts));
    ::close(static_cast<int>(fd));
    list_set(self, 0, Value::small_int(-1));
  }
  forget(ts, list_get(self, 1));
  return g_none;
}

// self: the tuple (sink, pending bytearray, key).
Result<Value> write_pending_on_collect(ThreadState& ts, Value self, CallArgs) {
  Value pending = tuple_item(self, 1);
  std::string_view data = bytearray_view(pending);
  forget(ts, tuple_item(self, 2));
  if (data.empty()) return g_none;
  Value bytes = bytes_from(data.data(), static_cast<int64_t>(data.size()));
  bytearray_resize(pending, 0);
  PY_TRY(call_attr(ts, tuple_item(self, 0), g_name_write, {bytes}));
  return g_none;
}

const NativeMethod kCloseFd = {"_close_fd_on_collect", close_fd_on_collect, 1, 1, 0, nullptr};
const NativeMethod kWritePending = {"_write_pending_on_collect", write_pending_on_collect, 1, 1, 0, nullptr};

Status track(ThreadState& ts, Value obj, Value key, Value callback) {
  Value ref = PY_TRY(weakref_new(ts, g_weakref_type, obj, callback));
  PY_TRY(dict_set(ts, registry(), key, ref));
  return ok_status();
}

}  // namespace

Status track_raw_fd(ThreadState& ts, Value raw, int fd) {
  Value key = Value::small_int(g_next_key.fetch_add(1));
  Value holder = list_from(nullptr, 0);
  list_append(holder, Value::small_int(fd));
  list_append(holder, key);
  set_field(raw, kLifetimeField, holder);
  return track(ts, raw, key, make_builtin_function(&kCloseFd, holder));
}

void untrack_raw_fd(Value raw) {
  Value holder = field(raw, kLifetimeField);
  if (holder.is_null()) return;
  list_set(holder, 0, Value::small_int(-1));
  set_field(raw, kLifetimeField, Value());
  forget(current_thread_state(), list_get(holder, 1));
}

Status track_pending_writes(ThreadState& ts, Value obj, Value sink, Value pending) {
  Value key = Value::small_int(g_next_key.fetch_add(1));
  Value state = tuple_pack({sink, pending, key});
  set_field(obj, kLifetimeField, state);
  return track(ts, obj, key, make_builtin_function(&kWritePending, state));
}

void flush_all_at_exit(ThreadState& ts) {
  if (g_registry.is_null()) return;
  run_weakref_callbacks(ts);
  ValueVector live;
  int64_t pos = 0;
  Value key, ref;
  while (dict_next(g_registry, &pos, &key, &ref)) {
    Value obj = weakref_referent(ref);
    if (!obj.is_null()) live.push_back(obj);
  }
  for (size_t i = live.size(); i-- > 0;) {
    Value closed = Value();
    Result<Value> c = get_attr(ts, live[i], str_intern("closed"));
    if (c.ok()) closed = c.value();
    else clear_pending_exception(ts);
    if (!closed.is_null() && closed.is(g_true)) continue;
    Result<Value> r = call_attr(ts, live[i], g_name_flush, {});
    if (!r.ok()) clear_pending_exception(ts);
  }
}

Status read_all_fd(ThreadState& ts, int fd, std::string* out) {
  PY_TRY(enter_inevitable(ts));
  char chunk[65536];
  for (;;) {
    ssize_t got = ::read(fd, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      if (errno == EAGAIN && !out->empty()) return ok_status();
      if (errno == EAGAIN) return ok_status();
      return raise_os_error(ts, errno);
    }
    if (got == 0) return ok_status();
    out->append(chunk, static_cast<size_t>(got));
  }
}

}  // namespace pystm::io
