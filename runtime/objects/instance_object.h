// runtime/objects/instance_object.h — instances of classes defined in Python
// whose solid base is `object`.
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct DictObject;

struct InstanceObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Instance;
  DictObject* dict;   // created on the first attribute store; dict_offset points here
  void visit_edges(gc::Visitor& v) { visit_ptr(v, dict); }
};

}  // namespace pystm
