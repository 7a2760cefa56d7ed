// gc/size_classes.h — the small-object size classes and the page geometry.
// Owns: which cell sizes exist, how a request maps to one, and the page size.
// Must never: depend on heap state; everything here is constexpr.
//
// Classes: 16-byte steps up to 256, then four classes per doubling up to
// 8 KiB. Larger requests get a span of whole pages of their own.
// Invariant: every class size is a multiple of kObjectAlignment, so every cell
// (and every object) starts on a 16-byte boundary.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>

#include "gc/object_header.h"

namespace pystm::gc {

inline constexpr size_t kPageShift = 16;
inline constexpr size_t kPageSize = size_t{1} << kPageShift;  // 64 KiB
inline constexpr size_t kMaxSmallSize = 8192;
inline constexpr size_t kMaxCellsPerPage = kPageSize / kObjectAlignment;  // 4096
inline constexpr size_t kBitmapWords = kMaxCellsPerPage / 64;

namespace detail {
constexpr size_t count_size_classes() {
  size_t n = 256 / 16;
  for (size_t base = 256; base < kMaxSmallSize; base *= 2) n += 4;
  return n;
}
}  // namespace detail

inline constexpr size_t kNumSizeClasses = detail::count_size_classes();

inline constexpr std::array<uint32_t, kNumSizeClasses> kClassSizes = [] {
  std::array<uint32_t, kNumSizeClasses> sizes{};
  size_t i = 0;
  for (uint32_t s = 16; s <= 256; s += 16) sizes[i++] = s;
  for (uint32_t base = 256; base < kMaxSmallSize; base *= 2)
    for (uint32_t q = 1; q <= 4; ++q) sizes[i++] = base + q * (base / 4);
  return sizes;
}();
static_assert(kClassSizes[kNumSizeClasses - 1] == kMaxSmallSize);

// Indexed by (size + 15) / 16 for size <= kMaxSmallSize.
inline constexpr std::array<uint8_t, kMaxSmallSize / 16 + 1> kClassOfGranules = [] {
  std::array<uint8_t, kMaxSmallSize / 16 + 1> table{};
  size_t cls = 0;
  for (size_t g = 0; g < table.size(); ++g) {
    while (kClassSizes[cls] < g * 16) ++cls;
    table[g] = static_cast<uint8_t>(cls);
  }
  return table;
}();

constexpr size_t size_class_of(size_t size) { return kClassOfGranules[(size + 15) / 16]; }

static_assert([] {
  for (uint32_t s : kClassSizes)
    if (s % kObjectAlignment != 0) return false;
  return true;
}());

}  // namespace pystm::gc
