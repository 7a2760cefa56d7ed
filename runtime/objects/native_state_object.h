// runtime/objects/native_state_object.h — the one layout of the native
// types of stdlib/ modules (itertools, _functools, _collections, ...): a heap
// object whose whole state is a fixed number of Values. Each type decides
// what its fields mean; integers are stored as small ints, larger mutable
// state in heap lists/dicts the fields point to.
// Owns: NativeStateObject and its allocation. Must never: hold state outside
// its fields (an aborted transaction restores exactly the fields).
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct TypeObject;

struct NativeStateObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::NativeState;
  uint32_t nfields;
  Value fields[];
  void visit_edges(gc::Visitor& v) {
    for (uint32_t i = 0; i < nfields; ++i) visit_value(v, fields[i]);
  }
};

// A new object of `type` (a native type or a Python subclass of one; the
// latter gets room for its instance dict) with `nfields` null fields.
NativeStateObject* native_state_new(TypeObject* type, uint32_t nfields);

// Field access with the barriers (the object may be shared).
inline Value native_field(Value obj, uint32_t i) { return stm::read(obj.as<NativeStateObject>())->fields[i]; }
inline void set_native_field(Value obj, uint32_t i, Value v) { stm::write(obj.as<NativeStateObject>())->fields[i] = v; }

}  // namespace pystm
