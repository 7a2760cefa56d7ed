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

// Stores `dict` as obj's instance dict (wherever its type's dict_offset puts
// it, in any layout) through the write barrier of the object: the slot is a
// field inside it, never an object the barrier could be given.
void set_instance_dict(Value obj, DictObject* dict);

}  // namespace pystm
