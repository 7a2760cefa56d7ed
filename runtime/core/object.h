// runtime/core/object.h — the base of every heap object, its kind, and the
// allocation entry point for Python objects.
// Owns: Object (the gc header with the type in its client word), ObjectKind,
// type_of(Value). Must never: bypass stm::allocate or the barriers.
//
// Invariant: header.client holds the object's TypeObject* from allocation on.
#pragma once
#include <cstddef>
#include <cstdint>

#include "gc/heap.h"
#include "runtime/core/value.h"
#include "stm/barrier.h"
#include "stm/transaction.h"

namespace pystm {

enum class ObjectKind : uint16_t {
  Invalid = 0,
#define OBJECT_KIND(kind, type) kind,
#include "runtime/core/object_kinds.def"
#undef OBJECT_KIND
};

struct TypeObject;

struct Object {
  gc::ObjectHeader header;

  TypeObject* type() const { return static_cast<TypeObject*>(stm::view(this)->header.client); }
  ObjectKind kind() const { return static_cast<ObjectKind>(stm::view(this)->header.kind()); }
  void visit_edges(gc::Visitor&) {}
};
static_assert(sizeof(Object) == 16);

// Allocates a zeroed object of `size` bytes of layout T with the given type.
// The new object belongs to the running transaction: no barrier needed yet.
// Layouts that declare `static constexpr bool kImmutable = true` are never
// written after initialisation; the STM allocates them in its immutable space
// (shared by every segment, never tracked) unless the type gives its
// instances a dict.
// False for instances of subclasses that keep an instance dict (their dict
// pointer is written after initialisation).
bool instances_are_immutable(const TypeObject* type);

template <class T>
T* allocate_object(TypeObject* type, size_t size = sizeof(T)) {
  gc::ObjectHeader* h;
  if constexpr (requires { T::kImmutable; })
    h = instances_are_immutable(type) ? stm::allocate_immutable(size, static_cast<uint16_t>(T::kKind))
                                      : stm::allocate(size, static_cast<uint16_t>(T::kKind));
  else
    h = stm::allocate(size, static_cast<uint16_t>(T::kKind));
  stm::view(h)->client = type;
  return reinterpret_cast<T*>(h);
}

// Visits a Value edge.
inline void visit_value(gc::Visitor& v, Value value) {
  if (value.is_object()) v.visit(value.as_object());
}
template <class T>
inline void visit_ptr(gc::Visitor& v, T* object) {
  if (object) v.visit(object);
}

}  // namespace pystm
