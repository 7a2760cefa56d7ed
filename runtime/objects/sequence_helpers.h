// runtime/objects/sequence_helpers.h — what list, tuple and str share:
// index normalisation, lexicographic comparison, and the repr recursion guard.
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

// Normalises a Python index (negative counts from the end); IndexError
// "<what> index out of range"; TypeError "<what> indices must be integers or
// slices, not X".
Result<int64_t> sequence_index(ThreadState& ts, Value key, int64_t length, const char* what);
// A start/stop argument of index()/count() searches: an int (or __index__)
// clamped to [0, ...) after adding length to a negative one.
Result<int64_t> search_bound(ThreadState& ts, Value v, int64_t length);
// The count of a sequence repetition (an int): OverflowError "cannot fit
// 'int' into an index-sized integer" beyond int64.
Result<int64_t> repeat_count(ThreadState& ts, Value count);
// Lexicographic rich comparison of two arrays (CompareOp numbering).
Result<Value> sequence_compare(ThreadState& ts, const Value* a, int64_t na, const Value* b, int64_t nb,
                               uint32_t op);

// Detects recursion in repr() of containers ("[...]").
class ReprGuard {
 public:
  explicit ReprGuard(Value container);
  ~ReprGuard();
  bool recursive() const { return recursive_; }

 private:
  bool recursive_;
};

}  // namespace pystm
