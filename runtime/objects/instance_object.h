// runtime/objects/instance_object.h — instances of classes defined in Python
// whose solid base is `object`.
// Owns: InstanceObject and its two ways of holding attributes. Must never:
// let the inline values and the dict both answer for the instance.
//
// Inline mode (dict null, layout set): attribute values live in the
// instance's own `values`, at the slots the shared layout gives their names
// (objects/attr_layout.h); an instance is born this way when its class has
// a layout root. Dict mode (dict set): the dict holds every attribute, the
// layout is null and the values are cleared. An instance goes from inline to
// dict mode — never back — when something needs a real dict (`__dict__`,
// `vars()`, `__dict__` assignment, pickling, a deletion, `__slots__`
// members, any code reaching instance_dict_slot), when it outgrows its
// capacity, or when its layout would grow past kAttrLayoutMaxNames.
// Materializing copies the values in slot order, which is insertion order,
// so the dict lists attributes as CPython's would. Both modes are fields of
// one heap object: every change goes through the instance's write barrier.
#pragma once
#include "runtime/core/object.h"

namespace pystm {

struct DictObject;
struct AttrLayout;

struct InstanceObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Instance;
  DictObject* dict;    // dict mode; dict_offset points here (keep first)
  AttrLayout* layout;  // inline mode: the names of values[0..layout->count)
  uint32_t capacity;   // value slots allocated after this header
  uint32_t reserved;
  Value values[];
  void visit_edges(gc::Visitor& v) {
    visit_ptr(v, dict);
    visit_ptr(v, layout);
    for (uint32_t i = 0; i < capacity; ++i) visit_value(v, values[i]);
  }
};

// The instance size of a class with room for `slots` inline values.
inline constexpr uint32_t instance_size_for(uint32_t slots) {
  return static_cast<uint32_t>(sizeof(InstanceObject) + slots * sizeof(Value));
}

// A new instance of `type` of `size` bytes (its instance_size), in inline
// mode at `root` (the type's instance_layout) unless that is null.
inline InstanceObject* instance_allocate(TypeObject* type, uint32_t size, AttrLayout* root) {
  InstanceObject* obj = allocate_object<InstanceObject>(type, size);
  if (root && size > sizeof(InstanceObject)) {
    InstanceObject* o = stm::view(obj);
    o->layout = root;
    o->capacity = static_cast<uint32_t>((size - sizeof(InstanceObject)) / sizeof(Value));
  }
  return obj;
}
// instance_allocate with the type's own size and root.
InstanceObject* instance_allocate(TypeObject* type);

// The attribute `name` (a str) held by the instance itself, or null.
Value instance_lookup(InstanceObject* obj, Value name);
// Sets (value non-null) the attribute `name` in the instance itself,
// inline when its layout allows, else in its dict (made when missing).
// __slots__ checks are the caller's.
void instance_store(InstanceObject* obj, Value name, Value value);
// Switches obj to dict mode (a no-op in dict mode) and returns its dict,
// which is null only for an instance that has neither values nor a dict.
DictObject* instance_materialize_dict(InstanceObject* obj);

// Stores `dict` as obj's instance dict (wherever its type's dict_offset puts
// it, in any layout) through the write barrier of the object: the slot is a
// field inside it, never an object the barrier could be given. An instance
// in inline mode drops its values (the new dict replaces them).
void set_instance_dict(Value obj, DictObject* dict);

}  // namespace pystm
