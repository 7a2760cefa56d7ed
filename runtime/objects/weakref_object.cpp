// runtime/objects/weakref_object.cpp — weak references: the weak table and
// its sweep hook, ReferenceType (weakref.ref), ProxyType and
// CallableProxyType (library reference "weakref — Weak references").
// See weakref_object.h for the ownership rules.
#include "runtime/objects/weakref_object.h"

#include <atomic>
#include <cstdio>
#include <iterator>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "gc/heap.h"
#include "runtime/builtins/builtins_module.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/generic_alias_object.h"
#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

TypeObject* g_weakref_type = nullptr;
TypeObject* g_weakproxy_type = nullptr;
TypeObject* g_weakcallableproxy_type = nullptr;

namespace {

// --- The weak table -----------------------------------------------------

struct WeakTable {
  std::mutex mutex;
  // referent -> its weak references, in creation order. Neither side is a
  // root: the sweep hook drops dead references and clears dead referents.
  std::unordered_map<const Object*, std::vector<WeakRefObject*>> by_referent;
  // References whose referent died and that have a callback still to run
  // (a root: they and their callbacks stay alive until run).
  std::vector<WeakRefObject*> pending;
};
std::atomic<bool> g_callbacks_pending{false};

WeakTable& table() {
  static WeakTable* t = new WeakTable;  // never destroyed (threads may outlive exit)
  return *t;
}

void sweep_weak_table(void*) {
  WeakTable& t = table();
  for (auto it = t.by_referent.begin(); it != t.by_referent.end();) {
    std::vector<WeakRefObject*>& refs = it->second;
    size_t kept = 0;
    for (WeakRefObject* w : refs)
      if (gc::is_marked(&w->header)) refs[kept++] = w;
    refs.resize(kept);
    if (!gc::is_marked(&it->first->header)) {
      // Cleared in order; callbacks run later, newest reference first (as CPython).
      for (auto r = refs.rbegin(); r != refs.rend(); ++r) {
        // In every copy: a segment holding the reference privately would
        // otherwise keep the dead referent (and publish it again).
        gc::ObjectHeader* copies[65];
        size_t n = gc::object_copies(&(*r)->header, sizeof(WeakRefObject), copies, std::size(copies));
        for (size_t i = 0; i < n; ++i) reinterpret_cast<WeakRefObject*>(copies[i])->referent = Value();
        const WeakRefObject* w = stm::view(*r);
        if (!w->callback.is_null()) {
          t.pending.push_back(*r);
          g_callbacks_pending.store(true, std::memory_order_relaxed);
        }
      }
      it = t.by_referent.erase(it);
    } else if (refs.empty()) {
      it = t.by_referent.erase(it);
    } else {
      ++it;
    }
  }
}

void visit_pending(gc::Visitor& visitor, void*) {
  for (WeakRefObject* w : table().pending) visitor.visit(w);
}

WeakRefObject* wr(Value v) { return v.as<WeakRefObject>(); }

// --- ReferenceType ---------------------------------------------------------

Result<Value> ref_new(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 2 || args.nargs > 3)
    return raise_type_error(ts, "__new__ expected at most 2 arguments, got %zu", args.nargs - 1);
  return weakref_new(ts, args[0].as<TypeObject>(), args[1], args.nargs == 3 ? args[2] : g_none);
}

Result<Value> ref_init(ThreadState&, Value, CallArgs) { return g_none; }

Result<Value> ref_call(ThreadState&, Value self, CallArgs) {
  Value r = weakref_referent(self);
  return r.is_null() ? g_none : r;
}

std::string addr(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v.bits()));
  return buf;
}

Result<Value> describe(ThreadState& ts, Value self, const char* what) {
  Value r = weakref_referent(self);
  std::string out = std::string("<") + what + " at " + addr(self) + "; ";
  if (r.is_null()) return str_from_utf8(out + "dead>");
  out += "to '" + type_name(type_of(r)) + "' at " + addr(r);
  Value name = PY_TRY(get_attr_optional(ts, r, g_name___name__));
  if (!name.is_absent() && is_str(name)) out += " (" + str_to_utf8(name) + ")";
  return str_from_utf8(out + ">");
}
Result<Value> ref_repr(ThreadState& ts, Value self, CallArgs) { return describe(ts, self, "weakref"); }

Result<Value> ref_hash(ThreadState& ts, Value self, CallArgs) {
  Value cached = stm::read(wr(self))->hash;
  if (!cached.is_null()) return cached;
  Value r = weakref_referent(self);
  if (r.is_null()) return raise_type_error(ts, "weak object has gone away");
  Value h = int_from_int64(PY_TRY(hash(ts, r)));
  stm::write(wr(self))->hash = h;
  return h;
}

Result<Value> ref_compare(ThreadState& ts, Value self, Value other, bool eq) {
  if (!is_instance_of(other, g_weakref_type)) return g_notimplemented;
  Value a = weakref_referent(self), b = weakref_referent(other);
  if (a.is_null() || b.is_null()) return bool_value(self.is(other) == eq);
  bool same = PY_TRY(equals(ts, a, b));
  return bool_value(same == eq);
}
Result<Value> ref_eq(ThreadState& ts, Value self, CallArgs args) { return ref_compare(ts, self, args[0], true); }
Result<Value> ref_ne(ThreadState& ts, Value self, CallArgs args) { return ref_compare(ts, self, args[0], false); }

Result<Value> ref_callback(ThreadState&, Value self, CallArgs) {
  Value cb = stm::read(wr(self))->callback;
  return cb.is_null() ? g_none : cb;
}

Result<Value> ref_class_getitem(ThreadState& ts, Value cls, CallArgs args) {
  return generic_alias_new(ts, cls, args[0]);
}

const NativeMethod kRefMethods[] = {
    {"__new__", ref_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", ref_init, 0, -1, 0, nullptr},
    {"__call__", ref_call, 0, 0, 0, nullptr},
    {"__repr__", ref_repr, 0, 0, 0, nullptr},
    {"__hash__", ref_hash, 0, 0, 0, nullptr},
    {"__eq__", ref_eq, 1, 1, 0, nullptr},
    {"__ne__", ref_ne, 1, 1, 0, nullptr},
    {"__class_getitem__", ref_class_getitem, 1, 1, kNativeClass, nullptr},
};
const NativeMethod kRefCallback = {"__callback__", ref_callback, 0, 0, 0, nullptr};

// --- ProxyType / CallableProxyType -------------------------------------------

Result<Value> live(ThreadState& ts, Value proxy) {
  Value r = weakref_referent(proxy);
  if (r.is_null()) return raise(ts, g_exc_ReferenceError, "weakly-referenced object no longer exists");
  return r;
}
bool is_proxy(Value v) {
  return v.is_object() && (type_of(v) == g_weakproxy_type || type_of(v) == g_weakcallableproxy_type);
}
Result<Value> unwrap(ThreadState& ts, Value v) { return is_proxy(v) ? live(ts, v) : Result<Value>(v); }

Result<Value> proxy_getattribute(ThreadState& ts, Value self, CallArgs args) {
  return get_attr(ts, PY_TRY(live(ts, self)), args[0]);
}
Result<Value> proxy_setattr(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(set_attr(ts, PY_TRY(live(ts, self)), args[0], args[1]));
  return g_none;
}
Result<Value> proxy_delattr(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(del_attr(ts, PY_TRY(live(ts, self)), args[0]));
  return g_none;
}
Result<Value> proxy_repr(ThreadState& ts, Value self, CallArgs) { return describe(ts, self, "weakproxy"); }
Result<Value> proxy_str(ThreadState& ts, Value self, CallArgs) { return str(ts, PY_TRY(live(ts, self))); }
Result<Value> proxy_bool(ThreadState& ts, Value self, CallArgs) {
  return bool_value(PY_TRY(is_true(ts, PY_TRY(live(ts, self)))));
}
Result<Value> proxy_len(ThreadState& ts, Value self, CallArgs) {
  return int_from_int64(PY_TRY(length(ts, PY_TRY(live(ts, self)))));
}
Result<Value> proxy_iter(ThreadState& ts, Value self, CallArgs) { return get_iter(ts, PY_TRY(live(ts, self))); }
Result<Value> proxy_next(ThreadState& ts, Value self, CallArgs) {
  Value r = PY_TRY(live(ts, self));
  Value method = lookup_special(r, g_name___next__);
  if (method.is_null()) return raise_type_error(ts, "Weakref proxy referenced a non-iterator '%s' object",
                                                type_name_of(r).c_str());
  return call_special(ts, method, r, {});
}
Result<Value> proxy_getitem(ThreadState& ts, Value self, CallArgs args) {
  return get_item(ts, PY_TRY(live(ts, self)), args[0]);
}
Result<Value> proxy_setitem(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(set_item(ts, PY_TRY(live(ts, self)), args[0], args[1]));
  return g_none;
}
Result<Value> proxy_delitem(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(del_item(ts, PY_TRY(live(ts, self)), args[0]));
  return g_none;
}
Result<Value> proxy_contains(ThreadState& ts, Value self, CallArgs args) {
  return bool_value(PY_TRY(contains(ts, PY_TRY(live(ts, self)), args[0])));
}
Result<Value> proxy_hash(ThreadState& ts, Value self, CallArgs) {
  return raise_type_error(ts, "unhashable type: '%s'", type_tp_name(type_of(self)).c_str());
}
Result<Value> proxy_call(ThreadState& ts, Value self, CallArgs args) { return call(ts, PY_TRY(live(ts, self)), args); }

template <bytecode::CompareOp Op>
Result<Value> proxy_compare(ThreadState& ts, Value self, CallArgs args) {
  return rich_compare(ts, PY_TRY(live(ts, self)), PY_TRY(unwrap(ts, args[0])), static_cast<uint32_t>(Op));
}
// Arithmetic forwards to the referent's own method (NotImplemented lets the
// interpreter try the reflected one).
template <const Value* Name>
Result<Value> proxy_forward(ThreadState& ts, Value self, CallArgs args) {
  Value r = PY_TRY(live(ts, self));
  Value method = lookup_special(r, *Name);
  if (method.is_null()) return g_notimplemented;
  if (args.nargs == 0) return call_special(ts, method, r, {});
  return call_special(ts, method, r, {PY_TRY(unwrap(ts, args[0]))});
}

const NativeMethod kProxyMethods[] = {
    {"__getattribute__", proxy_getattribute, 1, 1, 0, nullptr},
    {"__getattr__", proxy_getattribute, 1, 1, 0, nullptr},
    {"__setattr__", proxy_setattr, 2, 2, 0, nullptr},
    {"__delattr__", proxy_delattr, 1, 1, 0, nullptr},
    {"__repr__", proxy_repr, 0, 0, 0, nullptr},
    {"__str__", proxy_str, 0, 0, 0, nullptr},
    {"__bool__", proxy_bool, 0, 0, 0, nullptr},
    {"__len__", proxy_len, 0, 0, 0, nullptr},
    {"__iter__", proxy_iter, 0, 0, 0, nullptr},
    {"__next__", proxy_next, 0, 0, 0, nullptr},
    {"__getitem__", proxy_getitem, 1, 1, 0, nullptr},
    {"__setitem__", proxy_setitem, 2, 2, 0, nullptr},
    {"__delitem__", proxy_delitem, 1, 1, 0, nullptr},
    {"__contains__", proxy_contains, 1, 1, 0, nullptr},
    {"__hash__", proxy_hash, 0, 0, 0, nullptr},
    {"__lt__", proxy_compare<bytecode::CompareOp::Lt>, 1, 1, 0, nullptr},
    {"__le__", proxy_compare<bytecode::CompareOp::Le>, 1, 1, 0, nullptr},
    {"__eq__", proxy_compare<bytecode::CompareOp::Eq>, 1, 1, 0, nullptr},
    {"__ne__", proxy_compare<bytecode::CompareOp::Ne>, 1, 1, 0, nullptr},
    {"__gt__", proxy_compare<bytecode::CompareOp::Gt>, 1, 1, 0, nullptr},
    {"__ge__", proxy_compare<bytecode::CompareOp::Ge>, 1, 1, 0, nullptr},
    {"__add__", proxy_forward<&g_name___add__>, 1, 1, 0, nullptr},
    {"__radd__", proxy_forward<&g_name___radd__>, 1, 1, 0, nullptr},
    {"__sub__", proxy_forward<&g_name___sub__>, 1, 1, 0, nullptr},
    {"__rsub__", proxy_forward<&g_name___rsub__>, 1, 1, 0, nullptr},
    {"__mul__", proxy_forward<&g_name___mul__>, 1, 1, 0, nullptr},
    {"__rmul__", proxy_forward<&g_name___rmul__>, 1, 1, 0, nullptr},
    {"__truediv__", proxy_forward<&g_name___truediv__>, 1, 1, 0, nullptr},
    {"__floordiv__", proxy_forward<&g_name___floordiv__>, 1, 1, 0, nullptr},
    {"__mod__", proxy_forward<&g_name___mod__>, 1, 1, 0, nullptr},
    {"__neg__", proxy_forward<&g_name___neg__>, 0, 0, 0, nullptr},
    {"__abs__", proxy_forward<&g_name___abs__>, 0, 0, 0, nullptr},
    {"__index__", proxy_forward<&g_name___index__>, 0, 0, 0, nullptr},
    {"__int__", proxy_forward<&g_name___int__>, 0, 0, 0, nullptr},
    {"__float__", proxy_forward<&g_name___float__>, 0, 0, 0, nullptr},
};
const NativeMethod kCallableProxyMethods[] = {{"__call__", proxy_call, 0, -1, 0, nullptr}};

}  // namespace

// --- Public interface -----------------------------------------------------------

Status check_weakrefable(ThreadState& ts, Value obj) {
  bool ok = false;
  if (obj.is_object()) {
    TypeObject* type = type_of(obj);
    if (stm::read(type)->flags & kTypeHeap) {
      // A class slotted all along its MRO is weakly referenceable only when
      // one of the __slots__ is '__weakref__'.
      Value slots = stm::read(type)->slot_names;
      ok = slots.is_null();
      for (int64_t i = 0; !ok && i < tuple_size(slots); ++i) ok = str_equal(tuple_item(slots, i), g_name___weakref__);
    } else {
      switch (obj.as_object()->kind()) {
        case ObjectKind::Function: case ObjectKind::Type: case ObjectKind::Set: case ObjectKind::Module:
        case ObjectKind::BoundMethod: case ObjectKind::BuiltinFunction: case ObjectKind::Code:
        case ObjectKind::Generator:
          ok = true;
          break;
        case ObjectKind::NativeState:  // native types with an instance dict (the _io classes)
          ok = stm::read(type)->dict_offset == kDictAtEnd;
          break;
        default:
          break;
      }
    }
  }
  if (!ok) return raise_type_error(ts, "cannot create weak reference to '%s' object", type_name_of(obj).c_str());
  return ok_status();
}

Result<Value> weakref_new(ThreadState& ts, TypeObject* type, Value obj, Value callback) {
  PY_TRY(check_weakrefable(ts, obj));
  if (callback.is(g_none)) callback = Value();
  const Object* key = obj.as_object();
  // ref(obj) and proxy(obj) without callback are shared (CPython does the same).
  if (callback.is_null() && (type == g_weakref_type || type == g_weakproxy_type || type == g_weakcallableproxy_type)) {
    std::lock_guard<std::mutex> lock(table().mutex);
    auto it = table().by_referent.find(key);
    if (it != table().by_referent.end())
      for (WeakRefObject* w : it->second)
        if (w->type() == type && stm::read(w)->callback.is_null() && !stm::read(w)->referent.is_null())
          return Value::from_object(w);
  }
  uint32_t size = stm::read(type)->instance_size;
  WeakRefObject* w = allocate_object<WeakRefObject>(type, size < sizeof(WeakRefObject) ? sizeof(WeakRefObject) : size);
  stm::view(w)->referent = obj;
  stm::view(w)->callback = callback;
  std::lock_guard<std::mutex> lock(table().mutex);
  table().by_referent[key].push_back(w);
  return Value::from_object(w);
}

Value weakref_referent(Value ref) { return stm::read(wr(ref))->referent; }

int64_t weakref_count(Value obj) {
  if (!obj.is_object()) return 0;
  std::lock_guard<std::mutex> lock(table().mutex);
  auto it = table().by_referent.find(obj.as_object());
  if (it == table().by_referent.end()) return 0;
  int64_t n = 0;
  for (WeakRefObject* w : it->second) n += !stm::read(w)->referent.is_null();
  return n;
}

Value weakref_list(Value obj) {
  ValueVector items;
  if (obj.is_object()) {
    std::lock_guard<std::mutex> lock(table().mutex);
    auto it = table().by_referent.find(obj.as_object());
    if (it != table().by_referent.end())
      for (WeakRefObject* w : it->second)
        if (!stm::read(w)->referent.is_null()) items.push_back(Value::from_object(w));
  }
  return list_from(items.data(), static_cast<int64_t>(items.size()));
}

bool weakref_callbacks_pending() { return g_callbacks_pending.load(std::memory_order_relaxed); }

void run_weakref_callbacks(ThreadState& ts) {
  while (true) {
    WeakRefObject* w;
    {
      std::lock_guard<std::mutex> lock(table().mutex);
      if (table().pending.empty()) {
        g_callbacks_pending.store(false, std::memory_order_relaxed);
        return;
      }
      w = table().pending.front();
      table().pending.erase(table().pending.begin());
    }
    Value ref = Value::from_object(w);  // on the stack: stays alive while its callback runs
    Value callback = stm::read(w)->callback;
    if (callback.is_null()) continue;
    Value saved = ts.pending_exception;
    ts.pending_exception = Value();
    Result<Value> r = call(ts, callback, {ref});
    if (!r.ok()) {
      Value exc = ts.pending_exception;
      clear_pending_exception(ts);
      Result<std::string> cb = repr_utf8(ts, callback);
      Result<std::string> text = str_utf8(ts, exc);
      std::string line = "Exception ignored in: " + (cb.ok() ? cb.value() : std::string("<callback>")) + "\n" +
                         type_name_of(exc) + (text.ok() && !text.value().empty() ? ": " + text.value() : "") + "\n";
      if (!cb.ok() || !text.ok()) clear_pending_exception(ts);
      write_stderr(line);
    }
    ts.pending_exception = saved;
  }
}

void init_weakref_types() {
  gc::add_sweep_hook(sweep_weak_table, nullptr);
  gc::add_root_enumerator(visit_pending, nullptr);
  const uint32_t size = sizeof(WeakRefObject);
  g_weakref_type = make_builtin_type("ReferenceType", g_object_type, ObjectKind::WeakRef, size, kTypeBaseType);
  add_native_methods(g_weakref_type, kRefMethods);
  add_native_property(g_weakref_type, &kRefCallback, nullptr);
  g_weakproxy_type = make_builtin_type("ProxyType", g_object_type, ObjectKind::WeakRef, size, 0);
  add_native_methods(g_weakproxy_type, kProxyMethods);
  g_weakcallableproxy_type = make_builtin_type("CallableProxyType", g_object_type, ObjectKind::WeakRef, size, 0);
  add_native_methods(g_weakcallableproxy_type, kProxyMethods);
  add_native_methods(g_weakcallableproxy_type, kCallableProxyMethods);
  for (TypeObject* t : {g_weakref_type, g_weakproxy_type, g_weakcallableproxy_type})
    type_set_attr_nogc_fail(t, "__module__", str_intern("weakref"));
}

}  // namespace pystm
