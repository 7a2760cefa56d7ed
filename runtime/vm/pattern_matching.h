// runtime/vm/pattern_matching.h — the run-time half of `match` statements
// (language reference §8.6): which subjects are mappings and sequences, key
// lookup for mapping patterns, attribute extraction for class patterns.
#pragma once
#include "runtime/core/result.h"

namespace pystm {

struct ThreadState;

bool match_is_mapping(Value subject);
bool match_is_sequence(Value subject);
// A tuple of the values for `keys` (a tuple), or None when one is missing.
Result<Value> match_keys(ThreadState& ts, Value subject, Value keys);
// A tuple of the attributes for `positional` sub-patterns and the keyword
// names in `names`, or None when the subject does not match `cls`.
Result<Value> match_class(ThreadState& ts, Value subject, Value cls, uint32_t positional, Value names);

}  // namespace pystm
