// runtime/objects/list_object.cpp — `list`.
#include "runtime/objects/list_object.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

ValueArray* value_array_new(int64_t capacity) {
  ValueArray* a = allocate_object<ValueArray>(nullptr, sizeof(ValueArray) + capacity * sizeof(Value));
  stm::view(a)->capacity = capacity;
  return a;
}

Value list_new(int64_t capacity) {
  ListObject* l = allocate_object<ListObject>(g_list_type);
  if (capacity > 0) {
    ValueArray* items = value_array_new(capacity);
    stm::view(l)->items = items;
  }
  return Value::from_object(l);
}

Value list_from(const Value* items, int64_t n) {
  Value list = list_new(n);
  ListObject* l = stm::view(list.as<ListObject>());
  for (int64_t i = 0; i < n; ++i) stm::view(l->items)->items[i] = items[i];
  l->size = n;
  return list;
}

bool is_list(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::List; }
// Grows the item array so that `needed` items fit (amortised doubling).
static void list_reserve(Value list, int64_t needed) {
  const ListObject* l = stm::read(list.as<ListObject>());
  int64_t capacity = l->items ? stm::read(l->items)->capacity : 0;
  if (needed <= capacity) return;
  int64_t new_capacity = std::max<int64_t>(needed, capacity + (capacity >> 1) + 4);
  ValueArray* fresh = value_array_new(new_capacity);
  l = stm::read(list.as<ListObject>());
  if (l->items) {
    const ValueArray* old = stm::read(l->items);
    for (int64_t i = 0; i < l->size; ++i) stm::view(fresh)->items[i] = old->items[i];
  }
  stm::write(list.as<ListObject>())->items = fresh;
}

void list_append(Value list, Value item) {
  int64_t n = list_size(list);
  list_reserve(list, n + 1);
  ListObject* l = stm::write(list.as<ListObject>());
  stm::write(l->items)->items[n] = item;
  l->size = n + 1;
}

Value list_pop_last(Value list) {
  ListObject* l = stm::write(list.as<ListObject>());
  ValueArray* items = stm::write(l->items);
  Value last = items->items[l->size - 1];
  items->items[l->size - 1] = Value();
  l->size -= 1;
  return last;
}

Status list_extend(ThreadState& ts, Value list, Value iterable) {
  // Exact lists and tuples give their items directly; subclasses are
  // iterated (their __iter__ may differ), as in CPython — into a snapshot
  // first when a list extends itself.
  if (iterable.is(list) && type_of(list) != g_list_type) {
    Value snapshot = PY_TRY(sequence_to_list(ts, iterable));
    return list_extend(ts, list, snapshot);
  }
  if (type_of(iterable) == g_list_type || type_of(iterable) == g_tuple_type) {
    ValueVector snapshot;
    if (type_of(iterable) == g_list_type) {
      int64_t n = list_size(iterable);
      for (int64_t i = 0; i < n; ++i) snapshot.push_back(list_get(iterable, i));
    } else {
      int64_t n = tuple_size(iterable);
      for (int64_t i = 0; i < n; ++i) snapshot.push_back(tuple_item(iterable, i));
    }
    if (snapshot.empty()) return ok_status();
    int64_t n = list_size(list);
    list_reserve(list, n + static_cast<int64_t>(snapshot.size()));
    ListObject* l = stm::write(list.as<ListObject>());
    ValueArray* items = stm::write(l->items);
    for (size_t i = 0; i < snapshot.size(); ++i) items->items[n + i] = snapshot[i];
    l->size = n + static_cast<int64_t>(snapshot.size());
    return ok_status();
  }
  Value it = PY_TRY(get_iter(ts, iterable));
  for (;;) {
    Value item = PY_TRY(iter_next(ts, it));
    if (item.is_absent()) break;
    list_append(list, item);
  }
  return ok_status();
}

Value list_to_tuple(Value list) {
  int64_t n = list_size(list);
  TupleObject* t = tuple_new(n);
  const ValueArray* items = n ? stm::read(stm::read(list.as<ListObject>())->items) : nullptr;
  for (int64_t i = 0; i < n; ++i) stm::view(t)->items[i] = items->items[i];
  return Value::from_object(t);
}

namespace {

// Sort keys that all share one of these classes compare without dispatch
// (what int/str/float.__lt__ would answer for exact instances); exact
// tuples compare item by item that way while their items have one.
enum class KeyClass { kGeneric, kSmallInt, kStr, kFloat };

KeyClass key_class(Value v) {
  if (v.is_small_int()) return KeyClass::kSmallInt;
  if (!v.is_object()) return KeyClass::kGeneric;
  TypeObject* t = v.as_object()->type();
  if (t == g_str_type) return KeyClass::kStr;
  if (t == g_float_type) return KeyClass::kFloat;
  return KeyClass::kGeneric;
}

// The class every key has; kGeneric when they differ.
KeyClass common_key_class(const ValueVector& keys) {
  if (keys.size() == 0) return KeyClass::kGeneric;
  KeyClass c = key_class(keys[0]);
  for (size_t i = 1; i < keys.size() && c != KeyClass::kGeneric; ++i)
    if (key_class(keys[i]) != c) c = KeyClass::kGeneric;
  return c;
}

constexpr int kUnordered = 2;

// Three-way comparison of two values of class c (not kGeneric): <0, 0
// (equal), >0, or kUnordered (a NaN: only the full rules can tell).
int compare_same_class(KeyClass c, Value a, Value b) {
  if (c == KeyClass::kSmallInt) return (a.as_small_int() > b.as_small_int()) - (a.as_small_int() < b.as_small_int());
  if (c == KeyClass::kStr) {
    int r = str_compare(a, b);
    return (r > 0) - (r < 0);
  }
  double x = float_value(a), y = float_value(b);
  if (x < y) return -1;
  if (y < x) return 1;
  return x == y ? 0 : kUnordered;
}

// a < b for exact tuples as tuple.__lt__ answers it (identical items are
// equal; the first unequal pair decides), or -1 when an item pair has no
// common class and the full comparison must run.
int tuple_less(Value a, Value b) {
  int64_t na = tuple_size(a), nb = tuple_size(b);
  const Value* x = tuple_items(a);
  const Value* y = tuple_items(b);
  for (int64_t i = 0; i < na && i < nb; ++i) {
    if (x[i].is(y[i])) continue;
    KeyClass c = key_class(x[i]);
    if (c == KeyClass::kGeneric || key_class(y[i]) != c) return -1;
    int r = compare_same_class(c, x[i], y[i]);
    if (r == kUnordered) return -1;
    if (r != 0) return r < 0;
  }
  return na < nb;
}

}  // namespace

Status list_sort(ThreadState& ts, Value list, Value key, bool reverse) {
  int64_t n = list_size(list);
  ValueVector items, keys;
  for (int64_t i = 0; i < n; ++i) items.push_back(list_get(list, i));
  bool have_key = !key.is_null() && !key.is(g_none);
  if (have_key) {
    for (int64_t i = 0; i < n; ++i) keys.push_back(PY_TRY(call(ts, key, {items[i]})));
  }
  // Sort indices so that keys and items move together; stability is kept by
  // std::stable_sort; reverse keeps stability by reversing before and after.
  std::vector<int64_t> order(n);
  for (int64_t i = 0; i < n; ++i) order[i] = i;
  const ValueVector& k = have_key ? keys : items;
  KeyClass whole = common_key_class(k);
  bool tuples = whole == KeyClass::kGeneric && k.size() > 0;
  for (size_t i = 0; i < k.size() && tuples; ++i) tuples = type_of(k[i]) == g_tuple_type;
  if (reverse) std::reverse(order.begin(), order.end());
  bool failed = false;
  uint32_t comparisons = 0;
  std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
    if (failed) return false;
    // The keys and items are roots (ValueVector); `order` holds indices.
    if ((++comparisons & 1023) == 0) gc::poll_safe_point();
    if (whole != KeyClass::kGeneric) return compare_same_class(whole, k[a], k[b]) < 0;
    if (tuples) {
      int lt = tuple_less(k[a], k[b]);
      if (lt >= 0) return lt == 1;
    }
    Result<bool> lt = rich_compare_bool(ts, k[a], k[b], 0);
    if (lt.is_error()) { failed = true; return false; }
    return lt.value();
  });
  if (failed) return kError;
  if (reverse) std::reverse(order.begin(), order.end());
  ValueVector sorted;
  for (int64_t i = 0; i < n; ++i) sorted.push_back(items[order[i]]);
  if (list_size(list) != n) return raise(ts, g_exc_ValueError, "list modified during sort");
  for (int64_t i = 0; i < n; ++i) list_set(list, i, sorted[i]);
  return ok_status();
}

Result<Value> list_get_slice(ThreadState& ts, Value self, Value slice) {
  int64_t start, stop, step, len;
  PY_TRY(slice_indices(ts, slice, list_size(self), &start, &stop, &step, &len));
  Value r = list_new(len);
  if (len > 0) {
    ListObject* rl = stm::view(r.as<ListObject>());
    Value* out = stm::view(rl->items)->items;
    const Value* in = stm::read(stm::read(self.as<ListObject>())->items)->items;
    for (int64_t i = 0, j = start; i < len; ++i, j += step) out[i] = in[j];
    rl->size = len;
  }
  return r;
}

// Replaces items [start, stop) of `self` (which has n of them) by the m
// values at `source`, in place: moves the tail, then copies them in. `source`
// must not be self's own storage (list_reserve may replace it).
static void splice_items(Value self, int64_t n, int64_t start, int64_t stop, const Value* source, int64_t m) {
  if (stop < start) stop = start;
  int64_t new_size = n - (stop - start) + m;
  list_reserve(self, new_size);
  ListObject* l = stm::write(self.as<ListObject>());
  if (new_size > 0 || n > 0) {
    Value* items = stm::write(l->items)->items;
    std::memmove(items + start + m, items + stop, (n - stop) * sizeof(Value));
    for (int64_t i = 0; i < m; ++i) items[start + i] = source[i];
    for (int64_t i = new_size; i < n; ++i) items[i] = Value();
  }
  l->size = new_size;
}

Status list_assign_slice(ThreadState& ts, Value self, Value key, Value value) {
  int64_t n = list_size(self);
  int64_t start, stop, step, len;
  PY_TRY(slice_indices(ts, key, n, &start, &stop, &step, &len));
  // Exact lists and tuples give their items directly; anything else,
  // subclasses included (their __iter__ may differ), is iterated, as in CPython.
  if (step == 1 && !value.is_null() && !value.is(self) &&
      (type_of(value) == g_list_type || type_of(value) == g_tuple_type)) {
    // Another list's or a tuple's items, copied straight from its storage
    // (no snapshot: it cannot change while this runs).
    bool list = type_of(value) == g_list_type;
    int64_t m = list ? list_size(value) : tuple_size(value);
    const Value* source = m == 0 ? nullptr
                          : list ? stm::read(stm::read(value.as<ListObject>())->items)->items
                                 : tuple_items(value);
    splice_items(self, n, start, stop, source, m);
    return ok_status();
  }
  ValueVector fresh;
  if (!value.is_null()) {
    // (a[i:j] = a copies a's own items, whatever its class.)
    if (type_of(value) == g_list_type || type_of(value) == g_tuple_type || value.is(self)) {
      bool list = type_of(value) != g_tuple_type;
      int64_t m = list ? list_size(value) : tuple_size(value);
      fresh.reserve(m);
      for (int64_t i = 0; i < m; ++i) fresh.push_back(list ? list_get(value, i) : tuple_item(value, i));
    } else {
      Value seq = PY_TRY(sequence_to_list(ts, value));
      int64_t m = list_size(seq);
      for (int64_t i = 0; i < m; ++i) fresh.push_back(list_get(seq, i));
    }
  }
  if (step == 1) {
    // (fresh is a snapshot, so a[i:j] = a works.)
    splice_items(self, n, start, stop, fresh.data(), static_cast<int64_t>(fresh.size()));
    return ok_status();
  }
  if (value.is_null()) {  // del a[::k]
    ValueVector keep;
    for (int64_t i = 0; i < n; ++i) {
      bool removed = false;
      if (step > 0) removed = i >= start && i < stop && (i - start) % step == 0;
      else removed = i <= start && i > stop && (start - i) % (-step) == 0;
      if (!removed) keep.push_back(list_get(self, i));
    }
    ListObject* l = stm::write(self.as<ListObject>());
    for (size_t i = 0; i < keep.size(); ++i) stm::write(l->items)->items[i] = keep[i];
    l->size = static_cast<int64_t>(keep.size());
    return ok_status();
  }
  if (static_cast<int64_t>(fresh.size()) != len) {
    return raise_value_error(ts, "attempt to assign sequence of size %zu to extended slice of size %ld",
                             fresh.size(), static_cast<long>(len));
  }
  for (int64_t i = 0, j = start; i < len; ++i, j += step) list_set(self, j, fresh[i]);
  return ok_status();
}

namespace {

Result<Value> list_new_method(ThreadState&, Value, CallArgs args) {
  ListObject* l = allocate_object<ListObject>(args[0].as<TypeObject>());
  return Value::from_object(l);
}

Result<Value> list_init(ThreadState& ts, Value self, CallArgs args) {
  if (args.nargs > 1) return raise_type_error(ts, "list expected at most 1 argument, got %zu", args.nargs);
  stm::write(self.as<ListObject>())->size = 0;
  if (args.nargs == 1) PY_TRY(list_extend(ts, self, args[0]));
  return g_none;
}

Result<Value> list_len(ThreadState&, Value self, CallArgs) { return Value::small_int(list_size(self)); }

Result<Value> list_getitem(ThreadState& ts, Value self, CallArgs args) {
  Value key = args[0];
  int64_t n = list_size(self);
  if (is_slice(key)) return list_get_slice(ts, self, key);
  int64_t i = PY_TRY(sequence_index(ts, key, n, "list"));
  return list_get(self, i);
}

Result<Value> list_setitem(ThreadState& ts, Value self, CallArgs args) {
  if (is_slice(args[0])) {
    PY_TRY(list_assign_slice(ts, self, args[0], args[1]));
    return g_none;
  }
  int64_t i = PY_TRY(sequence_index(ts, args[0], list_size(self), "list assignment"));
  list_set(self, i, args[1]);
  return g_none;
}

Status list_delete_at(Value self, int64_t i) {
  int64_t n = list_size(self);
  ListObject* l = stm::write(self.as<ListObject>());
  ValueArray* items = stm::write(l->items);
  for (int64_t j = i; j + 1 < n; ++j) items->items[j] = items->items[j + 1];
  items->items[n - 1] = Value();
  l->size = n - 1;
  return ok_status();
}

Result<Value> list_delitem(ThreadState& ts, Value self, CallArgs args) {
  if (is_slice(args[0])) {
    PY_TRY(list_assign_slice(ts, self, args[0], Value()));
    return g_none;
  }
  int64_t i = PY_TRY(sequence_index(ts, args[0], list_size(self), "list assignment"));
  PY_TRY(list_delete_at(self, i));
  return g_none;
}

Result<Value> list_contains(ThreadState& ts, Value self, CallArgs args) {
  for (int64_t i = 0; i < list_size(self); ++i)
    if (PY_TRY(equals(ts, list_get(self, i), args[0]))) return g_true;
  return g_false;
}

Result<Value> list_iter(ThreadState&, Value self, CallArgs) { return seq_iterator_new(g_list_iterator_type, self); }

Result<Value> list_reversed(ThreadState&, Value self, CallArgs) {
  Value it = seq_iterator_new(list_reverse_iterator_type(), self, list_size(self) - 1);
  return it;
}

Result<Value> list_append_method(ThreadState&, Value self, CallArgs args) {
  list_append(self, args[0]);
  return g_none;
}

Result<Value> list_extend_method(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(list_extend(ts, self, args[0]));
  return g_none;
}

Result<Value> list_pop(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = list_size(self);
  if (n == 0) return raise(ts, g_exc_IndexError, "pop from empty list");
  int64_t i = n - 1;
  if (args.nargs == 1) {
    i = PY_TRY(index_as_ssize(ts, args[0]));
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(ts, g_exc_IndexError, "pop index out of range");
  }
  Value item = list_get(self, i);
  PY_TRY(list_delete_at(self, i));
  return item;
}

Result<Value> list_insert(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = list_size(self);
  int64_t i = PY_TRY(index_as_ssize(ts, args[0]));
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  list_reserve(self, n + 1);
  ListObject* l = stm::write(self.as<ListObject>());
  ValueArray* items = stm::write(l->items);
  for (int64_t j = n; j > i; --j) items->items[j] = items->items[j - 1];
  items->items[i] = args[1];
  l->size = n + 1;
  return g_none;
}

Result<Value> list_remove(ThreadState& ts, Value self, CallArgs args) {
  for (int64_t i = 0; i < list_size(self); ++i) {
    if (PY_TRY(equals(ts, list_get(self, i), args[0]))) {
      PY_TRY(list_delete_at(self, i));
      return g_none;
    }
  }
  return raise(ts, g_exc_ValueError, "list.remove(x): x not in list");
}

Result<Value> list_index(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = list_size(self);
  int64_t start = args.nargs > 1 ? PY_TRY(search_bound(ts, args[1], n)) : 0;
  int64_t stop = args.nargs > 2 ? PY_TRY(search_bound(ts, args[2], n)) : n;
  for (int64_t i = start; i < stop && i < list_size(self); ++i)
    if (PY_TRY(equals(ts, list_get(self, i), args[0]))) return Value::small_int(i);
  std::string r = PY_TRY(repr_utf8(ts, args[0]));
  return raise(ts, g_exc_ValueError, "%s is not in list", r.c_str());
}

Result<Value> list_count(ThreadState& ts, Value self, CallArgs args) {
  int64_t c = 0;
  for (int64_t i = 0; i < list_size(self); ++i) c += PY_TRY(equals(ts, list_get(self, i), args[0]));
  return Value::small_int(c);
}

Result<Value> list_sort_method(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(check_keywords(ts, "sort", args, {"key", "reverse"}));
  if (args.nargs > 0) return raise_type_error(ts, "sort() takes no positional arguments");
  Value key = keyword_arg(args, "key");
  Value reverse = keyword_arg(args, "reverse");
  bool rev = reverse.is_null() ? false : PY_TRY(is_true(ts, reverse));
  PY_TRY(list_sort(ts, self, key, rev));
  return g_none;
}

Result<Value> list_reverse(ThreadState&, Value self, CallArgs) {
  int64_t n = list_size(self);
  for (int64_t i = 0, j = n - 1; i < j; ++i, --j) {
    Value a = list_get(self, i);
    list_set(self, i, list_get(self, j));
    list_set(self, j, a);
  }
  return g_none;
}

Result<Value> list_clear(ThreadState&, Value self, CallArgs) {
  ListObject* l = stm::write(self.as<ListObject>());
  l->size = 0;
  l->items = nullptr;
  return g_none;
}

Result<Value> list_copy(ThreadState&, Value self, CallArgs) {
  int64_t n = list_size(self);
  Value r = list_new(n);
  for (int64_t i = 0; i < n; ++i) list_append(r, list_get(self, i));
  return r;
}

Result<Value> list_add(ThreadState& ts, Value self, CallArgs args) {
  if (!is_list(args[0]) && !is_instance_of(args[0], g_list_type)) {
    return raise_type_error(ts, "can only concatenate list (not \"%s\") to list", type_name_of(args[0]).c_str());
  }
  int64_t a = list_size(self), b = list_size(args[0]);
  Value r = list_new(a + b);
  for (int64_t i = 0; i < a; ++i) list_append(r, list_get(self, i));
  for (int64_t i = 0; i < b; ++i) list_append(r, list_get(args[0], i));
  return r;
}

Result<Value> list_iadd(ThreadState& ts, Value self, CallArgs args) {
  PY_TRY(list_extend(ts, self, args[0]));
  return self;
}

Result<Value> list_mul(ThreadState& ts, Value self, CallArgs args) {
  if (!is_int(args[0])) return g_notimplemented;
  int64_t count = PY_TRY(repeat_count(ts, args[0]));
  int64_t n = list_size(self);
  if (count <= 0 || n == 0) return list_new(0);
  if (count > (int64_t{1} << 40) / n) return raise_memory_error(ts);
  Value r = list_new(n * count);
  for (int64_t c = 0; c < count; ++c)
    for (int64_t i = 0; i < n; ++i) list_append(r, list_get(self, i));
  return r;
}

Result<Value> list_imul(ThreadState& ts, Value self, CallArgs args) {
  Value r = PY_TRY(list_mul(ts, self, args));
  if (r.is(g_notimplemented)) return r;
  int64_t n = list_size(r);
  stm::write(self.as<ListObject>())->size = 0;
  list_reserve(self, n);
  for (int64_t i = 0; i < n; ++i) list_append(self, list_get(r, i));
  return self;
}

Result<Value> list_compare(ThreadState& ts, Value self, Value other, uint32_t op) {
  if (!is_instance_of(other, g_list_type)) return g_notimplemented;
  ValueVector a, b;
  for (int64_t i = 0; i < list_size(self); ++i) a.push_back(list_get(self, i));
  for (int64_t i = 0; i < list_size(other); ++i) b.push_back(list_get(other, i));
  return sequence_compare(ts, a.data(), static_cast<int64_t>(a.size()), b.data(),
                          static_cast<int64_t>(b.size()), op);
}
Result<Value> list_eq(ThreadState& ts, Value s, CallArgs a) { return list_compare(ts, s, a[0], 2); }
Result<Value> list_ne(ThreadState& ts, Value s, CallArgs a) { return list_compare(ts, s, a[0], 3); }
Result<Value> list_lt(ThreadState& ts, Value s, CallArgs a) { return list_compare(ts, s, a[0], 0); }
Result<Value> list_le(ThreadState& ts, Value s, CallArgs a) { return list_compare(ts, s, a[0], 1); }
Result<Value> list_gt(ThreadState& ts, Value s, CallArgs a) { return list_compare(ts, s, a[0], 4); }
Result<Value> list_ge(ThreadState& ts, Value s, CallArgs a) { return list_compare(ts, s, a[0], 5); }

Result<Value> list_repr(ThreadState& ts, Value self, CallArgs) {
  if (list_size(self) == 0) return str_from_ascii("[]");
  ReprGuard guard(self);
  if (guard.recursive()) return str_from_ascii("[...]");
  std::string out = "[";
  for (int64_t i = 0; i < list_size(self); ++i) {
    if (i) out += ", ";
    out += PY_TRY(repr_utf8(ts, list_get(self, i)));
  }
  out += "]";
  return str_from_utf8(out);
}

const NativeMethod kListMethods[] = {
    {"__new__", list_new_method, 0, -1, kNativeStatic, nullptr},
    {"__init__", list_init, 0, 1, kNativeNoKeywords | kNativeArgsTuple, nullptr},
    {"__len__", list_len, 0, 0, 0, nullptr},
    {"__getitem__", list_getitem, 1, 1, 0, nullptr},
    {"__setitem__", list_setitem, 2, 2, 0, nullptr},
    {"__delitem__", list_delitem, 1, 1, 0, nullptr},
    {"__contains__", list_contains, 1, 1, 0, nullptr},
    {"__iter__", list_iter, 0, 0, 0, nullptr},
    {"__reversed__", list_reversed, 0, 0, 0, nullptr},
    {"__add__", list_add, 1, 1, 0, nullptr},
    {"__iadd__", list_iadd, 1, 1, 0, nullptr},
    {"__mul__", list_mul, 1, 1, 0, nullptr},
    {"__rmul__", list_mul, 1, 1, 0, nullptr},
    {"__imul__", list_imul, 1, 1, 0, nullptr},
    {"__eq__", list_eq, 1, 1, 0, nullptr},
    {"__ne__", list_ne, 1, 1, 0, nullptr},
    {"__lt__", list_lt, 1, 1, 0, nullptr},
    {"__le__", list_le, 1, 1, 0, nullptr},
    {"__gt__", list_gt, 1, 1, 0, nullptr},
    {"__ge__", list_ge, 1, 1, 0, nullptr},
    {"__repr__", list_repr, 0, 0, 0, nullptr},
    {"append", list_append_method, 1, 1, kNativeNoKeywords, nullptr},
    {"extend", list_extend_method, 1, 1, kNativeNoKeywords, nullptr},
    {"pop", list_pop, 0, 1, kNativeNoKeywords, nullptr},
    {"insert", list_insert, 2, 2, kNativeNoKeywords, nullptr},
    {"remove", list_remove, 1, 1, kNativeNoKeywords, nullptr},
    {"index", list_index, 1, 3, kNativeNoKeywords, nullptr},
    {"count", list_count, 1, 1, kNativeNoKeywords, nullptr},
    {"sort", list_sort_method, 0, -1, 0, nullptr},
    {"reverse", list_reverse, 0, 0, 0, nullptr},
    {"clear", list_clear, 0, 0, 0, nullptr},
    {"copy", list_copy, 0, 0, 0, nullptr},
};

}  // namespace

void init_list_type() {
  add_native_methods(g_list_type, kListMethods);
  type_set_attr_nogc_fail(g_list_type, "__hash__", g_none);
}

}  // namespace pystm
