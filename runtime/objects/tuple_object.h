// runtime/objects/tuple_object.h — `tuple`: immutable arrays of values.
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct TupleObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Tuple;
  static constexpr bool kImmutable = true;
  int64_t size;
  Value items[];
  void visit_edges(gc::Visitor& v) { for (int64_t i = 0; i < size; ++i) visit_value(v, items[i]); }
};

// A tuple of n items, all None until filled; fill through stm::view (it is fresh).
TupleObject* tuple_new(int64_t n);
Value tuple_from(const Value* items, int64_t n);
Value tuple_pack(std::initializer_list<Value> items);
inline int64_t tuple_size(Value t) { return stm::view(t.as<TupleObject>())->size; }
inline Value tuple_item(Value t, int64_t i) { return stm::view(t.as<TupleObject>())->items[i]; }
inline const Value* tuple_items(Value t) { return stm::view(t.as<TupleObject>())->items; }
extern Value g_empty_tuple;

void init_tuple_type();

}  // namespace pystm
