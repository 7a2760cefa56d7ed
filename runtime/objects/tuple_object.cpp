// runtime/objects/tuple_object.cpp — `tuple`.
#include "runtime/objects/tuple_object.h"

#include "runtime/core/value_vector.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iterator_objects.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

Value g_empty_tuple;

TupleObject* tuple_new(int64_t n) {
  if (n == 0 && !g_empty_tuple.is_null()) return g_empty_tuple.as<TupleObject>();
  // Exact tuples always live in the immutable space (allocate_object's
  // test, instances_are_immutable, holds for tuple itself): one call less.
  gc::ObjectHeader* h =
      stm::allocate_immutable(sizeof(TupleObject) + n * sizeof(Value), static_cast<uint16_t>(TupleObject::kKind));
  TupleObject* t = reinterpret_cast<TupleObject*>(h);
  TupleObject* tv = stm::view(t);
  tv->header.client = g_tuple_type;
  tv->size = n;
  for (int64_t i = 0; i < n; ++i) tv->items[i] = g_none;
  return t;
}

Value tuple_from(const Value* items, int64_t n) {
  if (n == 0 && !g_empty_tuple.is_null()) return g_empty_tuple;
  TupleObject* t = tuple_new(n);
  TupleObject* tv = stm::view(t);
  for (int64_t i = 0; i < n; ++i) tv->items[i] = items[i];
  return Value::from_object(t);
}

Value tuple_pack(std::initializer_list<Value> items) {
  return tuple_from(items.begin(), static_cast<int64_t>(items.size()));
}

namespace {

Result<Value> tuple_new_method(ThreadState& ts, Value, CallArgs args) {
  Value type = args[0];
  if (args.nargs == 1) return g_empty_tuple;
  if (args.nargs > 2) return raise_type_error(ts, "tuple expected at most 1 argument, got %zu", args.nargs - 1);
  Value iterable = args[1];
  if (type.as<TypeObject>() == g_tuple_type && type_of(iterable) == g_tuple_type) return iterable;
  Value list = PY_TRY(sequence_to_list(ts, iterable));
  return list_to_tuple(list);
}

Result<Value> tuple_len(ThreadState&, Value self, CallArgs) { return Value::small_int(tuple_size(self)); }

Result<Value> tuple_getitem(ThreadState& ts, Value self, CallArgs args) {
  Value key = args[0];
  int64_t n = tuple_size(self);
  if (is_slice(key)) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, key, n, &start, &stop, &step, &len));
    if (step == 1 && start == 0 && len == n && type_of(self) == g_tuple_type) return self;
    TupleObject* r = tuple_new(len);
    for (int64_t i = 0, j = start; i < len; ++i, j += step) stm::view(r)->items[i] = tuple_item(self, j);
    return Value::from_object(r);
  }
  int64_t i = PY_TRY(sequence_index(ts, key, n, "tuple"));
  return tuple_item(self, i);
}

Result<Value> tuple_contains(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = tuple_size(self);
  for (int64_t i = 0; i < n; ++i)
    if (PY_TRY(equals(ts, tuple_item(self, i), args[0]))) return g_true;
  return g_false;
}

Result<Value> tuple_iter(ThreadState&, Value self, CallArgs) { return seq_iterator_new(g_tuple_iterator_type, self); }

Result<Value> tuple_add(ThreadState& ts, Value self, CallArgs args) {
  Value other = args[0];
  if (!is_instance_of(other, g_tuple_type)) {
    return raise_type_error(ts, "can only concatenate tuple (not \"%s\") to tuple", type_name_of(other).c_str());
  }
  int64_t a = tuple_size(self), b = tuple_size(other);
  // Exact tuples are immutable: adding nothing gives the other operand back.
  if (b == 0 && type_of(self) == g_tuple_type) return self;
  if (a == 0 && type_of(other) == g_tuple_type) return other;
  TupleObject* r = tuple_new(a + b);
  for (int64_t i = 0; i < a; ++i) stm::view(r)->items[i] = tuple_item(self, i);
  for (int64_t i = 0; i < b; ++i) stm::view(r)->items[a + i] = tuple_item(other, i);
  return Value::from_object(r);
}

Result<Value> tuple_mul(ThreadState& ts, Value self, CallArgs args) {
  if (!is_int(args[0])) return g_notimplemented;
  int64_t count = PY_TRY(repeat_count(ts, args[0]));
  if (count < 0) count = 0;
  int64_t n = tuple_size(self);
  if (count == 1 && type_of(self) == g_tuple_type) return self;
  if (n && count > (int64_t{1} << 40) / n) return raise_memory_error(ts);
  TupleObject* r = tuple_new(n * count);
  for (int64_t c = 0; c < count; ++c)
    for (int64_t i = 0; i < n; ++i) stm::view(r)->items[c * n + i] = tuple_item(self, i);
  return Value::from_object(r);
}

Result<Value> tuple_compare(ThreadState& ts, Value self, Value other, uint32_t op) {
  if (!is_instance_of(other, g_tuple_type)) return g_notimplemented;
  return sequence_compare(ts, tuple_items(self), tuple_size(self), tuple_items(other), tuple_size(other), op);
}
Result<Value> tuple_eq(ThreadState& ts, Value s, CallArgs a) { return tuple_compare(ts, s, a[0], 2); }
Result<Value> tuple_ne(ThreadState& ts, Value s, CallArgs a) { return tuple_compare(ts, s, a[0], 3); }
Result<Value> tuple_lt(ThreadState& ts, Value s, CallArgs a) { return tuple_compare(ts, s, a[0], 0); }
Result<Value> tuple_le(ThreadState& ts, Value s, CallArgs a) { return tuple_compare(ts, s, a[0], 1); }
Result<Value> tuple_gt(ThreadState& ts, Value s, CallArgs a) { return tuple_compare(ts, s, a[0], 4); }
Result<Value> tuple_ge(ThreadState& ts, Value s, CallArgs a) { return tuple_compare(ts, s, a[0], 5); }

Result<Value> tuple_hash_method(ThreadState& ts, Value self, CallArgs) {
  // The xxHash-based combination CPython 3.8+ uses, so hash((1, 2)) matches.
  const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p5 = 2870177450012600261ull;
  int64_t n = tuple_size(self);
  uint64_t acc = p5;
  for (int64_t i = 0; i < n; ++i) {
    uint64_t lane = static_cast<uint64_t>(PY_TRY(hash(ts, tuple_item(self, i))));
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += static_cast<uint64_t>(n) ^ (p5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return Value::small_int(1546275796);
  return int_from_int64(static_cast<int64_t>(acc));
}

Result<Value> tuple_repr(ThreadState& ts, Value self, CallArgs) {
  int64_t n = tuple_size(self);
  if (n == 0) return str_from_ascii("()");
  ReprGuard guard(self);
  if (guard.recursive()) return str_from_ascii("(...)");
  std::string out = "(";
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    out += PY_TRY(repr_utf8(ts, tuple_item(self, i)));
  }
  if (n == 1) out += ",";
  out += ")";
  return str_from_utf8(out);
}

Result<Value> tuple_index(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = tuple_size(self);
  int64_t start = args.nargs > 1 ? PY_TRY(search_bound(ts, args[1], n)) : 0;
  int64_t stop = args.nargs > 2 ? PY_TRY(search_bound(ts, args[2], n)) : n;
  for (int64_t i = start; i < stop && i < n; ++i)
    if (PY_TRY(equals(ts, tuple_item(self, i), args[0]))) return Value::small_int(i);
  return raise(ts, g_exc_ValueError, "tuple.index(x): x not in tuple");
}

Result<Value> tuple_count(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = tuple_size(self), c = 0;
  for (int64_t i = 0; i < n; ++i) c += PY_TRY(equals(ts, tuple_item(self, i), args[0]));
  return Value::small_int(c);
}

// (self,): copy and pickle recreate a tuple subclass from its items.
Result<Value> tuple_getnewargs(ThreadState&, Value self, CallArgs) {
  return tuple_pack({tuple_from(tuple_items(self), tuple_size(self))});
}

const NativeMethod kTupleMethods[] = {
    {"__getnewargs__", tuple_getnewargs, 0, 0, 0, nullptr},
    {"__new__", tuple_new_method, 0, -1, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__len__", tuple_len, 0, 0, 0, nullptr},
    {"__getitem__", tuple_getitem, 1, 1, 0, nullptr},
    {"__contains__", tuple_contains, 1, 1, 0, nullptr},
    {"__iter__", tuple_iter, 0, 0, 0, nullptr},
    {"__add__", tuple_add, 1, 1, 0, nullptr},
    {"__mul__", tuple_mul, 1, 1, 0, nullptr},
    {"__rmul__", tuple_mul, 1, 1, 0, nullptr},
    {"__eq__", tuple_eq, 1, 1, 0, nullptr},
    {"__ne__", tuple_ne, 1, 1, 0, nullptr},
    {"__lt__", tuple_lt, 1, 1, 0, nullptr},
    {"__le__", tuple_le, 1, 1, 0, nullptr},
    {"__gt__", tuple_gt, 1, 1, 0, nullptr},
    {"__ge__", tuple_ge, 1, 1, 0, nullptr},
    {"__hash__", tuple_hash_method, 0, 0, 0, nullptr},
    {"__repr__", tuple_repr, 0, 0, 0, nullptr},
    {"index", tuple_index, 1, 3, 0, nullptr},
    {"count", tuple_count, 1, 1, 0, nullptr},
};

}  // namespace

void init_tuple_type() { add_native_methods(g_tuple_type, kTupleMethods); }

}  // namespace pystm
