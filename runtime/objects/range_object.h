// runtime/objects/range_object.h — `range` and its iterator.
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct RangeObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Range;
  int64_t start, stop, step, length;
};

struct RangeIteratorObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::RangeIterator;
  int64_t next, step, remaining;
};

void init_range_type();

}  // namespace pystm
