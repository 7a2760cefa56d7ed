// gc/object_header.h — the two-word header every heap object starts with.
// Owns: the header layout and the split of the flags word between gc/, stm/
// and the client. Must never: know what the client stores in `client` or
// what a client kind means.
//
//   flags (64 bits)
//   63            32 31        16 15       8 7        0
//   +---------------+------------+----------+----------+
//   |   reserved    | client kind| stm bits | gc bits  |
//   +---------------+------------+----------+----------+
//   client (64 bits): opaque to gc/ and stm/ (the runtime stores the type).
//
// Invariant: every object starts on a 16-byte boundary, so the low four bits
// of a reference are zero (the runtime's Value tagging relies on this).
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace pystm::gc {

struct alignas(16) ObjectHeader {
  std::atomic<uint64_t> flags;
  void* client;

  uint16_t kind() const { return static_cast<uint16_t>(flags.load(std::memory_order_relaxed) >> 16); }
};
static_assert(sizeof(ObjectHeader) == 16);

inline constexpr uint64_t kGcBitsMask = 0xffull;
inline constexpr uint64_t kStmBitsShift = 8;
inline constexpr uint64_t kStmBitsMask = 0xffull << kStmBitsShift;
inline constexpr uint64_t kKindShift = 16;
// Client kinds from here up belong to the gc/stm unit tests (their objects
// are arrays of words); a client tracer must ignore kinds it does not know.
inline constexpr uint16_t kFirstTestKind = 0xFF00;
inline constexpr size_t kObjectAlignment = 16;

}  // namespace pystm::gc
