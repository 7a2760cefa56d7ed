// runtime/objects/descriptor_objects.h — property, staticmethod, classmethod, super.
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct PropertyObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Property;
  Value fget, fset, fdel, doc;
  Value name;  // from __set_name__, for error messages; null when unknown
  void visit_edges(gc::Visitor& v) {
    visit_value(v, fget); visit_value(v, fset); visit_value(v, fdel); visit_value(v, doc); visit_value(v, name);
  }
};

struct StaticMethodObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::StaticMethod;
  Value callable;
  void visit_edges(gc::Visitor& v) { visit_value(v, callable); }
};

struct ClassMethodObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::ClassMethod;
  Value callable;
  void visit_edges(gc::Visitor& v) { visit_value(v, callable); }
};

struct SuperObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Super;
  Value type;       // the class super() was called in
  Value obj;        // the instance (or class)
  Value obj_type;   // type used for the MRO walk
  void visit_edges(gc::Visitor& v) { visit_value(v, type); visit_value(v, obj); visit_value(v, obj_type); }
};

void init_descriptor_types();

}  // namespace pystm

namespace pystm {
struct TypeObject;
struct NativeMethod;
// Adds a property whose getter (and optional setter) are native methods.
void add_native_property(TypeObject* type, const NativeMethod* getter, const NativeMethod* setter);
}  // namespace pystm
