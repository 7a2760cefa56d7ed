// runtime/objects/namespace_object.h — types.SimpleNamespace (the type of
// sys.implementation): an object whose attributes are its keyword arguments.
#pragma once
#include <initializer_list>
#include <utility>

#include "runtime/core/value.h"

namespace pystm {

struct TypeObject;

// The type, made on first use (InstanceObject layout with a __dict__).
TypeObject* simple_namespace_type();
// A new namespace whose attributes are the given (name, value) pairs.
Value simple_namespace_new(std::initializer_list<std::pair<const char*, Value>> attrs);

}  // namespace pystm
