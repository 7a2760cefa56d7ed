// stdlib/thread_local.cpp — `_thread._local` (what threading.local is):
// an object whose attributes, and whose `__dict__`, are the calling thread's
// own. Subclasses' `__init__` runs once per thread, with the arguments the
// object was made with, the first time a thread touches it.
// Owns: the per-thread dicts of every local, keyed by the thread's ident in
// a heap dict held by the local (so they are ordinary transactional state),
// and forgetting a thread's dicts when it ends.
// Must never: write the local's own instance-dict slot to switch threads (two
// threads reading one local would then conflict on every access), or keep a
// finished thread's dicts reachable.
#include "stdlib/thread_local.h"

#include <algorithm>
#include <atomic>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/objects/weakref_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/runtime.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_local_type = nullptr;
// Weak references to every local made so far (dead ones are pruned), so a
// thread's end can drop its dicts from each: one heap list for the process,
// a gc root, changed only in place (transactionally; threads may run in
// parallel and a transaction may abort).
Value g_live_locals;
std::atomic<int64_t> g_prune_at{64};

enum LocalField : uint32_t { kInitArgs, kInitKwargs, kDicts, kLocalFields };

std::string local_type_name(Value self) {
  return type_of(self) == g_local_type ? "_thread._local" : type_name_of(self);
}

bool runs_object_init(TypeObject* type) {
  return type_lookup(type, g_name___init__).is(type_lookup(g_object_type, g_name___init__));
}

// Compacts the list in place: live references first, then the tail popped.
void prune_dead_locals() {
  int64_t kept = 0, n = list_size(g_live_locals);
  for (int64_t i = 0; i < n; ++i) {
    Value ref = list_get(g_live_locals, i);
    if (weakref_referent(ref).is_null()) continue;
    if (kept != i) list_set(g_live_locals, kept, ref);
    ++kept;
  }
  for (int64_t i = kept; i < n; ++i) (void)list_pop_last(g_live_locals);
  g_prune_at.store(std::max<int64_t>(64, 2 * kept));
}

// The calling thread's dict of `self`, made on first use; a new dict of a
// subclass with its own __init__ runs it (and is dropped again if it raises).
Result<Value> thread_dict(ThreadState& ts, Value self) {
  Value dicts = native_field(self, kDicts);
  Value key = int_from_int64(current_thread_ident());
  Value d = PY_TRY(dict_get(ts, dicts, key));
  if (!d.is_absent()) return d;
  d = dict_new();
  PY_TRY(dict_set(ts, dicts, key, d));
  TypeObject* type = type_of(self);
  if (!runs_object_init(type)) {
    Value init = type_lookup(type, g_name___init__);
    Value args = native_field(self, kInitArgs);
    ValueVector all;
    all.push_back(self);
    for (int64_t i = 0; i < tuple_size(args); ++i) all.push_back(tuple_item(args, i));
    Result<Value> r = call_with_tuple(ts, init, tuple_from(all.data(), static_cast<int64_t>(all.size())),
                                      native_field(self, kInitKwargs));
    if (r.is_error()) {
      (void)dict_del(ts, dicts, key);
      return kError;
    }
  }
  return d;
}

Status check_name(ThreadState& ts, Value name) {
  if (!is_str(name))
    return raise_type_error(ts, "attribute name must be string, not '%s'", type_name_of(name).c_str());
  return ok_status();
}

Error read_only_dict(ThreadState& ts, Value self) {
  return raise(ts, g_exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
               local_type_name(self).c_str());
}

Error no_attribute(ThreadState& ts, Value self, Value name) {
  return raise(ts, g_exc_AttributeError, "'%s' object has no attribute '%s'", local_type_name(self).c_str(),
               str_to_utf8(name).c_str());
}

// _local.__new__(cls, *args, **kwargs): arguments are kept for the __init__
// of later threads; without an __init__ of its own they are refused.
Result<Value> local_new(ThreadState& ts, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  if ((args.nargs > 1 || args.nkw() > 0) && runs_object_init(type))
    return raise_type_error(ts, "Initialization arguments are not supported");
  Value self = Value::from_object(native_state_new(type, kLocalFields));
  set_native_field(self, kInitArgs, tuple_from(args.args + 1, static_cast<int64_t>(args.nargs - 1)));
  Value kwargs = dict_new();
  for (size_t i = 0; i < args.nkw(); ++i) PY_TRY(dict_set(ts, kwargs, args.kw_name(i), args.kw_value(i)));
  set_native_field(self, kInitKwargs, kwargs);
  Value dicts = dict_new();
  set_native_field(self, kDicts, dicts);
  // This thread's dict: type.__call__ runs __init__ on it next.
  PY_TRY(dict_set(ts, dicts, int_from_int64(current_thread_ident()), dict_new()));
  if (list_size(g_live_locals) >= g_prune_at) prune_dead_locals();
  list_append(g_live_locals, PY_TRY(weakref_new(ts, g_weakref_type, self, Value())));
  return self;
}

// object.__getattribute__ with the thread's dict in place of the instance dict.
Result<Value> local_getattribute(ThreadState& ts, Value self, CallArgs args) {
  Value name = args[0];
  PY_TRY(check_name(ts, name));
  Value dict = PY_TRY(thread_dict(ts, self));
  if (str_equal(name, g_name___dict__)) return dict;
  TypeObject* type = type_of(self);
  Value descr = type_lookup(type, name);
  if (!descr.is_null() && is_data_descriptor(descr)) return bind_descriptor(ts, descr, self, type);
  Value v = is_exact_str(name) ? dict_get_str(dict, name) : PY_TRY(dict_get(ts, dict, name));
  if (!v.is_null() && !v.is_absent()) return v;
  if (!descr.is_null()) return bind_descriptor(ts, descr, self, type);
  return no_attribute(ts, self, name);
}

// object.__setattr__/__delattr__ with the thread's dict (value null: delete).
Status local_store(ThreadState& ts, Value self, Value name, Value value) {
  PY_TRY(check_name(ts, name));
  if (str_equal(name, g_name___dict__)) return read_only_dict(ts, self);
  Value dict = PY_TRY(thread_dict(ts, self));
  TypeObject* type = type_of(self);
  Value descr = type_lookup(type, name);
  if (!descr.is_null() && is_data_descriptor(descr)) {
    Value method = lookup_special(descr, value.is_null() ? g_name___delete__ : g_name___set__);
    if (method.is_null())
      return raise(ts, g_exc_AttributeError, value.is_null() ? "can't delete attribute" : "can't set attribute");
    if (value.is_null()) PY_TRY(call_special(ts, method, descr, {self}));
    else PY_TRY(call_special(ts, method, descr, {self, value}));
    return ok_status();
  }
  if (!value.is_null()) return dict_set(ts, dict, name, value);
  bool found = PY_TRY(dict_del(ts, dict, name));
  if (!found) return no_attribute(ts, self, name);
  return ok_status();
}

Result<Value> local_setattr(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(local_store(ts, self, args[0], args[1]));
  return g_none;
}

Result<Value> local_delattr(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(local_store(ts, self, args[0], Value()));
  return g_none;
}

const NativeMethod kLocalMethods[] = {
    {"__new__", local_new, 0, -1, kNativeStatic, nullptr},
    {"__getattribute__", local_getattribute, 1, 1, kNativeNoKeywords, nullptr},
    {"__setattr__", local_setattr, 2, 2, kNativeNoKeywords, nullptr},
    {"__delattr__", local_delattr, 1, 1, kNativeNoKeywords, nullptr},
};

}  // namespace

TypeObject* thread_local_type() {
  if (!g_local_type) {
    g_local_type = make_builtin_type("_local", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                                     kTypeBaseType | kTypeHasInstanceDict);
    // Room for an instance dict makes locals weakly referenceable; it is
    // never used for attributes (those are per thread).
    stm::write(g_local_type)->dict_offset = kDictAtEnd;
    add_native_methods(g_local_type, kLocalMethods);
    type_set_attr_nogc_fail(g_local_type, "__module__", str_intern("_thread"));
    g_live_locals = list_new(0);
    add_global_root(&g_live_locals);
  }
  return g_local_type;
}

void forget_thread_locals(ThreadState& ts, int64_t ident) {
  if (g_live_locals.is_null()) return;
  Value key = int_from_int64(ident);
  for (int64_t i = 0; i < list_size(g_live_locals); ++i) {
    Value local = weakref_referent(list_get(g_live_locals, i));
    if (!local.is_null()) (void)dict_del(ts, native_field(local, kDicts), key);
  }
  clear_pending_exception(ts);
  prune_dead_locals();
}

}  // namespace pystm
