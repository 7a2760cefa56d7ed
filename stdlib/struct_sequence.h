// stdlib/struct_sequence.h — struct sequences (library reference
// "os.stat_result", "time.struct_time", ...): tuple subclasses whose first
// `visible` items are also named attributes, with more named fields that are
// attributes only (st_atime as a float, tm_zone, ...).
// Owns: the class factory and the per-class global roots. Must never: make a
// class inside a transaction that can still abort (the class is kept in a
// C++ global).
#pragma once
#include <initializer_list>
#include <span>

#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

struct StructSequenceSpec {
  const char* module;                    // __module__ ("os", "time", ...)
  const char* name;                      // __name__
  std::span<const char* const> fields;   // all fields in order; nullptr = an unnamed visible item
  int visible;                           // len() of an instance
  // For each hidden field, the visible item it copies when not given (-1:
  // None), e.g. stat_result's st_atime falls back to its int item 7.
  std::span<const int> hidden_fallback = {};
};

// The class for `spec`, made on first use and kept in *slot (rooted).
Result<Value> struct_sequence_type(ThreadState& ts, Value* slot, const StructSequenceSpec& spec);
// An instance from all of its fields (visible then hidden), in spec order.
Result<Value> struct_sequence_new(ThreadState& ts, Value type, std::span<const Value> items);

}  // namespace pystm
