// runtime/objects/long_range_object.cpp — range() beyond int64 (library
// reference "Ranges"): length, iteration both ways, indexing, membership,
// repr, ==, index(). Arithmetic is exact int arithmetic (int_* helpers).
#include "runtime/objects/long_range_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/thread_state.h"

namespace pystm {

namespace {

TypeObject* g_longrange_iterator_type = nullptr;
const LongRangeObject* lr(Value v) { return stm::view(v.as<LongRangeObject>()); }

// Number of items of range(start, stop, step) (CPython's compute_range_length).
Result<Value> compute_length(ThreadState& ts, Value start, Value stop, Value step) {
  Value lo = start, hi = stop, s = step;
  if (int_sign(step) < 0) {
    lo = stop;
    hi = start;
    s = PY_TRY(int_sub(ts, Value::small_int(0), step));
  }
  if (int_compare(lo, hi) >= 0) return Value::small_int(0);
  // (hi - lo - 1) // s + 1
  Value diff = PY_TRY(int_sub(ts, PY_TRY(int_sub(ts, hi, lo)), Value::small_int(1)));
  return int_add(ts, PY_TRY(int_floordiv(ts, diff, s)), Value::small_int(1));
}

Value item_at(ThreadState& ts, const LongRangeObject* r, Value i, Result<Value>* err) {
  Result<Value> off = int_mul(ts, i, r->step);
  if (!off.ok()) return *err = off, Value();
  Result<Value> v = int_add(ts, r->start, off.value());
  if (!v.ok()) return *err = v, Value();
  return v.value();
}

Result<Value> iterator_next(ThreadState& ts, Value self, CallArgs) {
  const LongRangeIteratorObject* it = stm::read(self.as<LongRangeIteratorObject>());
  if (int_sign(it->remaining) <= 0) return raise_empty(ts, g_exc_StopIteration);
  Value result = it->next;
  Value next = PY_TRY(int_add(ts, it->next, it->step));
  Value remaining = PY_TRY(int_sub(ts, it->remaining, Value::small_int(1)));
  LongRangeIteratorObject* w = stm::write(self.as<LongRangeIteratorObject>());
  w->next = next;
  w->remaining = remaining;
  return result;
}
Result<Value> iterator_self(ThreadState&, Value self, CallArgs) { return self; }

const NativeMethod kIteratorMethods[] = {
    {"__next__", iterator_next, 0, 0, 0, nullptr},
    {"__iter__", iterator_self, 0, 0, 0, nullptr},
};

// Index of int x in the range, or null when it is not an item.
Result<Value> position_of(ThreadState& ts, Value self, Value x) {
  const LongRangeObject* r = lr(self);
  bool in = int_sign(r->step) > 0 ? (int_compare(x, r->start) >= 0 && int_compare(x, r->stop) < 0)
                                  : (int_compare(x, r->start) <= 0 && int_compare(x, r->stop) > 0);
  if (!in) return Value::absent();
  Value off = PY_TRY(int_sub(ts, x, r->start));
  if (int_sign(PY_TRY(int_mod(ts, off, r->step))) != 0) return Value::absent();
  return int_floordiv(ts, off, r->step);
}

}  // namespace

Result<Value> long_range_new(ThreadState& ts, Value start, Value stop, Value step) {
  Value length = PY_TRY(compute_length(ts, start, stop, step));
  LongRangeObject* r = allocate_object<LongRangeObject>(g_range_type);
  LongRangeObject* rv = stm::view(r);
  rv->start = start;
  rv->stop = stop;
  rv->step = step;
  rv->length = length;
  return Value::from_object(r);
}

Result<Value> long_range_len(ThreadState& ts, Value self) {
  int64_t n;
  if (!int_to_int64(lr(self)->length, &n)) return raise_overflow(ts, "Python int too large to convert to C ssize_t");
  return lr(self)->length;
}

Result<Value> long_range_iter(ThreadState& ts, Value self, bool reversed) {
  const LongRangeObject* r = lr(self);
  Value next = r->start, step = r->step;
  if (reversed) {
    Result<Value> err = Value::small_int(0);
    Value last_index = PY_TRY(int_sub(ts, r->length, Value::small_int(1)));
    next = item_at(ts, r, last_index, &err);
    if (next.is_null()) return err;
    step = PY_TRY(int_sub(ts, Value::small_int(0), r->step));
  }
  LongRangeIteratorObject* it = allocate_object<LongRangeIteratorObject>(g_longrange_iterator_type);
  stm::view(it)->next = next;
  stm::view(it)->step = step;
  stm::view(it)->remaining = r->length;
  return Value::from_object(it);
}

Result<Value> long_range_getitem(ThreadState& ts, Value self, Value key) {
  const LongRangeObject* r = lr(self);
  if (!is_int(key) && lookup_special(key, str_intern("__index__")).is_null())
    return raise_type_error(ts, "range indices must be integers or slices, not %s", type_name_of(key).c_str());
  Value i = PY_TRY(index_value(ts, key));
  if (int_sign(i) < 0) i = PY_TRY(int_add(ts, i, r->length));
  if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) return raise(ts, g_exc_IndexError, "range object index out of range");
  Result<Value> err = Value::small_int(0);
  Value v = item_at(ts, r, i, &err);
  if (v.is_null()) return err;
  return v;
}

Result<Value> long_range_contains(ThreadState& ts, Value self, Value item) {
  if (type_of(item) == g_int_type || type_of(item) == g_bool_type)
    return bool_value(!PY_TRY(position_of(ts, self, item)).is_absent());
  Value it = PY_TRY(long_range_iter(ts, self, false));
  while (true) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return g_false;
    if (PY_TRY(equals(ts, v, item))) return g_true;
  }
}

Result<Value> long_range_repr(ThreadState& ts, Value self) {
  const LongRangeObject* r = lr(self);
  std::string s = "range(" + PY_TRY(repr_utf8(ts, r->start)) + ", " + PY_TRY(repr_utf8(ts, r->stop));
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) s += ", " + PY_TRY(repr_utf8(ts, r->step));
  return str_from_ascii(s + ")");
}

Result<Value> long_range_eq(ThreadState& ts, Value self, Value other) {
  if (type_of(other) != g_range_type) return g_notimplemented;
  Value o[3];
  for (int k = 0; k < 3; ++k) o[k] = PY_TRY(get_attr(ts, other, str_intern(k == 0 ? "start" : k == 1 ? "stop" : "step")));
  Value olen = PY_TRY(compute_length(ts, o[0], o[1], o[2]));
  const LongRangeObject* a = lr(self);
  if (int_compare(a->length, olen) != 0) return g_false;
  if (int_sign(a->length) == 0) return g_true;
  if (int_compare(a->start, o[0]) != 0) return g_false;
  return bool_value((olen.is_small_int() && olen.as_small_int() == 1) || int_compare(a->step, o[2]) == 0);
}

Result<Value> long_range_index(ThreadState& ts, Value self, Value item) {
  if (is_int(item)) {
    Value pos = PY_TRY(position_of(ts, self, item));
    if (!pos.is_absent()) return pos;
  }
  return raise_value_error(ts, "%s is not in range", PY_TRY(repr_utf8(ts, item)).c_str());
}

Result<Value> long_range_field(Value self, int which) {
  const LongRangeObject* r = lr(self);
  return which == 0 ? r->start : which == 1 ? r->stop : which == 2 ? r->step : r->length;
}

void init_long_range_iterator_type() {
  g_longrange_iterator_type = make_builtin_type("longrange_iterator", g_object_type, ObjectKind::LongRangeIterator,
                                                sizeof(LongRangeIteratorObject), 0);
  add_native_methods(g_longrange_iterator_type, kIteratorMethods);
}

}  // namespace pystm
