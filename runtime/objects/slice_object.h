// runtime/objects/slice_object.h — `slice` objects and index normalisation.
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct SliceObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Slice;
  Value start, stop, step;   // None when omitted
  void visit_edges(gc::Visitor& v) { visit_value(v, start); visit_value(v, stop); visit_value(v, step); }
};

Value slice_new(Value start, Value stop, Value step);
bool is_slice(Value v);
// slice.indices(length) semantics; ValueError "slice step cannot be zero".
Status slice_indices(ThreadState& ts, Value slice, int64_t length, int64_t* start, int64_t* stop,
                     int64_t* step, int64_t* slicelength);

void init_slice_type();

}  // namespace pystm
