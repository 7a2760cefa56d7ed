// runtime/objects/object_type.h — the methods of `object` and `type`
// themselves (instance creation, default repr/eq/hash, class attributes).
#pragma once
#include "runtime/core/result.h"
#include "runtime/objects/builtin_function.h"

namespace pystm {

struct TypeObject;
struct ThreadState;

// type.__call__: __new__ then __init__ (data model §3.3.1).
Result<Value> type_call(ThreadState& ts, TypeObject* type, CallArgs args);
// object.__new__ for `type` with no arguments checks: a fresh instance.
Result<Value> object_allocate(ThreadState& ts, TypeObject* type);
// Instances of `type` are finalized once unreachable (a class statement's
// type with __del__ along its MRO): object_allocate registers them, so
// faster paths that allocate instances themselves must leave such types to it.
bool type_has_finalizer(TypeObject* type);
void init_object_type();

}  // namespace pystm
