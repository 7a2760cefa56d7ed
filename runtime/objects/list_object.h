// runtime/objects/list_object.h — `list`: a growable array of values.
// Owns: ListObject and its item storage (a ValueArray heap object, so the
// items are STM-visible), the list methods and sort.
// Invariant: 0 <= size <= items->capacity.
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// A fixed-capacity array of values in the heap (list storage, frame-free).
struct ValueArray : Object {
  static constexpr ObjectKind kKind = ObjectKind::ValueArray;
  int64_t capacity;
  Value items[];
  void visit_edges(gc::Visitor& v) { for (int64_t i = 0; i < capacity; ++i) visit_value(v, items[i]); }
};
ValueArray* value_array_new(int64_t capacity);

struct ListObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::List;
  int64_t size;
  ValueArray* items;
  void visit_edges(gc::Visitor& v) { visit_ptr(v, items); }
};

Value list_new(int64_t capacity = 0);
Value list_from(const Value* items, int64_t n);
bool is_list(Value v);
inline int64_t list_size(Value list) { return stm::read(list.as<ListObject>())->size; }
inline Value list_get(Value list, int64_t index) {  // 0 <= index < size
  ValueArray* items = stm::read(list.as<ListObject>())->items;
  return stm::read(items)->items[index];
}
inline void list_set(Value list, int64_t index, Value item) {  // 0 <= index < size
  ValueArray* items = stm::read(list.as<ListObject>())->items;
  stm::write(items)->items[index] = item;
}
void list_append(Value list, Value item);
// Removes and returns the last item (the list must not be empty).
Value list_pop_last(Value list);
// Extends from any iterable.
Status list_extend(ThreadState& ts, Value list, Value iterable);
// A snapshot of the items (for iteration in C++ that may run Python code).
Value list_to_tuple(Value list);
// list[slice] and list[slice] = value (null value: del list[slice]); the
// interpreter calls them directly for exact lists.
Result<Value> list_get_slice(ThreadState& ts, Value list, Value slice);
Status list_assign_slice(ThreadState& ts, Value list, Value slice, Value value);
// Stable sort with optional key function and reverse, like list.sort.
Status list_sort(ThreadState& ts, Value list, Value key, bool reverse);

void init_list_type();

}  // namespace pystm
