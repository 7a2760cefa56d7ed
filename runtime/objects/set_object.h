// runtime/objects/set_object.h — `set` and `frozenset` (hash tables of keys).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct DictObject;
struct ThreadState;

// A set keeps its elements as the keys of an internal dict (values None).
struct SetObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Set;
  Value table;   // dict
  void visit_edges(gc::Visitor& v) { visit_value(v, table); }
};

Value set_new(TypeObject* type);
Status set_add(ThreadState& ts, Value set, Value item);
Result<bool> set_contains(ThreadState& ts, Value set, Value item);
void init_set_type();

}  // namespace pystm
