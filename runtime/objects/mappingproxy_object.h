// runtime/objects/mappingproxy_object.h — types.MappingProxyType: a
// read-only view of a mapping; what cls.__dict__ returns.
// Owns: the mappingproxy type (a NativeStateObject whose one field is the
// mapping). Must never: write to the mapping it wraps (class namespaces are
// changed through setattr, which keeps the method cache right).
#pragma once
#include "runtime/core/value.h"

namespace pystm {

struct TypeObject;

extern TypeObject* g_mappingproxy_type;
// A new proxy over `mapping` (not checked: callers pass a dict).
Value mappingproxy_new(Value mapping);
void init_mappingproxy_type();

}  // namespace pystm
