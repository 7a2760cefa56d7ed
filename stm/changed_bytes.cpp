// stm/changed_bytes.cpp — see changed_bytes.h.
#include "stm/changed_bytes.h"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace pystm::stm {

namespace {
std::atomic<uint64_t> g_tracked_kinds[(1 << 16) / 64];
}  // namespace

void track_changed_bytes(uint16_t kind) {
  g_tracked_kinds[kind / 64].fetch_or(uint64_t{1} << (kind % 64), std::memory_order_relaxed);
}

bool publishes_changed_bytes(const gc::ObjectHeader* object) {
  uint16_t kind = object->kind();
  return g_tracked_kinds[kind / 64].load(std::memory_order_relaxed) & (uint64_t{1} << (kind % 64));
}

void changed_range(const void* before, const void* after, size_t size, uint32_t* begin, uint32_t* end) {
  auto* b = static_cast<const uint8_t*>(before);
  auto* a = static_cast<const uint8_t*>(after);
  auto same = [&](size_t at) { return std::memcmp(b + at, a + at, std::min<size_t>(16, size - at)) == 0; };
  size_t lo = 0;
  while (lo < size && same(lo)) lo += 16;
  size_t hi = (size + 15) & ~size_t{15};
  while (hi > lo && same(hi - 16)) hi -= 16;
  *begin = static_cast<uint32_t>(lo);
  *end = static_cast<uint32_t>(hi);
}

}  // namespace pystm::stm
