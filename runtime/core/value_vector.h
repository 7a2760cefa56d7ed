// runtime/core/value_vector.h — a growable array of Values in malloc memory
// that the collector treats as roots while it lives.
// Owns: the thread-local chain of live ValueVectors. Use it whenever C++ code
// must collect values that nothing in the heap references yet (argument
// lists being built, temporary snapshots). Must never: outlive its thread.
#pragma once
#include <vector>

#include "gc/heap.h"
#include "runtime/core/value.h"

namespace pystm {

class ValueVector {
 public:
  ValueVector();
  explicit ValueVector(size_t n);
  ~ValueVector();
  ValueVector(const ValueVector&) = delete;
  ValueVector& operator=(const ValueVector&) = delete;

  void push_back(Value v) { items_.push_back(v); }
  void pop_back() { items_.pop_back(); }
  size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  Value& operator[](size_t i) { return items_[i]; }
  Value operator[](size_t i) const { return items_[i]; }
  Value* data() { return items_.data(); }
  const Value* data() const { return items_.data(); }
  Value& back() { return items_.back(); }
  void clear() { items_.clear(); }
  void resize(size_t n) { items_.resize(n); }
  void reserve(size_t n) { items_.reserve(n); }
  std::vector<Value>& raw() { return items_; }
  auto begin() { return items_.begin(); }
  auto end() { return items_.end(); }

  // The calling thread's chain of live ValueVectors (its head slot lives as
  // long as the thread), and a visit of every vector on such a chain: the
  // runtime's root enumerator walks each thread's chain.
  static ValueVector* const* thread_chain();
  static void visit_chain(ValueVector* const* chain, gc::Visitor& visitor);

 private:
  std::vector<Value> items_;
  ValueVector* prev_;
};

}  // namespace pystm
