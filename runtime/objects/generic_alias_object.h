// runtime/objects/generic_alias_object.h — types.GenericAlias, the result of
// list[int], dict[str, int], ... (PEP 585).
// Owns: GenericAliasObject and its type. Invariant: never written after it
// is made (not kImmutable only because subclasses may carry an instance dict).
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;
struct TypeObject;

struct GenericAliasObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::GenericAlias;
  Value origin;
  Value args;         // tuple
  Value parameters;   // tuple of the type variables found in args
  void visit_edges(gc::Visitor& v) { visit_value(v, origin); visit_value(v, args); visit_value(v, parameters); }
};

extern TypeObject* g_generic_alias_type;
// types.UnionType (union_type_object.cpp): same layout, `args` the members.
extern TypeObject* g_union_type;
void init_union_type();

// GenericAlias(origin, args): args that are not a tuple become (args,).
Result<Value> generic_alias_new(ThreadState& ts, Value origin, Value args);
// Creates the type and gives the built-in containers __class_getitem__.
void init_generic_alias_type();

}  // namespace pystm
