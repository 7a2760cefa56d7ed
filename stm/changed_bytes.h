// stm/changed_bytes.h — objects whose commits publish which of their bytes
// changed, so that transactions that read only other bytes of them
// (stm::read_bytes) do not conflict.
// Owns: the set of such client kinds and the comparison of an object's backup
// with its new bytes. Must never: be changed while transactions commit (the
// client registers its kinds at start-up).
//
// A committer logs, for each written object of such a kind, the
// granule-aligned range of bytes that differ from its backup (all of them
// when it kept none). A module's namespace table is the use: a thread that
// stores a global changes one entry; threads that read other entries go on.
#pragma once
#include <cstddef>
#include <cstdint>

#include "gc/object_header.h"

namespace pystm::stm {

// Declared for clients in stm/transaction.h.
void track_changed_bytes(uint16_t kind);

// Whether commits publish the changed bytes of `object` (its kind is tracked).
bool publishes_changed_bytes(const gc::ObjectHeader* object);

// The range [*begin, *end) of 16-byte granules of `size` bytes that differ
// between `before` and `after` (empty when none does).
void changed_range(const void* before, const void* after, size_t size, uint32_t* begin, uint32_t* end);

}  // namespace pystm::stm
