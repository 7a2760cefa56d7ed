// runtime/objects/slice_object.cpp — slices.
#include "runtime/objects/slice_object.h"

#include "runtime/bytecode/binary_op.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/type_object.h"
#include "runtime/ops/operations.h"
#include "runtime/vm/builtin_types.h"
#include "runtime/vm/errors.h"

namespace pystm {

Value slice_new(Value start, Value stop, Value step) {
  SliceObject* s = allocate_object<SliceObject>(g_slice_type);
  stm::view(s)->start = start;
  stm::view(s)->stop = stop;
  stm::view(s)->step = step;
  return Value::from_object(s);
}

bool is_slice(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::Slice; }

// Clamps an index value to int64 (huge ints saturate, as CPython's
// _PyEval_SliceIndex does).
static Result<int64_t> slice_bound(ThreadState& ts, Value v) {
  if (v.is_small_int()) return v.as_small_int();
  Value index = PY_TRY(index_value(ts, v));
  int64_t out;
  if (int_to_int64(index, &out)) return out;
  return int_sign(index) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

Status slice_indices(ThreadState& ts, Value slice, int64_t length, int64_t* start, int64_t* stop,
                     int64_t* step, int64_t* slicelength) {
  const SliceObject* s = stm::view(slice.as<SliceObject>());
  if (s->step.is(g_none)) {
    *step = 1;
  } else {
    if (!s->step.is_small_int() && !is_int(s->step) && lookup_special(s->step, str_intern("__index__")).is_null())
      return raise_type_error(ts, "slice indices must be integers or None or have an __index__ method");
    *step = PY_TRY(slice_bound(ts, s->step));
    if (*step == 0) return raise_value_error(ts, "slice step cannot be zero");
  }
  auto bound = [&](Value v, int64_t dflt, int64_t* out) -> Status {
    if (v.is(g_none)) { *out = dflt; return ok_status(); }
    if (!v.is_small_int() && !is_int(v) && lookup_special(v, str_intern("__index__")).is_null())
      return raise_type_error(ts, "slice indices must be integers or None or have an __index__ method");
    int64_t i = PY_TRY(slice_bound(ts, v));
    if (i < 0) {
      i += length;
      if (i < 0) i = *step < 0 ? -1 : 0;
    } else if (i >= length) {
      i = *step < 0 ? length - 1 : length;
    }
    *out = i;
    return ok_status();
  };
  PY_TRY(bound(s->start, *step < 0 ? length - 1 : 0, start));
  PY_TRY(bound(s->stop, *step < 0 ? -1 : length, stop));
  if (*step < 0) {
    *slicelength = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
  } else {
    *slicelength = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  }
  return ok_status();
}

namespace {

Result<Value> slice_new_method(ThreadState& ts, Value, CallArgs args) {
  if (args.nargs < 2 || args.nargs > 4)
    return raise_type_error(ts, "slice expected at least 1 argument, got 0");
  if (args.nargs == 2) return slice_new(g_none, args[1], g_none);
  return slice_new(args[1], args[2], args.nargs == 4 ? args[3] : g_none);
}

Result<Value> slice_repr(ThreadState& ts, Value self, CallArgs) {
  const SliceObject* s = stm::view(self.as<SliceObject>());
  return str_from_utf8("slice(" + PY_TRY(repr_utf8(ts, s->start)) + ", " + PY_TRY(repr_utf8(ts, s->stop)) +
                       ", " + PY_TRY(repr_utf8(ts, s->step)) + ")");
}

Result<Value> slice_indices_method(ThreadState& ts, Value self, CallArgs args) {
  int64_t n = PY_TRY(index_as_ssize(ts, args[0]));
  if (n < 0) return raise_value_error(ts, "length should not be negative");
  int64_t start, stop, step, len;
  PY_TRY(slice_indices(ts, self, n, &start, &stop, &step, &len));
  return tuple_pack({int_from_int64(start), int_from_int64(stop), int_from_int64(step)});
}

// slice(a, b, c).__reduce__() == (slice, (a, b, c)).
Result<Value> slice_reduce(ThreadState&, Value s, CallArgs) {
  const SliceObject* v = stm::view(s.as<SliceObject>());
  return tuple_pack({Value::from_object(g_slice_type), tuple_pack({v->start, v->stop, v->step})});
}

Result<Value> slice_start(ThreadState&, Value s, CallArgs) { return stm::view(s.as<SliceObject>())->start; }
Result<Value> slice_stop(ThreadState&, Value s, CallArgs) { return stm::view(s.as<SliceObject>())->stop; }
Result<Value> slice_step(ThreadState&, Value s, CallArgs) { return stm::view(s.as<SliceObject>())->step; }

// Slices compare as the tuples (start, stop, step).
template <bytecode::CompareOp op>
Result<Value> slice_compare(ThreadState& ts, Value s, CallArgs args) {
  if (!is_slice(args[0])) return g_notimplemented;
  const SliceObject* a = stm::view(s.as<SliceObject>());
  const SliceObject* b = stm::view(args[0].as<SliceObject>());
  return rich_compare(ts, tuple_pack({a->start, a->stop, a->step}), tuple_pack({b->start, b->stop, b->step}),
                      static_cast<uint32_t>(op));
}

const NativeMethod kSliceMethods[] = {
    {"__eq__", slice_compare<bytecode::CompareOp::Eq>, 1, 1, 0, nullptr},
    {"__ne__", slice_compare<bytecode::CompareOp::Ne>, 1, 1, 0, nullptr},
    {"__lt__", slice_compare<bytecode::CompareOp::Lt>, 1, 1, 0, nullptr},
    {"__le__", slice_compare<bytecode::CompareOp::Le>, 1, 1, 0, nullptr},
    {"__gt__", slice_compare<bytecode::CompareOp::Gt>, 1, 1, 0, nullptr},
    {"__ge__", slice_compare<bytecode::CompareOp::Ge>, 1, 1, 0, nullptr},
    {"__new__", slice_new_method, 1, 3, kNativeStatic | kNativeNoKeywords, nullptr},
    {"__repr__", slice_repr, 0, 0, 0, nullptr},
    {"__reduce__", slice_reduce, 0, 0, 0, nullptr},
    {"indices", slice_indices_method, 1, 1, 0, nullptr},
};
const NativeMethod kSliceGetters[] = {
    {"start", slice_start, 0, 0, 0, nullptr},
    {"stop", slice_stop, 0, 0, 0, nullptr},
    {"step", slice_step, 0, 0, 0, nullptr},
};

}  // namespace

}  // namespace pystm

#include "runtime/objects/descriptor_objects.h"

namespace pystm {
void init_slice_type() {
  add_native_methods(g_slice_type, kSliceMethods);
  for (const NativeMethod& g : kSliceGetters) add_native_property(g_slice_type, &g, nullptr);
}
}  // namespace pystm
