// stdlib/collections_module.cpp — the `_collections` module that
// collections/__init__.py imports (library reference "collections"):
// deque (with maxlen; a ring buffer), its iterators, defaultdict and
// _count_elements. OrderedDict and _tuplegetter are left to the pure-Python
// versions collections/__init__.py falls back to.
// Owns: those types. deque state is in NativeStateObject fields and a heap
// list (the ring); defaultdict is a dict whose trailer word holds
// default_factory (kTypeDictTrailer). Must never: keep state in C++ memory.
#include <cstdint>

#include "runtime/bytecode/binary_op.h"
#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/descriptor_objects.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/generic_alias_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/module_object.h"
#include "runtime/objects/native_state_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_deque_type = nullptr;
TypeObject* g_deque_iter_type = nullptr;
TypeObject* g_deque_reviter_type = nullptr;
TypeObject* g_defaultdict_type = nullptr;

// --- deque: fields [ring list, head, size, maxlen (None or int), mutation count] ------

enum DequeField : uint32_t { kRing, kHead, kSize, kMaxlen, kState, kDequeFields };

int64_t geti(Value d, uint32_t f) { return native_field(d, f).as_small_int(); }
void seti(Value d, uint32_t f, int64_t v) { set_native_field(d, f, Value::small_int(v)); }
Value ring(Value d) { return native_field(d, kRing); }
int64_t dsize(Value d) { return geti(d, kSize); }
int64_t cap(Value d) { return list_size(ring(d)); }
bool is_deque(Value v) { return v.is_object() && is_instance_of(v, g_deque_type); }
void touched(Value d) { seti(d, kState, geti(d, kState) + 1); }

Value dq_at(Value d, int64_t i) { return list_get(ring(d), (geti(d, kHead) + i) % cap(d)); }
void dq_put(Value d, int64_t i, Value v) { list_set(ring(d), (geti(d, kHead) + i) % cap(d), v); }

// Makes room for one more item (doubling; items stay in order from 0).
void reserve_one(Value d) {
  int64_t n = dsize(d), c = cap(d);
  if (n < c) return;
  int64_t nc = c < 8 ? 8 : c * 2;
  Value fresh = list_new(nc);
  for (int64_t i = 0; i < n; ++i) list_append(fresh, dq_at(d, i));
  for (int64_t i = n; i < nc; ++i) list_append(fresh, g_none);
  set_native_field(d, kRing, fresh);
  seti(d, kHead, 0);
}

int64_t maxlen_of(Value d) {
  Value m = native_field(d, kMaxlen);
  return m.is(g_none) ? -1 : m.as_small_int();
}

Value pop_back(Value d) {
  int64_t n = dsize(d);
  Value v = dq_at(d, n - 1);
  dq_put(d, n - 1, g_none);
  seti(d, kSize, n - 1);
  return v;
}
Value pop_front(Value d) {
  Value v = dq_at(d, 0);
  dq_put(d, 0, g_none);
  seti(d, kHead, (geti(d, kHead) + 1) % cap(d));
  seti(d, kSize, dsize(d) - 1);
  return v;
}
void push_back(Value d, Value v) {
  int64_t m = maxlen_of(d);
  if (m == 0) return;
  if (m > 0 && dsize(d) >= m) pop_front(d);
  reserve_one(d);
  dq_put(d, dsize(d), v);
  seti(d, kSize, dsize(d) + 1);
}
void push_front(Value d, Value v) {
  int64_t m = maxlen_of(d);
  if (m == 0) return;
  if (m > 0 && dsize(d) >= m) pop_back(d);
  reserve_one(d);
  seti(d, kHead, (geti(d, kHead) - 1 + cap(d)) % cap(d));
  dq_put(d, 0, v);
  seti(d, kSize, dsize(d) + 1);
}
void clear_deque(Value d) {
  set_native_field(d, kRing, list_new());
  seti(d, kHead, 0);
  seti(d, kSize, 0);
}
void snapshot(Value d, ValueVector& out) {
  for (int64_t i = 0; i < dsize(d); ++i) out.push_back(dq_at(d, i));
}

Value deque_alloc(TypeObject* type, Value maxlen) {
  Value d = Value::from_object(native_state_new(type, kDequeFields));
  set_native_field(d, kRing, list_new());
  seti(d, kHead, 0);
  seti(d, kSize, 0);
  set_native_field(d, kMaxlen, maxlen);
  seti(d, kState, 0);
  return d;
}

Result<Value> deque_new(ThreadState&, Value, CallArgs args) {
  return deque_alloc(args[0].as<TypeObject>(), g_none);
}

Status extend_back(ThreadState& ts, Value d, Value iterable) {
  if (iterable.is(d)) {
    {
      ValueVector snap;
      snapshot(d, snap);
      for (Value v : snap) push_back(d, v);
    }
    return ok_status();
  }
  Value it = PY_TRY(get_iter(ts, iterable));
  while (true) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return ok_status();
    push_back(d, v);
  }
}

Result<Value> deque_init(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "deque", args, {"iterable", "maxlen"}));
  if (args.nargs > 2) return raise_type_error(ts, "deque() takes at most 2 arguments (%zu given)", args.nargs);
  Value iterable = args.nargs > 0 ? args[0] : keyword_arg(args, "iterable");
  Value maxlen = args.nargs > 1 ? args[1] : keyword_arg(args, "maxlen");
  Value m = g_none;
  if (!maxlen.is_null() && !maxlen.is(g_none)) {
    if (!is_int(maxlen))
      return raise_type_error(ts, "an integer is required");
    int64_t n = PY_TRY(index_as_ssize(ts, maxlen));
    if (n < 0) return raise_value_error(ts, "maxlen must be non-negative");
    m = Value::small_int(n);
  }
  set_native_field(self, kMaxlen, m);
  if (dsize(self) > 0) clear_deque(self);
  touched(self);
  if (!iterable.is_null()) PY_TRY(extend_back(ts, self, iterable));
  return g_none;
}

Result<Value> deque_append(ThreadState&, Value self, CallArgs args) {
  push_back(self, args[0]);
  touched(self);
  return g_none;
}
Result<Value> deque_appendleft(ThreadState&, Value self, CallArgs args) {
  push_front(self, args[0]);
  touched(self);
  return g_none;
}
Result<Value> deque_pop(ThreadState& ts, Value self, CallArgs) {
  if (dsize(self) == 0) return raise(ts, g_exc_IndexError, "pop from an empty deque");
  touched(self);
  return pop_back(self);
}
Result<Value> deque_popleft(ThreadState& ts, Value self, CallArgs) {
  if (dsize(self) == 0) return raise(ts, g_exc_IndexError, "pop from an empty deque");
  touched(self);
  return pop_front(self);
}
Result<Value> deque_extend(ThreadState& ts, Value self, CallArgs args) {
  touched(self);
  PY_TRY(extend_back(ts, self, args[0]));
  return g_none;
}
Result<Value> deque_extendleft(ThreadState& ts, Value self, CallArgs args) {
  touched(self);
  if (args[0].is(self)) {
    {
      ValueVector snap;
      snapshot(self, snap);
      for (Value v : snap) push_front(self, v);
    }
    return g_none;
  }
  Value it = PY_TRY(get_iter(ts, args[0]));
  while (true) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return g_none;
    push_front(self, v);
  }
}
Result<Value> deque_clear(ThreadState&, Value self, CallArgs) {
  clear_deque(self);
  touched(self);
  return g_none;
}
Result<Value> deque_copy(ThreadState& ts, Value self, CallArgs) {
  TypeObject* type = type_of(self);
  if (type == g_deque_type) {
    Value d = deque_alloc(type, native_field(self, kMaxlen));
    {
      ValueVector snap;
      snapshot(self, snap);
      for (Value v : snap) push_back(d, v);
    }
    return d;
  }
  Value maxlen = native_field(self, kMaxlen);
  if (maxlen.is(g_none)) return call(ts, Value::from_object(type), {self});
  return call(ts, Value::from_object(type), {self, maxlen});
}
Result<Value> deque_len(ThreadState&, Value self, CallArgs) { return Value::small_int(dsize(self)); }
Result<Value> deque_bool(ThreadState&, Value self, CallArgs) { return bool_value(dsize(self) > 0); }
Result<Value> deque_maxlen(ThreadState&, Value self, CallArgs) { return native_field(self, kMaxlen); }

Result<Value> deque_count(ThreadState& ts, Value self, CallArgs args) {
  int64_t state = geti(self, kState), n = 0;
  for (int64_t i = 0; i < dsize(self); ++i) {
    if (PY_TRY(equals(ts, dq_at(self, i), args[0]))) ++n;
    if (geti(self, kState) != state) return raise(ts, g_exc_RuntimeError, "deque mutated during iteration");
  }
  return Value::small_int(n);
}
Result<Value> deque_contains(ThreadState& ts, Value self, CallArgs args) {
  int64_t state = geti(self, kState);
  for (int64_t i = 0; i < dsize(self); ++i) {
    if (PY_TRY(equals(ts, dq_at(self, i), args[0]))) return g_true;
    if (geti(self, kState) != state) return raise(ts, g_exc_RuntimeError, "deque mutated during iteration");
  }
  return g_false;
}

// Clamps an index argument of index() like slice bounds.
Result<int64_t> clamp_index(ThreadState& ts, Value v, int64_t n) {
  int64_t i = PY_TRY(index_as_ssize(ts, v));
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  return i > n ? n : i;
}
Result<Value> deque_index(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = dsize(self);
  int64_t start = args.nargs > 1 ? PY_TRY(clamp_index(ts, args[1], n)) : 0;
  int64_t stop = args.nargs > 2 ? PY_TRY(clamp_index(ts, args[2], n)) : n;
  int64_t state = geti(self, kState);
  for (int64_t i = start; i < stop && i < dsize(self); ++i) {
    if (PY_TRY(equals(ts, dq_at(self, i), args[0]))) return Value::small_int(i);
    if (geti(self, kState) != state) return raise(ts, g_exc_RuntimeError, "deque mutated during iteration");
  }
  return raise_value_error(ts, "%s is not in deque", PY_TRY(repr_utf8(ts, args[0])).c_str());
}

Result<Value> deque_rotate(ThreadState& ts, Value self, CallArgs args) {
  int64_t k = args.nargs > 0 ? PY_TRY(index_as_ssize(ts, args[0])) : 1;
  int64_t n = dsize(self);
  touched(self);
  if (n <= 1) return g_none;
  k %= n;
  if (k < 0) k += n;
  if (k == 0) return g_none;
  ValueVector items;
  snapshot(self, items);
  for (int64_t i = 0; i < n; ++i) dq_put(self, (i + k) % n, items[i]);
  return g_none;
}
Result<Value> deque_reverse(ThreadState&, Value self, CallArgs) {
  ValueVector items;
  snapshot(self, items);
  int64_t n = static_cast<int64_t>(items.size());
  for (int64_t i = 0; i < n; ++i) dq_put(self, i, items[n - 1 - i]);
  touched(self);
  return g_none;
}
Result<Value> deque_remove(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = dsize(self);
  int64_t state = geti(self, kState);
  for (int64_t i = 0; i < n; ++i) {
    bool eq = PY_TRY(equals(ts, dq_at(self, i), args[0]));
    if (geti(self, kState) != state || dsize(self) != n)
      return raise(ts, g_exc_IndexError, "deque mutated during remove().");
    if (eq) {
      ValueVector items;
  snapshot(self, items);
      items.raw().erase(items.raw().begin() + i);
      clear_deque(self);
      for (Value v : items) push_back(self, v);
      touched(self);
      return g_none;
    }
  }
  return raise_value_error(ts, "%s is not in deque", PY_TRY(repr_utf8(ts, args[0])).c_str());
}
Result<Value> deque_insert(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = dsize(self);
  int64_t m = maxlen_of(self);
  if (m >= 0 && n >= m) return raise(ts, g_exc_IndexError, "deque already at its maximum size");
  int64_t i = PY_TRY(index_as_ssize(ts, args[0]));
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  ValueVector items;
  snapshot(self, items);
  items.raw().insert(items.raw().begin() + i, args[1]);
  clear_deque(self);
  for (Value v : items) push_back(self, v);
  touched(self);
  return g_none;
}

Result<int64_t> item_index(ThreadState& ts, Value self, Value key) {
  if (!is_int(key) && lookup_special(key, g_name___index__).is_null())
    return raise_type_error(ts, "sequence index must be integer, not '%s'", type_name_of(key).c_str());
  int64_t i = PY_TRY(index_as_ssize(ts, key));
  int64_t n = dsize(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "deque index out of range");
  return i;
}
Result<Value> deque_getitem(ThreadState& ts, Value self, CallArgs args) {
  return dq_at(self, PY_TRY(item_index(ts, self, args[0])));
}
Result<Value> deque_setitem(ThreadState& ts, Value self, CallArgs args) {
  dq_put(self, PY_TRY(item_index(ts, self, args[0])), args[1]);
  return g_none;
}
Result<Value> deque_delitem(ThreadState& ts, Value self, CallArgs args) {
  int64_t i = PY_TRY(item_index(ts, self, args[0]));
  ValueVector items;
  snapshot(self, items);
  items.raw().erase(items.raw().begin() + i);
  clear_deque(self);
  for (Value v : items) push_back(self, v);
  touched(self);
  return g_none;
}

Result<Value> deque_repr(ThreadState& ts, Value self, CallArgs) {
  std::string name = type_name(type_of(self));
  ReprGuard guard(self);
  if (guard.recursive()) return str_from_ascii("[...]");
  std::string out = name + "([";
  ValueVector items;
  snapshot(self, items);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += PY_TRY(repr_utf8(ts, items[i]));
  }
  out += "]";
  Value m = native_field(self, kMaxlen);
  if (!m.is(g_none)) out += ", maxlen=" + std::to_string(m.as_small_int());
  return str_from_utf8(out + ")");
}

template <bytecode::CompareOp Op>
Result<Value> deque_compare(ThreadState& ts, Value self, CallArgs args) {
  if (!is_deque(args[0])) return g_notimplemented;
  ValueVector a, b;
  snapshot(self, a);
  snapshot(args[0], b);
  return sequence_compare(ts, a.data(), static_cast<int64_t>(a.size()), b.data(), static_cast<int64_t>(b.size()),
                          static_cast<uint32_t>(Op));
}

Result<Value> deque_add(ThreadState& ts, Value self, CallArgs args) {
  if (!is_deque(args[0]))
    return raise_type_error(ts, "can only concatenate deque (not \"%s\") to deque", type_name_of(args[0]).c_str());
  Value d = PY_TRY(deque_copy(ts, self, CallArgs{}));
  PY_TRY(extend_back(ts, d, args[0]));
  return d;
}
Result<Value> deque_iadd(ThreadState& ts, Value self, CallArgs args) {
  touched(self);
  PY_TRY(extend_back(ts, self, args[0]));
  return self;
}
// d *= k: with a maxlen only the last maxlen items of the repetition remain.
Status repeat_in_place(ThreadState& ts, Value self, Value count) {
  int64_t k = PY_TRY(index_as_ssize(ts, count));
  ValueVector items;
  snapshot(self, items);
  int64_t n = static_cast<int64_t>(items.size());
  clear_deque(self);
  touched(self);
  if (k <= 0 || n == 0) return ok_status();
  int64_t m = maxlen_of(self);
  if (m < 0 && n > (INT64_MAX / 8) / k) return raise_memory_error(ts);
  int64_t total = n * k;
  int64_t first = m >= 0 && total > m ? total - m : 0;
  for (int64_t i = first; i < total; ++i) push_back(self, items[i % n]);
  return ok_status();
}
Result<Value> deque_mul(ThreadState& ts, Value self, CallArgs args) {
  if (!is_int(args[0]) && lookup_special(args[0], g_name___index__).is_null()) return g_notimplemented;
  Value d = PY_TRY(deque_copy(ts, self, CallArgs{}));
  PY_TRY(repeat_in_place(ts, d, args[0]));
  return d;
}
Result<Value> deque_imul(ThreadState& ts, Value self, CallArgs args) {
  if (!is_int(args[0]) && lookup_special(args[0], g_name___index__).is_null()) return g_notimplemented;
  PY_TRY(repeat_in_place(ts, self, args[0]));
  return self;
}

// Iterators: fields [deque, position, mutation count at creation].
Value make_deque_iter(TypeObject* type, Value d) {
  Value it = Value::from_object(native_state_new(type, 3));
  set_native_field(it, 0, d);
  set_native_field(it, 1, Value::small_int(0));
  set_native_field(it, 2, native_field(d, kState));
  return it;
}
Result<Value> deque_iter(ThreadState&, Value self, CallArgs) { return make_deque_iter(g_deque_iter_type, self); }
Result<Value> deque_reversed(ThreadState&, Value self, CallArgs) { return make_deque_iter(g_deque_reviter_type, self); }
Result<Value> deque_iter_next_impl(ThreadState& ts, Value self, bool reverse) {
  Value d = native_field(self, 0);
  if (native_field(d, kState).as_small_int() != native_field(self, 2).as_small_int()) {
    set_native_field(self, 1, Value::small_int(dsize(d)));
    return raise(ts, g_exc_RuntimeError, "deque mutated during iteration");
  }
  int64_t i = native_field(self, 1).as_small_int();
  int64_t n = dsize(d);
  if (i >= n) return raise_empty(ts, g_exc_StopIteration);
  set_native_field(self, 1, Value::small_int(i + 1));
  return dq_at(d, reverse ? n - 1 - i : i);
}
Result<Value> deque_iter_next(ThreadState& ts, Value self, CallArgs) { return deque_iter_next_impl(ts, self, false); }
Result<Value> deque_reviter_next(ThreadState& ts, Value self, CallArgs) { return deque_iter_next_impl(ts, self, true); }
Result<Value> deque_iter_length_hint(ThreadState&, Value self, CallArgs) {
  int64_t left = dsize(native_field(self, 0)) - native_field(self, 1).as_small_int();
  return Value::small_int(left < 0 ? 0 : left);
}
Result<Value> iter_self(ThreadState&, Value self, CallArgs) { return self; }

Result<Value> class_getitem(ThreadState& ts, Value cls, CallArgs args) { return generic_alias_new(ts, cls, args[0]); }

const NativeMethod kDequeMethods[] = {
    {"__new__", deque_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", deque_init, 0, -1, 0, nullptr},
    {"append", deque_append, 1, 1, kNativeNoKeywords, nullptr},
    {"appendleft", deque_appendleft, 1, 1, kNativeNoKeywords, nullptr},
    {"pop", deque_pop, 0, 0, 0, nullptr},
    {"popleft", deque_popleft, 0, 0, 0, nullptr},
    {"extend", deque_extend, 1, 1, kNativeNoKeywords, nullptr},
    {"extendleft", deque_extendleft, 1, 1, kNativeNoKeywords, nullptr},
    {"clear", deque_clear, 0, 0, 0, nullptr},
    {"copy", deque_copy, 0, 0, 0, nullptr},
    {"__copy__", deque_copy, 0, 0, 0, nullptr},
    {"count", deque_count, 1, 1, kNativeNoKeywords, nullptr},
    {"index", deque_index, 1, 3, kNativeNoKeywords, nullptr},
    {"insert", deque_insert, 2, 2, kNativeNoKeywords, nullptr},
    {"remove", deque_remove, 1, 1, kNativeNoKeywords, nullptr},
    {"reverse", deque_reverse, 0, 0, 0, nullptr},
    {"rotate", deque_rotate, 0, 1, kNativeNoKeywords, nullptr},
    {"__len__", deque_len, 0, 0, 0, nullptr},
    {"__bool__", deque_bool, 0, 0, 0, nullptr},
    {"__contains__", deque_contains, 1, 1, 0, nullptr},
    {"__getitem__", deque_getitem, 1, 1, 0, nullptr},
    {"__setitem__", deque_setitem, 2, 2, 0, nullptr},
    {"__delitem__", deque_delitem, 1, 1, 0, nullptr},
    {"__iter__", deque_iter, 0, 0, 0, nullptr},
    {"__reversed__", deque_reversed, 0, 0, 0, nullptr},
    {"__repr__", deque_repr, 0, 0, 0, nullptr},
    {"__eq__", deque_compare<bytecode::CompareOp::Eq>, 1, 1, 0, nullptr},
    {"__ne__", deque_compare<bytecode::CompareOp::Ne>, 1, 1, 0, nullptr},
    {"__lt__", deque_compare<bytecode::CompareOp::Lt>, 1, 1, 0, nullptr},
    {"__le__", deque_compare<bytecode::CompareOp::Le>, 1, 1, 0, nullptr},
    {"__gt__", deque_compare<bytecode::CompareOp::Gt>, 1, 1, 0, nullptr},
    {"__ge__", deque_compare<bytecode::CompareOp::Ge>, 1, 1, 0, nullptr},
    {"__add__", deque_add, 1, 1, 0, nullptr},
    {"__iadd__", deque_iadd, 1, 1, 0, nullptr},
    {"__mul__", deque_mul, 1, 1, 0, nullptr},
    {"__rmul__", deque_mul, 1, 1, 0, nullptr},
    {"__imul__", deque_imul, 1, 1, 0, nullptr},
    {"__class_getitem__", class_getitem, 1, 1, kNativeClass, nullptr},
};
const NativeMethod kDequeMaxlen = {"maxlen", deque_maxlen, 0, 0, 0, nullptr};
const NativeMethod kDequeIterMethods[] = {
    {"__next__", deque_iter_next, 0, 0, 0, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__length_hint__", deque_iter_length_hint, 0, 0, 0, nullptr},
};
const NativeMethod kDequeRevIterMethods[] = {
    {"__next__", deque_reviter_next, 0, 0, 0, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
    {"__length_hint__", deque_iter_length_hint, 0, 0, 0, nullptr},
};

// --- defaultdict ---------------------------------------------------------------

Value factory(Value dd) { return *stm::read(dd.as<DictObject>())->trailer(); }
void set_factory(Value dd, Value f) { *stm::write(dd.as<DictObject>())->trailer() = f; }

Result<Value> defaultdict_new(ThreadState&, Value, CallArgs args) {
  TypeObject* type = args[0].as<TypeObject>();
  size_t size = stm::read(type)->instance_size;
  DictObject* d = allocate_object<DictObject>(type, size);
  *stm::view(d)->trailer() = g_none;
  return Value::from_object(d);
}

Result<Value> defaultdict_init(ThreadState& ts, Value self, CallArgs args) {
  Value f = g_none;
  CallArgs rest = args;
  if (args.nargs > 0) {
    f = args[0];
    if (!f.is(g_none) && !is_callable(f))
      return raise_type_error(ts, "first argument must be callable or None");
    rest = CallArgs{args.args + 1, args.nargs - 1, args.kwnames};
  }
  set_factory(self, f);
  Value dict_init = type_lookup(g_dict_type, g_name___init__);
  ValueVector full;
  full.push_back(self);
  for (size_t i = 0; i < rest.nargs + rest.nkw(); ++i) full.push_back(rest.args[i]);
  return call(ts, dict_init, CallArgs{full.data(), rest.nargs + 1, rest.kwnames});
}

Result<Value> defaultdict_missing(ThreadState& ts, Value self, CallArgs args) {
  Value f = factory(self);
  if (f.is(g_none)) return raise_with_args(ts, g_exc_KeyError, args[0]);
  Value v = PY_TRY(call(ts, f, {}));
  PY_TRY(set_item(ts, self, args[0], v));
  return v;
}

Result<Value> defaultdict_repr(ThreadState& ts, Value self, CallArgs) {
  Value f = factory(self);
  std::string frepr;
  {
    ReprGuard guard(f);
    if (guard.recursive()) frepr = "...";
    else frepr = PY_TRY(repr_utf8(ts, f));
  }
  Value dict_repr = type_lookup(g_dict_type, g_name___repr__);
  std::string base = PY_TRY(str_utf8(ts, PY_TRY(call_special(ts, dict_repr, self, {}))));
  return str_from_utf8(type_name(type_of(self)) + "(" + frepr + ", " + base + ")");
}

Result<Value> defaultdict_copy(ThreadState& ts, Value self, CallArgs) {
  return call(ts, Value::from_object(type_of(self)), {factory(self), self});
}

Result<Value> defaultdict_or(ThreadState& ts, Value self, CallArgs args) {
  if (!is_dict(args[0])) return g_notimplemented;
  Value copy = PY_TRY(defaultdict_copy(ts, self, CallArgs{}));
  PY_TRY(dict_update(ts, copy, args[0]));
  return copy;
}
Result<Value> defaultdict_ror(ThreadState& ts, Value self, CallArgs args) {
  if (!is_dict(args[0])) return g_notimplemented;
  Value copy = PY_TRY(call(ts, Value::from_object(type_of(self)), {factory(self), args[0]}));
  PY_TRY(dict_update(ts, copy, self));
  return copy;
}

Result<Value> defaultdict_get_factory(ThreadState&, Value self, CallArgs) { return factory(self); }
Result<Value> defaultdict_set_factory(ThreadState&, Value self, CallArgs args) {
  set_factory(self, args[0]);
  return g_none;
}

const NativeMethod kDefaultdictMethods[] = {
    {"__new__", defaultdict_new, 0, -1, kNativeStatic, nullptr},
    {"__init__", defaultdict_init, 0, -1, 0, nullptr},
    {"__missing__", defaultdict_missing, 1, 1, 0, nullptr},
    {"__repr__", defaultdict_repr, 0, 0, 0, nullptr},
    {"copy", defaultdict_copy, 0, 0, 0, nullptr},
    {"__copy__", defaultdict_copy, 0, 0, 0, nullptr},
    {"__or__", defaultdict_or, 1, 1, 0, nullptr},
    {"__ror__", defaultdict_ror, 1, 1, 0, nullptr},
    {"__class_getitem__", class_getitem, 1, 1, kNativeClass, nullptr},
};
const NativeMethod kFactoryGetter = {"default_factory", defaultdict_get_factory, 0, 0, 0, nullptr};
const NativeMethod kFactorySetter = {"default_factory", defaultdict_set_factory, 1, 1, 0, nullptr};

// --- _count_elements(mapping, iterable) --------------------------------------------

Result<Value> count_elements(ThreadState& ts, Value, CallArgs args) {
  Value mapping = args[0];
  Value it = PY_TRY(get_iter(ts, args[1]));
  Value get = PY_TRY(get_attr(ts, mapping, str_intern("get")));
  Value one = Value::small_int(1);
  while (true) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return g_none;
    Value old = PY_TRY(call(ts, get, {v, Value::small_int(0)}));
    PY_TRY(set_item(ts, mapping, v, PY_TRY(binary_op(ts, old, one, static_cast<uint32_t>(bytecode::BinaryOp::Add)))));
  }
}
const NativeMethod kFunctions[] = {{"_count_elements", count_elements, 2, 2, kNativeNoKeywords, nullptr}};

TypeObject* make_type(const char* name, TypeObject* base, ObjectKind kind, uint32_t size, uint32_t flags,
                      std::span<const NativeMethod> methods) {
  TypeObject* t = make_builtin_type(name, base, kind, size, flags);
  add_native_methods(t, methods);
  type_set_attr_nogc_fail(t, "__module__", str_intern("collections"));
  return t;
}

}  // namespace

Result<Value> create_collections_module(ThreadState&) {
  if (!g_deque_type) {
    g_deque_type = make_type("deque", g_object_type, ObjectKind::NativeState, sizeof(NativeStateObject),
                             kTypeBaseType, kDequeMethods);
    add_native_property(g_deque_type, &kDequeMaxlen, nullptr);
    type_set_attr_nogc_fail(g_deque_type, "__hash__", g_none);
    g_deque_iter_type = make_type("_deque_iterator", g_object_type, ObjectKind::NativeState,
                                  sizeof(NativeStateObject), 0, kDequeIterMethods);
    g_deque_reviter_type = make_type("_deque_reverse_iterator", g_object_type, ObjectKind::NativeState,
                                     sizeof(NativeStateObject), 0, kDequeRevIterMethods);
    g_defaultdict_type = make_type("defaultdict", g_dict_type, ObjectKind::Dict, sizeof(DictObject) + sizeof(Value),
                                   kTypeBaseType | kTypeDictTrailer, kDefaultdictMethods);
    add_native_property(g_defaultdict_type, &kFactoryGetter, &kFactorySetter);
  }
  Value module = module_new(str_intern("_collections"));
  module_set(module, "deque", Value::from_object(g_deque_type));
  module_set(module, "_deque_iterator", Value::from_object(g_deque_iter_type));
  module_set(module, "_deque_reverse_iterator", Value::from_object(g_deque_reviter_type));
  module_set(module, "defaultdict", Value::from_object(g_defaultdict_type));
  for (const NativeMethod& m : kFunctions) module_set(module, m.name, make_builtin_function(&m, Value()));
  return module;
}

}  // namespace pystm
