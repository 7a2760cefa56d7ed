// gc/allocation_cache.h — the calling thread's allocation cache and the inline
// fast path of gc::allocate, for allocation entry points that inline it (the
// STM's allocate functions).
// Owns: the per-thread current page of each allocation slot and the thread's
// unflushed byte count. Must never: take a lock, use an atomic
// read-modify-write, or call a function on the fast path; hand out a cell
// whose alloc bit is set.
//
// Fast path: the first clear bit of the current page's alloc bitmap in the
// word at its cursor is the cell; everything else (another word, another
// page, the GC stress mode, large objects) is gc::allocate, out of line.
// A page whose free cells are all known to hold zeros (`PageInfo::clean`: a
// page fresh from the OS or zeroed whole, no cell freed since) gives cells
// without storing zeros again.
#pragma once
#include <cstddef>
#include <cstdint>

#include "gc/heap.h"
#include "gc/page_space.h"

namespace pystm::gc {

// Indexed by allocation slot: space * kNumSizeClasses + size class.
inline constexpr size_t kNumAllocationSlots = kNumSpaces * kNumSizeClasses;

// Trivially destructible and constant-initialized, so the fast path reads it
// without a TLS init guard.
struct AllocationCache {
  PageInfo* current[kNumAllocationSlots];
  uintptr_t current_address[kNumAllocationSlots];  // the current page's first byte
  uint64_t unflushed_bytes;
  bool has_cleanup;
};
extern constinit thread_local AllocationCache tls_allocation_cache;
// Set at initialize() when HeapConfig::stress_interval asks for collections
// at every Nth allocation: every allocation then takes the out-of-line path.
extern constinit bool g_allocation_counted;

// How far ahead of the cell just handed out the next cells are prefetched:
// they are cold since the last sweep, and the next allocations of the class
// are usually those cells (a prefetch past the page's end is harmless).
inline constexpr size_t kAllocationPrefetchBytes = 256;

// Zeroes `bytes` (a multiple of 16) at `memory` unless the page is clean and
// stores the header's flags word.
inline ObjectHeader* finish_cell(void* memory, size_t bytes, uint16_t kind, bool zero) {
  if (zero) {
    if (bytes <= 256) {
      // Small cells: inline 16-byte stores beat a call to memset.
      struct alignas(16) Granule {
        uint64_t a, b;
      };
      auto* g = static_cast<Granule*>(memory);
      for (size_t i = 0; i < bytes / 16; ++i) g[i] = Granule{0, 0};
    } else {
      __builtin_memset(memory, 0, bytes);
    }
  }
  auto* header = static_cast<ObjectHeader*>(memory);
  header->flags.store(uint64_t{kind} << kKindShift, std::memory_order_relaxed);
  return header;
}

// gc::allocate with the common case inline: same contract.
inline ObjectHeader* allocate_inline(size_t size, uint16_t kind, Space space = Space::kDefault,
                                     ptrdiff_t write_offset = 0) {
  if (size <= kMaxSmallSize && !g_allocation_counted) [[likely]] {
    AllocationCache& cache = tls_allocation_cache;
    size_t cls = size_class_of(size);
    size_t slot = static_cast<size_t>(space) * kNumSizeClasses + cls;
    PageInfo* info = cache.current[slot];
    if (info != nullptr) [[likely]] {
      uint32_t w = info->cursor;
      uint64_t taken = info->alloc_bits[w];
      if (~taken != 0) [[likely]] {
        uint64_t bit = static_cast<uint64_t>(__builtin_ctzll(~taken));
        info->alloc_bits[w] = taken | (uint64_t{1} << bit);
        size_t cell_size = kClassSizes[cls];  // a constant for a constant size
        cache.unflushed_bytes += cell_size;
        uintptr_t canonical = cache.current_address[slot] + (uint64_t{w} * 64 + bit) * cell_size;
        char* memory = reinterpret_cast<char*>(canonical + write_offset);
        __builtin_prefetch(memory + kAllocationPrefetchBytes, 1);
        finish_cell(memory, cell_size, kind, !info->clean);
        return reinterpret_cast<ObjectHeader*>(canonical);
      }
    }
  }
  return allocate(size, kind, space, write_offset);
}

}  // namespace pystm::gc
