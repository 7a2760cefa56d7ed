// runtime/objects/range_object.cpp — `range` with small-int bounds; other
// ranges use the exact layout of long_range_object.cpp (each method
// dispatches on the layout).
#include "runtime/objects/range_object.h"

#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/long_range_object.h"
#include "runtime/objects/sequence_helpers.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"
#include "runtime/vm/names.h"

namespace pystm {

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

static Value make_range(int64_t start, int64_t stop, int64_t step) {
  RangeObject* r = allocate_object<RangeObject>(g_range_type);
  RangeObject* rv = stm::view(r);
  rv->start = start;
  rv->stop = stop;
  rv->step = step;
  rv->length = range_length(start, stop, step);
  return Value::from_object(r);
}

namespace {

// An argument of range(): an int (via __index__).
Result<Value> range_arg(ThreadState& ts, Value v) {
  if (v.is_small_int()) return v;
  if (!is_int(v) && lookup_special(v, str_intern("__index__")).is_null())
    return raise_type_error(ts, "'%s' object cannot be interpreted as an integer", type_name_of(v).c_str());
  return index_value(ts, v);
}

Result<Value> range_new(ThreadState& ts, Value, CallArgs args) {
  size_t n = args.nargs - 1;
  if (n == 0) return raise_type_error(ts, "range expected at least 1 argument, got 0");
  if (n > 3) return raise_type_error(ts, "range expected at most 3 arguments, got %zu", n);
  Value start = Value::small_int(0), stop, step = Value::small_int(1);
  if (n == 1) {
    stop = PY_TRY(range_arg(ts, args[1]));
  } else {
    start = PY_TRY(range_arg(ts, args[1]));
    stop = PY_TRY(range_arg(ts, args[2]));
    if (n == 3) step = PY_TRY(range_arg(ts, args[3]));
  }
  if (int_sign(step) == 0) return raise_value_error(ts, "range() arg 3 must not be zero");
  // int64 bounds whose length and item arithmetic cannot overflow use the
  // compact layout; anything else the exact one (long_range_object.cpp).
  if (start.is_small_int() && stop.is_small_int() && step.is_small_int())
    return make_range(start.as_small_int(), stop.as_small_int(), step.as_small_int());
  return long_range_new(ts, start, stop, step);
}

const RangeObject* rng(Value v) { return stm::view(v.as<RangeObject>()); }

Result<Value> range_len(ThreadState& ts, Value self, CallArgs) {
  if (is_long_range(self)) return long_range_len(ts, self);
  return int_from_int64(rng(self)->length);
}

Result<Value> range_bool(ThreadState&, Value self, CallArgs) {
  if (is_long_range(self)) return bool_value(int_sign(long_range_field(self, 3).value()) != 0);
  return bool_value(rng(self)->length != 0);
}

Result<Value> range_iter(ThreadState& ts, Value self, CallArgs) {
  if (is_long_range(self)) return long_range_iter(ts, self, false);
  RangeIteratorObject* it = allocate_object<RangeIteratorObject>(g_range_iterator_type);
  stm::view(it)->next = rng(self)->start;
  stm::view(it)->step = rng(self)->step;
  stm::view(it)->remaining = rng(self)->length;
  return Value::from_object(it);
}

Result<Value> range_reversed(ThreadState& ts, Value self, CallArgs) {
  if (is_long_range(self)) return long_range_iter(ts, self, true);
  const RangeObject* r = rng(self);
  RangeIteratorObject* it = allocate_object<RangeIteratorObject>(g_range_iterator_type);
  stm::view(it)->next = r->start + (r->length - 1) * r->step;
  stm::view(it)->step = -r->step;
  stm::view(it)->remaining = r->length;
  return Value::from_object(it);
}

Result<Value> range_getitem(ThreadState& ts, Value self, CallArgs args) {
  if (!is_slice(args[0]) && !is_int(args[0]) && lookup_special(args[0], g_name___index__).is_null())
    return raise_type_error(ts, "range indices must be integers or slices, not %s", type_name_of(args[0]).c_str());
  if (is_long_range(self)) return long_range_getitem(ts, self, args[0]);
  const RangeObject* r = rng(self);
  if (is_slice(args[0])) {
    int64_t start, stop, step, len;
    PY_TRY(slice_indices(ts, args[0], r->length, &start, &stop, &step, &len));
    return make_range(r->start + start * r->step, r->start + stop * r->step, step * r->step);
  }
  int64_t i = PY_TRY(sequence_index(ts, args[0], r->length, "range object"));
  return int_from_int64(r->start + i * r->step);
}

Result<Value> range_contains(ThreadState& ts, Value self, CallArgs args) {
  if (is_long_range(self)) return long_range_contains(ts, self, args[0]);
  const RangeObject* r = rng(self);
  Value v = args[0];
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    bool in = r->step > 0 ? (x >= r->start && x < r->stop) : (x <= r->start && x > r->stop);
    return bool_value(in && (x - r->start) % r->step == 0);
  }
  for (int64_t i = 0; i < r->length; ++i)
    if (PY_TRY(equals(ts, int_from_int64(r->start + i * r->step), v))) return g_true;
  return g_false;
}

Result<Value> range_repr(ThreadState& ts, Value self, CallArgs) {
  if (is_long_range(self)) return long_range_repr(ts, self);
  const RangeObject* r = rng(self);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return str_from_ascii(s + ")");
}

Result<Value> range_eq(ThreadState& ts, Value self, CallArgs args) {
  if (type_of(args[0]) != g_range_type) return g_notimplemented;
  if (is_long_range(self)) return long_range_eq(ts, self, args[0]);
  if (is_long_range(args[0])) return long_range_eq(ts, args[0], self);
  const RangeObject* a = rng(self);
  const RangeObject* b = rng(args[0]);
  if (a->length != b->length) return g_false;
  if (a->length == 0) return g_true;
  if (a->start != b->start) return g_false;
  return bool_value(a->length == 1 || a->step == b->step);
}

Result<Value> range_index(ThreadState& ts, Value self, CallArgs args) {
  if (is_long_range(self)) return long_range_index(ts, self, args[0]);
  const RangeObject* r = rng(self);
  if (args[0].is_small_int()) {
    int64_t x = args[0].as_small_int();
    bool in = r->step > 0 ? (x >= r->start && x < r->stop) : (x <= r->start && x > r->stop);
    if (in && (x - r->start) % r->step == 0) return int_from_int64((x - r->start) / r->step);
  } else if (!is_int(args[0])) {
    // Not an int: a sequential search with ==, as for any sequence.
    for (int64_t i = 0; i < r->length; ++i)
      if (PY_TRY(equals(ts, int_from_int64(r->start + i * r->step), args[0]))) return int_from_int64(i);
  }
  std::string s = PY_TRY(repr_utf8(ts, args[0]));
  return raise_value_error(ts, "%s is not in range", s.c_str());
}

// hash(range) agrees with ==: hash((len, start, step)) with the start and
// step of empty and one-element ranges replaced by None, as CPython does.
Result<Value> range_hash(ThreadState& ts, Value self, CallArgs) {
  Value len = is_long_range(self) ? PY_TRY(long_range_field(self, 3)) : int_from_int64(rng(self)->length);
  Value start = is_long_range(self) ? PY_TRY(long_range_field(self, 0)) : int_from_int64(rng(self)->start);
  Value step = is_long_range(self) ? PY_TRY(long_range_field(self, 2)) : int_from_int64(rng(self)->step);
  int64_t n;
  bool small = int_to_int64(len, &n);
  Value key = small && n == 0 ? tuple_pack({len, g_none, g_none})
              : small && n == 1 ? tuple_pack({len, start, g_none})
                                : tuple_pack({len, start, step});
  return int_from_int64(PY_TRY(hash(ts, key)));
}

// range.count: 0 or 1 for an int, a sequential count for anything else.
Result<Value> range_count(ThreadState& ts, Value self, CallArgs args) {
  if (is_int(args[0]) && type_of(args[0]) != g_bool_type) {
    Value in = PY_TRY(range_contains(ts, self, args));
    return Value::small_int(in.is(g_true) ? 1 : 0);
  }
  Value it = PY_TRY(get_iter(ts, self));
  int64_t n = 0;
  for (;;) {
    Value v = PY_TRY(iter_next(ts, it));
    if (v.is_absent()) return Value::small_int(n);
    n += PY_TRY(equals(ts, v, args[0])) ? 1 : 0;
  }
}

Result<Value> range_start(ThreadState&, Value s, CallArgs) {
  return is_long_range(s) ? long_range_field(s, 0) : int_from_int64(rng(s)->start);
}
Result<Value> range_stop(ThreadState&, Value s, CallArgs) {
  return is_long_range(s) ? long_range_field(s, 1) : int_from_int64(rng(s)->stop);
}
Result<Value> range_step(ThreadState&, Value s, CallArgs) {
  return is_long_range(s) ? long_range_field(s, 2) : int_from_int64(rng(s)->step);
}

Result<Value> range_iterator_next(ThreadState& ts, Value self, CallArgs) {
  RangeIteratorObject* it = stm::write(self.as<RangeIteratorObject>());
  if (it->remaining <= 0) return raise_empty(ts, g_exc_StopIteration);
  int64_t v = it->next;
  it->next += it->step;
  it->remaining -= 1;
  return int_from_int64(v);
}
Result<Value> iter_self(ThreadState&, Value self, CallArgs) { return self; }

// range(a, b, c).__reduce__() == (range, (a, b, c)).
Result<Value> range_reduce(ThreadState& ts, Value self, CallArgs a) {
  Value args = tuple_pack({PY_TRY(range_start(ts, self, a)), PY_TRY(range_stop(ts, self, a)), PY_TRY(range_step(ts, self, a))});
  return tuple_pack({Value::from_object(g_range_type), args});
}

const NativeMethod kRangeMethods[] = {
    {"__new__", range_new, 1, 3, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__len__", range_len, 0, 0, 0, nullptr},
    {"__bool__", range_bool, 0, 0, 0, nullptr},
    {"__iter__", range_iter, 0, 0, 0, nullptr},
    {"__reversed__", range_reversed, 0, 0, 0, nullptr},
    {"__getitem__", range_getitem, 1, 1, 0, nullptr},
    {"__contains__", range_contains, 1, 1, 0, nullptr},
    {"__repr__", range_repr, 0, 0, 0, nullptr},
    {"__eq__", range_eq, 1, 1, 0, nullptr},
    {"__hash__", range_hash, 0, 0, 0, nullptr},
    {"__reduce__", range_reduce, 0, 0, 0, nullptr},
    {"index", range_index, 1, 1, 0, nullptr},
    {"count", range_count, 1, 1, 0, nullptr},
};
const NativeMethod kRangeGetters[] = {
    {"start", range_start, 0, 0, 0, nullptr},
    {"stop", range_stop, 0, 0, 0, nullptr},
    {"step", range_step, 0, 0, 0, nullptr},
};
const NativeMethod kRangeIteratorMethods[] = {
    {"__next__", range_iterator_next, 0, 0, 0, nullptr},
    {"__iter__", iter_self, 0, 0, 0, nullptr},
};

}  // namespace

}  // namespace pystm

#include "runtime/objects/descriptor_objects.h"

namespace pystm {
void init_range_type() {
  add_native_methods(g_range_type, kRangeMethods);
  for (const NativeMethod& g : kRangeGetters) add_native_property(g_range_type, &g, nullptr);
  add_native_methods(g_range_iterator_type, kRangeIteratorMethods);
  init_long_range_iterator_type();
}
}  // namespace pystm
