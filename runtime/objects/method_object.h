// runtime/objects/method_object.h — bound methods (`instance.method`).
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct BoundMethodObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::BoundMethod;
  Value function;
  Value self;
  void visit_edges(gc::Visitor& v) { visit_value(v, function); visit_value(v, self); }
};

Value bound_method_new(Value function, Value self);
void init_method_type();

}  // namespace pystm
