// runtime/objects/set_object.h — `set` and `frozenset`.
// Owns: the open-addressing hash table of set elements (in the heap) with
// CPython's probing, growth and merge rules, so that iteration order — what
// print({3, 1, 2}) shows — is the same as CPython's. Must never: keep
// elements outside the heap.
// Invariant: 0 <= used <= fill <= mask; a slot is empty (null key), a dummy
// (absent key, left by a removal) or active.
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct SetEntry {
  int64_t hash;
  Value key;   // null: empty; Value::absent(): dummy
};

struct SetTable : Object {
  static constexpr ObjectKind kKind = ObjectKind::SetTable;
  int64_t size;  // mask + 1
  SetEntry entries[];
  void visit_edges(gc::Visitor& v) {
    for (int64_t i = 0; i < size; ++i) visit_value(v, entries[i].key);
  }
};

struct SetObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Set;
  int64_t fill;   // active + dummy slots
  int64_t used;   // active slots
  int64_t mask;
  SetTable* table;
  void visit_edges(gc::Visitor& v) { visit_ptr(v, table); }
};

Value set_new(TypeObject* type);
bool is_set(Value v);  // set or frozenset (or a subclass)
int64_t set_size(Value set);
Status set_add(ThreadState& ts, Value set, Value item);
Result<bool> set_contains(ThreadState& ts, Value set, Value item);
// Adds every element of `iterable` (set → set merges as CPython does).
Status set_update(ThreadState& ts, Value set, Value iterable);
// Iteration by table position: the next active element at or after *pos.
bool set_next(Value set, int64_t* pos, Value* key);

void init_set_type();

}  // namespace pystm
