// runtime/objects/long_range_object.h — `range` objects whose bounds do not
// fit the int64 RangeObject (e.g. range(1 << 1000)) and their iterator
// (CPython's longrange_iterator). Same Python type `range`; the range
// methods dispatch here when the layout is LongRangeObject.
// Invariant: immutable once made (the iterator is mutable).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct CallArgs;
struct TypeObject;

struct LongRangeObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::LongRange;
  Value start, stop, step, length;   // ints
  void visit_edges(gc::Visitor& v) { visit_value(v, start); visit_value(v, stop); visit_value(v, step); visit_value(v, length); }
};

struct LongRangeIteratorObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::LongRangeIterator;
  Value next, step, remaining;       // ints
  void visit_edges(gc::Visitor& v) { visit_value(v, next); visit_value(v, step); visit_value(v, remaining); }
};

inline bool is_long_range(Value v) { return v.is_object() && v.as_object()->kind() == ObjectKind::LongRange; }

// start, stop, step are ints (step != 0).
Result<Value> long_range_new(ThreadState& ts, Value start, Value stop, Value step);
Result<Value> long_range_len(ThreadState& ts, Value self);
Result<Value> long_range_iter(ThreadState& ts, Value self, bool reversed);
Result<Value> long_range_getitem(ThreadState& ts, Value self, Value key);
Result<Value> long_range_contains(ThreadState& ts, Value self, Value item);
Result<Value> long_range_repr(ThreadState& ts, Value self);
Result<Value> long_range_eq(ThreadState& ts, Value self, Value other);
Result<Value> long_range_index(ThreadState& ts, Value self, Value item);
Result<Value> long_range_field(Value self, int which);  // 0 start, 1 stop, 2 step, 3 length
void init_long_range_iterator_type();

}  // namespace pystm
