// runtime/objects/iterator_objects.h — the built-in iterators over sequences
// and dicts, and enumerate / zip / map / filter / reversed.
// Owns: their layouts and __next__. Must never: hold a C++ pointer into a
// container's storage across a call that can run Python code.
#pragma once
#include "runtime/core/object.h"
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// list_iterator, tuple_iterator, str iterator, reversed, callable_iterator.
struct SeqIteratorObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::SeqIterator;
  Value seq;          // null when exhausted
  int64_t index;
  Value sentinel;     // callable_iterator only
  void visit_edges(gc::Visitor& v) { visit_value(v, seq); visit_value(v, sentinel); }
};

struct DictIteratorObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::DictIterator;
  Value dict;         // null when exhausted
  int64_t pos;
  int64_t expected_size;
  void visit_edges(gc::Visitor& v) { visit_value(v, dict); }
};

struct DictViewObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::DictView;
  Value dict;
  void visit_edges(gc::Visitor& v) { visit_value(v, dict); }
};

struct EnumerateObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Enumerate;
  Value iterator;
  Value count;
  void visit_edges(gc::Visitor& v) { visit_value(v, iterator); visit_value(v, count); }
};

struct ZipObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::Zip;
  Value iterators;    // tuple
  bool strict;
  void visit_edges(gc::Visitor& v) { visit_value(v, iterators); }
};

struct MapFilterObject : Object {
  static constexpr ObjectKind kKind = ObjectKind::MapFilter;
  Value function;
  Value iterators;    // tuple (filter: one iterator)
  void visit_edges(gc::Visitor& v) { visit_value(v, function); visit_value(v, iterators); }
};

Value seq_iterator_new(TypeObject* type, Value seq, int64_t index = 0);
// list.__reversed__'s type (CPython's list_reverseiterator): a reversed iterator by another name.
TypeObject* list_reverse_iterator_type();
Value dict_iterator_new(TypeObject* type, Value dict);
Value dict_view_new(TypeObject* type, Value dict);
// The next item of a built-in iterator; Value::absent() when exhausted.
Result<Value> builtin_iterator_next(ThreadState& ts, Value iterator);
bool is_builtin_iterator(Value v);

void init_iterator_types();

}  // namespace pystm
