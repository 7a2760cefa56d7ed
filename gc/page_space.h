// gc/page_space.h — the reserved heap address range, its pages and their
// side-table metadata.
// Owns: the heap's backing file and its PROT_NONE/NORESERVE mapping at the
// canonical range, committing pages as the frontier grows, handing out runs
// of free pages (first fit), and returning pages to the OS (punching holes in
// the backing file).
// Must never: know what a page holds beyond its PageInfo; take locks (callers
// serialize through the heap mutex).
//
// The range is a shared-memory file (memfd) mapped MAP_SHARED, so the STM can
// map the same file once more per segment: a page starts shared by every
// segment and becomes private in a segment only when the STM copies it there.
// Metadata lives outside the range (PageInfo[] indexed by page number), so the
// range holds nothing but objects.
// Invariant: a page below the frontier is either free (bit set in free_bits)
// or owned by exactly one small page or large span, or the collector holds
// it for a moment outside every free set (freed by a sweep but not yet
// shared again in every segment, or having its hole punched): see
// gc/sweeper.cpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/size_classes.h"

namespace pystm::gc {

enum class PageState : uint8_t { kFree, kSmall, kLargeHead, kLargeTail };

struct PageRun {
  size_t first;
  size_t count;
};

struct PageInfo {
  PageState state = PageState::kFree;
  uint8_t size_class = 0;
  bool owned = false;      // some thread's allocation cache allocates from it
  // Small pages: every free cell holds zeros in every view (the page came
  // zeroed and no cell was freed since), so allocation need not zero it.
  bool clean = false;
  uint8_t space = 0;       // gc::Space of its objects (large tails: the head's)
  uint32_t cell_size = 0;  // free pages keep their last life's (0 after a large span)
  uint32_t cell_count = 0;
  uint32_t reciprocal = 0;  // ceil(2^32 / cell_size): offset -> cell index
  uint32_t cursor = 0;      // first bitmap word that may have a free cell
  uint32_t span_pages = 0;  // large head: pages in the span; tail: distance to head
  uint64_t object_size = 0; // large head: the object's usable size
  // Small pages: bit i = cell i. Cells past cell_count are permanently set in
  // alloc_bits so allocation needs no bounds mask. Large heads use bit 0.
  uint64_t alloc_bits[kBitmapWords];
  uint64_t mark_bits[kBitmapWords];

  size_t cell_index(size_t page_offset) const {
    return static_cast<size_t>((uint64_t{page_offset} * reciprocal) >> 32);
  }
  bool bit(const uint64_t* bits, size_t i) const { return (bits[i >> 6] >> (i & 63)) & 1; }
  // Sets the alloc bits of the cells past cell_count.
  void set_tail_sentinels() {
    size_t w = cell_count >> 6;
    if (w >= kBitmapWords) return;
    alloc_bits[w] |= ~uint64_t{0} << (cell_count & 63);
    for (++w; w < kBitmapWords; ++w) alloc_bits[w] = ~uint64_t{0};
  }
};

class PageSpace {
 public:
  PageSpace() = default;
  ~PageSpace();  // unmaps everything (the process heap's space is never destroyed)
  PageSpace(const PageSpace&) = delete;
  PageSpace& operator=(const PageSpace&) = delete;

  // Reserves `reserve_bytes` (rounded to pages). Aborts the process on failure:
  // without its range the heap cannot exist.
  void reserve(size_t reserve_bytes);

  uintptr_t base() const { return base_; }
  int backing_fd() const { return fd_; }
  // In a child made by fork(): moves the range onto a fresh copy of the
  // backing file, so the child's writes no longer reach its parent (a
  // MAP_SHARED mapping stays shared across fork). The parent must not change
  // the heap until this returns. Returns the new file descriptor.
  int copy_backing_after_fork();
  // The hook announce_freed calls: the collector calls it for every run of
  // pages it frees, before the run is free for allocation.
  void set_freed_hook(void (*hook)(uintptr_t begin, size_t bytes)) { freed_hook_ = hook; }
  void announce_freed(const PageRun& run) const {
    if (freed_hook_ != nullptr) freed_hook_(page_address(run.first), run.count << kPageShift);
  }
  size_t reserved_bytes() const { return page_limit_ << kPageShift; }
  size_t frontier_pages() const { return frontier_; }
  size_t pages_in_use() const { return pages_in_use_; }
  size_t retained_pages() const { return retained_pages_; }

  bool contains(uintptr_t address) const { return address - base_ < (page_limit_ << kPageShift); }
  size_t page_of(uintptr_t address) const { return (address - base_) >> kPageShift; }
  uintptr_t page_address(size_t page) const { return base_ + (page << kPageShift); }
  PageInfo& info(size_t page) { return infos_[page]; }

  // First fit over the retained (free, still resident) pages, then over all
  // committed free pages, then the frontier grows. Returns SIZE_MAX when the
  // reservation is exhausted. *known_zero tells whether every page of the run
  // is untouched since it was last returned to the OS.
  size_t allocate_run(size_t count, bool* known_zero);
  // Takes `page` if it is retained (free and still resident); false when it
  // is in use or was returned to the OS since.
  bool take_retained(size_t page);
  bool is_retained(size_t page) const { return page < frontier_ && test(free_bits_, page) && test(dirty_bits_, page); }
  // Marks the run free. Returns its memory to the OS unless `retain`: a
  // retained page stays resident so the next allocations reuse it without
  // page faults; release_retained() returns it later.
  void free_run(size_t first, size_t count, bool retain);
  // Returns retained pages to the OS, the highest first, until at most
  // `keep` stay retained (0: all of them).
  void release_retained(size_t keep = 0);
  // release_retained in three steps, so the system calls need no lock: takes
  // the pages to release out of the free set (appending their runs to
  // `out`), punches their holes (only the backing file is touched: any
  // thread, no lock), and frees them again, no longer resident.
  void take_excess_retained(size_t keep, std::vector<PageRun>& out);
  void punch_hole(const PageRun& run) const;
  void return_punched(const PageRun& run);
  // Views: the mappings of the file that allocating threads write through,
  // named by their offset from the canonical range (0: the canonical range
  // itself; the STM gives each segment its own). For each view the space
  // remembers which pages the allocator mapped there (populated or filled
  // through it) since their hole was last punched, so a thread can be handed
  // a page its view already maps: the 16 page faults of a page reused
  // through another view are most of the faults a threaded program takes.
  // A hint only (the STM may drop a view's pages when it shares a unit
  // again): a wrong one costs page faults, nothing else.
  // The view's index, kNoView when there are too many views to track.
  static constexpr size_t kMaxViews = 72;
  static constexpr size_t kNoView = SIZE_MAX;
  size_t view_index(ptrdiff_t offset);
  bool mapped_in(size_t view, size_t page) const {
    return view < view_count_ && test(mapped_bits_[view], page);
  }
  void note_mapped(size_t view, size_t first, size_t count) {
    if (view < view_count_) set_range(mapped_bits_[view], first, count, true);
  }
  // Takes the lowest retained page mapped in `view`; SIZE_MAX when none.
  size_t take_retained_mapped(size_t view);

  // Maps `bytes` at `address` (one mapping of the file: the canonical range
  // or a segment's) writable in one system call, backing holes with zeroed
  // pages: the allocator calls it on a page run it is about to fill, where
  // the first stores would otherwise take one page fault per 4 KiB. Contents
  // never change. A hint: failure (an old kernel, a unit not accessible in
  // that mapping) leaves the faults to happen as before.
  static void populate(uintptr_t address, size_t bytes);
  // Maps the resident bytes of the page at `address` into that mapping
  // with at most one page fault: a read fault maps the file's resident
  // pages around it (the kernel's fault-around covers 64 KiB), where the
  // stores to come would take one write fault per 4 KiB. A read, never a
  // change; atomic, since another thread may be writing the page's bytes.
  static void map_resident(uintptr_t address) {
    (void)__atomic_load_n(reinterpret_cast<const uint64_t*>(address), __ATOMIC_RELAXED);
  }

 private:
  bool test(const uint64_t* bits, size_t i) const { return (bits[i >> 6] >> (i & 63)) & 1; }
  void set_range(uint64_t* bits, size_t first, size_t count, bool value);
  // Next page at or after `from` that is free (and resident, when
  // `resident_only`), or not; frontier_ when none.
  size_t next_with(size_t from, bool free, bool resident_only, const uint64_t* also = nullptr) const;
  size_t find_run(size_t from, size_t count, bool resident_only, bool* at_frontier);
  bool commit_up_to(size_t pages);


  uintptr_t base_ = 0;
  int fd_ = -1;
  void (*freed_hook_)(uintptr_t begin, size_t bytes) = nullptr;
  size_t page_limit_ = 0;
  size_t frontier_ = 0;       // pages [0, frontier_) are committed (read/write)
  size_t pages_in_use_ = 0;
  size_t retained_pages_ = 0;
  size_t first_free_hint_ = 0;
  PageInfo* infos_ = nullptr;
  uint64_t* free_bits_ = nullptr;   // 1 = free
  uint64_t* dirty_bits_ = nullptr;  // 1 = touched since last returned to the OS (free + dirty = retained)
  ptrdiff_t view_offsets_[kMaxViews] = {};
  uint64_t* mapped_bits_[kMaxViews] = {};  // per view: 1 = mapped there by the allocator
  size_t view_count_ = 0;
};

}  // namespace pystm::gc
