// gc/allocator.cpp — allocation: per-thread current pages for small objects,
// page spans for large ones, and the trigger for automatic collections.
// Must never: take the heap mutex on the fast path; hand out a cell that is
// set in its page's alloc bitmap.
//
// Fast path (inline, gc/allocation_cache.h): the thread's current page for
// the size class; the first clear bit of its alloc bitmap at the page cursor
// is the cell. Here: the rest of the page's bitmap, the next page, large
// spans. Byte counts are kept per thread and flushed to the shared counters
// on the slow path.
//
// Zeroing: each cell is zeroed once, when it is handed out, unless its page
// is clean (fresh from the OS, or zeroed whole when it changed layout).
#include <algorithm>
#include <cstring>
#include <vector>

#include "gc/allocation_cache.h"
#include "gc/heap_state.h"

namespace pystm::gc {

constinit thread_local AllocationCache tls_allocation_cache{};
constinit bool g_allocation_counted = false;

namespace {

constexpr size_t kNumSlots = kNumAllocationSlots;
// How much of a large span fresh from the OS is mapped in at once: its
// caller most likely fills the object, but a huge zeroed buffer may stay
// mostly untouched and must not cost memory.
constexpr uint64_t kLargePopulateBytes = uint64_t{1} << 20;
// Gives the thread's pages back when the thread ends.
struct ThreadCacheCleanup {
  ~ThreadCacheCleanup();
};
thread_local ThreadCacheCleanup tls_cleanup;

void release_current_pages_locked(HeapState& heap) {
  for (size_t c = 0; c < kNumSlots; ++c) {
    PageInfo* info = tls_allocation_cache.current[c];
    if (info == nullptr) continue;
    info->owned = false;
    // Back on the available list so its remaining cells are used; the
    // sweeper rebuilds the lists anyway.
    heap.available[c].push_back(heap.space.page_of(tls_allocation_cache.current_address[c]));
    tls_allocation_cache.current[c] = nullptr;
  }
}

ThreadCacheCleanup::~ThreadCacheCleanup() {
  if (g_heap == nullptr) return;
  flush_thread_counters();
  std::lock_guard<std::mutex> lock(g_heap->mutex);
  release_current_pages_locked(*g_heap);
}

// Scans the page's bitmap from its cursor. The cursor always names a word of
// the bitmap (the last one once the page is full), so the inline fast path
// reads it without a bounds check.
inline long take_free_cell(PageInfo* info) {
  for (uint32_t w = info->cursor; w < kBitmapWords; ++w) {
    uint64_t free = ~info->alloc_bits[w];
    if (free != 0) {
      int bit = __builtin_ctzll(free);
      info->alloc_bits[w] |= uint64_t{1} << bit;
      info->cursor = w;
      return static_cast<long>(w) * 64 + bit;
    }
  }
  info->cursor = kBitmapWords - 1;
  return -1;
}

bool has_free_cell(const PageInfo& info) {
  for (size_t w = 0; w < kBitmapWords; ++w)
    if (~info.alloc_bits[w] != 0) return true;
  return false;
}

// Lays the page out for `slot`. `zero`: its bytes are all zero already.
// `view`: the page's first byte in the mapping the allocating thread writes
// (a free page is shared by every segment: any view reaches its bytes).
void init_small_page(PageInfo* info, uintptr_t view, size_t slot, bool zero) {
  size_t cls = slot % kNumSizeClasses;
  auto space = static_cast<uint8_t>(slot / kNumSizeClasses);
  uint32_t cell = kClassSizes[cls];
  // A retained page still holds its last life's bytes. A segment that copies
  // the page before all its cells are allocated keeps those bytes where the
  // objects allocated later will be, until it applies their commit; the
  // collector traces that segment's view meanwhile, and must find a dead
  // object of this size class or zeros there, never the middle of an old
  // one. So a page that had another layout (a large span leaves cell size 0)
  // is zeroed whole here, and its cells need no zeroing when handed out; a
  // page of the same layout keeps its dead objects, and each cell is zeroed
  // when handed out (every segment shares a page while it is free, so
  // zeroing it in one view zeroes every view; the allocating thread's view
  // is the mapping its stores are about to fault in anyway).
  bool same_layout = info->cell_size == cell && info->space == space;
  if (!zero && !same_layout) {
    std::memset(reinterpret_cast<void*>(view), 0, kPageSize);
    zero = true;
  }
  info->state = PageState::kSmall;
  info->space = space;
  info->size_class = static_cast<uint8_t>(cls);
  info->clean = zero;
  info->cell_size = cell;
  info->cell_count = static_cast<uint32_t>(kPageSize / cell);
  info->reciprocal = static_cast<uint32_t>(((uint64_t{1} << 32) + cell - 1) / cell);
  info->cursor = 0;
  info->span_pages = 0;
  info->object_size = 0;
  std::memset(info->mark_bits, 0, sizeof info->mark_bits);
  std::memset(info->alloc_bits, 0, sizeof info->alloc_bits);
  // Cells that do not exist are "allocated" forever.
  info->set_tail_sentinels();
}

// Cell `cell` of the thread's current page for `slot`: zeroed unless the page
// is clean, its header stored at `write_offset` from it; returns the
// canonical address.
ObjectHeader* hand_out(size_t slot, long cell, uint16_t kind, ptrdiff_t write_offset) {
  PageInfo* info = tls_allocation_cache.current[slot];
  tls_allocation_cache.unflushed_bytes += info->cell_size;
  uintptr_t canonical = tls_allocation_cache.current_address[slot] + static_cast<size_t>(cell) * info->cell_size;
  finish_cell(reinterpret_cast<void*>(canonical + write_offset), info->cell_size, kind, !info->clean);
  return reinterpret_cast<ObjectHeader*>(canonical);
}

// Pops the first page of `list` (taken from the back: the lowest pages,
// the lists being sorted high to low) that `take` accepts, preferring one
// of the last kViewScan entries that `view` maps; with `mapped_only`, only
// those. Entries `take` rejects on the way are dropped (stale).
constexpr size_t kViewScan = 16;
template <typename Take>
size_t take_preferring_view(std::vector<size_t>& list, PageSpace& space, size_t view, Take take, bool mapped_only = false) {
  size_t scanned = 0;
  for (size_t i = list.size(); i-- > 0 && scanned < kViewScan; ++scanned) {
    size_t candidate = list[i];
    if (!space.mapped_in(view, candidate)) continue;
    list.erase(list.begin() + static_cast<ptrdiff_t>(i));
    if (take(candidate)) return candidate;
  }
  if (mapped_only) return SIZE_MAX;
  while (!list.empty()) {
    size_t candidate = list.back();
    list.pop_back();
    if (take(candidate)) return candidate;
  }
  return SIZE_MAX;
}

bool over_threshold(HeapState& heap) {
  return heap.bytes_since_collection.load(std::memory_order_relaxed) > heap.threshold.load(std::memory_order_relaxed);
}

// Marks the calling thread as one that allocates (see ThreadRecord::allocated).
void note_allocating(HeapState& heap) {
  if (ThreadRecord* self = heap.threads.current()) self->allocated.store(true, std::memory_order_relaxed);
}

__attribute__((noinline)) ObjectHeader* allocate_small_slow(size_t slot, uint16_t kind, ptrdiff_t write_offset) {
  HeapState& heap = heap_state();
  note_allocating(heap);
  flush_thread_counters();
  safe_point();
  collect_if_needed();
  // A collection may have freed cells in the current page; the fast path
  // only looked at the word at the cursor.
  if (PageInfo* info = tls_allocation_cache.current[slot]) {
    long cell = take_free_cell(info);
    if (cell < 0) {
      info->cursor = 0;
      cell = take_free_cell(info);
    }
    if (cell >= 0) return hand_out(slot, cell, kind, write_offset);
  }
  if (!tls_allocation_cache.has_cleanup) {
    tls_allocation_cache.has_cleanup = true;
    asm volatile("" : : "r"(&tls_cleanup));  // odr-use: constructs the thread's cleanup object
  }
  for (int attempt = 0; attempt < 2; ++attempt) {
    size_t page = SIZE_MAX;
    bool lay_out = false, zero = false, mapped = true;
    {
      std::lock_guard<std::mutex> lock(heap.mutex);
      if (PageInfo* old = tls_allocation_cache.current[slot]) {
        old->owned = false;  // full: the sweeper finds it again
        tls_allocation_cache.current[slot] = nullptr;
      }
      PageSpace& space = heap.space;
      size_t view = space.view_index(write_offset);
      auto usable = [&](size_t candidate) {
        const PageInfo& info = space.info(candidate);
        return info.state == PageState::kSmall && info.space * kNumSizeClasses + info.size_class == slot && !info.owned &&
               has_free_cell(info);
      };
      // A page of this layout with free cells first, one this thread's
      // view maps if one of the lowest does.
      page = take_preferring_view(heap.available[slot], space, view, usable);
      // Then a retained page: of this layout and mapped in this view (no
      // zeroing whole, no page fault), of any layout mapped in this view
      // (zeroed whole, no page fault), of this layout (no zeroing whole).
      auto& retained = heap.retained_by_slot[slot];
      auto retained_here = [&](size_t candidate) {
        return retained_with_layout(space, candidate, slot) && space.take_retained(candidate);
      };
      if (page == SIZE_MAX) page = take_preferring_view(retained, space, view, retained_here, true);
      if (page == SIZE_MAX) page = space.take_retained_mapped(view);
      while (page == SIZE_MAX && !retained.empty()) {
        size_t candidate = retained.back();
        retained.pop_back();
        if (retained_here(candidate)) page = candidate;
      }
      lay_out = page != SIZE_MAX && space.info(page).state == PageState::kFree;
      if (page == SIZE_MAX) {
        page = space.allocate_run(1, &zero);
        lay_out = page != SIZE_MAX;
      }
      if (lay_out) {
        mapped = space.mapped_in(view, page);
        space.note_mapped(view, page, 1);
      }
      if (page != SIZE_MAX) heap.space.info(page).owned = true;
    }
    if (page != SIZE_MAX) {
      // Laying a free page out (a 64 KiB memset when its last layout
      // differs) and the first cell (a page fault on a fresh page) need no
      // lock: the page is out of every free set and list, owned by this
      // thread, and no collection looks at it before this thread parks.
      PageInfo* info = &heap.space.info(page);
      uintptr_t address = heap.space.page_address(page);
      // The page is about to be filled through this thread's view. Fresh
      // from the OS (a hole in the file) and not mapped there, one system
      // call maps it instead of one page fault per 4 KiB; otherwise its
      // bytes are resident and one read maps them all if the view lost
      // them (the STM drops a view's pages when it shares a unit again),
      // a cache miss if not.
      uintptr_t view = address + write_offset;
      if (lay_out && zero && !mapped) {
        PageSpace::populate(view, kPageSize);
        // Commits copy objects into the canonical copy: one read maps the
        // page there too (the canonical range never loses a page but to a
        // punched hole, so only a fresh page needs it).
        PageSpace::map_resident(address);
      } else
        PageSpace::map_resident(view);
      if (lay_out) init_small_page(info, view, slot, zero);
      info->cursor = 0;
      tls_allocation_cache.current[slot] = info;
      tls_allocation_cache.current_address[slot] = address;
      return hand_out(slot, take_free_cell(info), kind, write_offset);
    }
    // The reservation is exhausted: collect and retry once.
    if (attempt == 0) collect_now(true);
  }
  return nullptr;
}

ObjectHeader* allocate_large(size_t size, uint16_t kind, Space space, ptrdiff_t write_offset) {
  HeapState& heap = heap_state();
  if (size > heap.space.reserved_bytes()) return nullptr;
  note_allocating(heap);
  flush_thread_counters();
  safe_point();
  collect_if_needed();
  size_t bytes = (size + kObjectAlignment - 1) & ~(kObjectAlignment - 1);
  size_t pages = (bytes + kPageSize - 1) >> kPageShift;
  for (int attempt = 0; attempt < 2; ++attempt) {
    size_t first = SIZE_MAX;
    bool zero = false, mapped = true;
    {
      std::lock_guard<std::mutex> lock(heap.mutex);
      first = heap.space.allocate_run(pages, &zero);
      if (first != SIZE_MAX) {
        size_t view = heap.space.view_index(write_offset);
        mapped = heap.space.mapped_in(view, first);
        heap.space.note_mapped(view, first, pages);
        PageInfo& head = heap.space.info(first);
        head.state = PageState::kLargeHead;
        head.space = static_cast<uint8_t>(space);
        head.owned = false;
        head.cell_size = 0;
        head.span_pages = static_cast<uint32_t>(pages);
        head.object_size = bytes;
        head.alloc_bits[0] = 1;
        head.mark_bits[0] = 0;
        for (size_t p = 1; p < pages; ++p) {
          PageInfo& tail = heap.space.info(first + p);
          tail.state = PageState::kLargeTail;
          tail.space = static_cast<uint8_t>(space);
          tail.cell_size = 0;  // no small layout: zeroed whole when it serves a size class again
          tail.span_pages = static_cast<uint32_t>(p);
        }
      }
    }
    if (first != SIZE_MAX) {
      uint64_t span = pages << kPageShift;
      heap.bytes_allocated_total.fetch_add(span, std::memory_order_relaxed);
      heap.bytes_since_collection.fetch_add(span, std::memory_order_relaxed);
      // Pages fresh from the OS are already zero. A span not mapped in the
      // thread's view is mapped there in one go where its bytes are written
      // at once (zeroed here, or most likely filled by the caller: its
      // first pages). Only the object's bytes: the span's tail past them is
      // never touched and must not become resident.
      uintptr_t canonical = heap.space.page_address(first);
      if (!mapped) PageSpace::populate(canonical + write_offset, zero ? std::min<uint64_t>(bytes, kLargePopulateBytes) : bytes);
      finish_cell(reinterpret_cast<void*>(canonical + write_offset), bytes, kind, !zero);
      return reinterpret_cast<ObjectHeader*>(canonical);
    }
    if (attempt == 0) collect_now(true);
  }
  return nullptr;
}

}  // namespace

void flush_thread_counters() {
  uint64_t bytes = tls_allocation_cache.unflushed_bytes;
  if (bytes == 0 || g_heap == nullptr) return;
  tls_allocation_cache.unflushed_bytes = 0;
  g_heap->bytes_allocated_total.fetch_add(bytes, std::memory_order_relaxed);
  g_heap->bytes_since_collection.fetch_add(bytes, std::memory_order_relaxed);
}

void collect_if_needed() {
  HeapState& heap = *g_heap;
  if (!over_threshold(heap)) return;
  if (heap.no_collect_depth.load(std::memory_order_acquire) > 0) return;
  if (heap.collecting.load(std::memory_order_acquire)) return;  // allocation from a hook
  collect_now(true);
}

namespace {
thread_local uint32_t tls_stress_countdown = 0;

__attribute__((noinline)) void stress_collect(uint32_t interval) {
  if (tls_stress_countdown-- != 0) return;
  tls_stress_countdown = interval - 1;
  HeapState& heap = *g_heap;
  if (heap.no_collect_depth.load(std::memory_order_acquire) > 0) return;
  if (heap.collecting.load(std::memory_order_acquire)) return;
  collect_now(true);
}
}  // namespace

ObjectHeader* allocate(size_t size, uint16_t kind, Space space, ptrdiff_t write_offset) {
  if (uint32_t interval = g_heap ? g_heap->config.stress_interval : 0) [[unlikely]]
    stress_collect(interval);
  if (size > kMaxSmallSize) return allocate_large(size, kind, space, write_offset);
  size_t slot = static_cast<size_t>(space) * kNumSizeClasses + size_class_of(size);
  if (PageInfo* info = tls_allocation_cache.current[slot]) {
    long cell = take_free_cell(info);
    if (cell >= 0) return hand_out(slot, cell, kind, write_offset);
  }
  return allocate_small_slow(slot, kind, write_offset);
}

Space space_of(const void* address) {
  HeapState& heap = *g_heap;
  return static_cast<Space>(heap.space.info(heap.space.page_of(reinterpret_cast<uintptr_t>(address))).space);
}

size_t object_size(const ObjectHeader* object) {
  HeapState& heap = *g_heap;
  PageInfo& info = heap.space.info(heap.space.page_of(reinterpret_cast<uintptr_t>(object)));
  return info.state == PageState::kSmall ? info.cell_size : info.object_size;
}

}  // namespace pystm::gc
