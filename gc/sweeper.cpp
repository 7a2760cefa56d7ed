// gc/sweeper.cpp — the sweep phase: unmarked cells become free, wholly empty
// pages and dead large spans go back to the OS, mark bits are cleared.
// Must never: free a page a thread is allocating from (owned pages stay, even
// when empty); run while any thread allocates (the world is stopped).
//
// A small page's alloc bitmap simply becomes its mark bitmap: a free cell is
// a clear bit, which is what allocation searches for (the bitmap is the free
// list). Empty pages are batched into contiguous runs.
// An automatic collection keeps empty pages resident ("retained") up to a
// budget (the threshold, or the recent high-water mark of pages in use: see
// collect_now): the mutator refills them instead of faulting fresh pages in,
// one fault per 4 KiB; beyond the budget the highest pages go back to the OS.
// An explicit collect() returns every empty page.
//
// The pages are swept in chunks that the threads parked for the collection
// claim beside the collector (gc/chunk_work.h); each chunk's results (empty
// runs, pages with free cells, live bytes) are merged in page order.
//
// System calls stay out of the stopped world: the sweep (world stopped)
// only marks the empty runs free in their PageInfo (no lookup finds an
// object there any more) and keeps them out of every free set
// (`pending_free`); release_freed_pages, once the world runs again, has the
// STM share them again in every segment (an mmap per run a segment holds
// privately), then frees them, then punches the holes of the pages beyond
// the budget (taken out of the free set meanwhile). Nobody can allocate a
// pending page, nobody references one, and no collection starts before
// release_freed_pages is done (collect_mutex).
#include <algorithm>
#include <bit>
#include <cstring>

#include "gc/heap_state.h"

namespace pystm::gc {

namespace {

// Pages per chunk of the parallel sweep: a few chunks per thread for a heap
// of some MiB, few enough that merging them costs nothing.
constexpr size_t kChunkPages = 64;

// What the sweep of one chunk found, merged in page order afterwards.
struct ChunkResult {
  std::vector<PageRun> empty;               // runs to free (spans start in the chunk)
  std::vector<size_t> empty_small;          // of which small pages (their layout is retained)
  std::vector<std::pair<size_t, size_t>> available;  // (slot, page) with free cells
  uint64_t live_bytes = 0;
};

struct SweepJob {
  std::vector<ChunkResult>* results;
  size_t frontier;
};

// Sweeps the pages of chunk `c`. Writes only the PageInfo of those pages (a
// span starting in the chunk may reach beyond it: its other pages are left
// alone until the merge) and results[c].
void sweep_chunk(HeapState& heap, void* context, size_t c) {
  auto& job = *static_cast<SweepJob*>(context);
  ChunkResult& out = (*job.results)[c];
  out.empty.clear();
  out.empty_small.clear();
  out.available.clear();
  out.live_bytes = 0;
  PageSpace& space = heap.space;
  size_t end = std::min(job.frontier, (c + 1) * kChunkPages);
  for (size_t page = c * kChunkPages; page < end;) {
    PageInfo& info = space.info(page);
    switch (info.state) {
      case PageState::kFree:
      case PageState::kLargeTail:
        ++page;
        break;
      case PageState::kLargeHead: {
        size_t span = info.span_pages;
        if (info.mark_bits[0] & 1) {
          info.mark_bits[0] = 0;
          out.live_bytes += span << kPageShift;
        } else {
          info.alloc_bits[0] = 0;
          out.empty.push_back({page, span});
        }
        page += span;
        break;
      }
      case PageState::kSmall: {
        // Only the words that hold cells: the words past them stay all
        // sentinels (the sweep's cost is the bitmaps' cache misses, with
        // the world stopped).
        size_t words = (info.cell_count + 63) / 64;
        size_t live = 0, taken = 0;
        for (size_t w = 0; w < words; ++w) {
          uint64_t m = info.mark_bits[w];
          live += static_cast<size_t>(std::popcount(m));
          taken += static_cast<size_t>(std::popcount(info.alloc_bits[w]));
          info.alloc_bits[w] = m;
          info.mark_bits[w] = 0;
        }
        if (size_t tail = info.cell_count & 63) info.alloc_bits[words - 1] |= ~uint64_t{0} << tail;
        // A freed cell keeps its dead object's bytes: cells are zeroed when
        // handed out again (`taken` counts the sentinels in those words).
        if (taken - (words * 64 - info.cell_count) != live) info.clean = false;
        info.cursor = 0;
        if (live == 0 && !info.owned) {
          out.empty_small.push_back(page);
          out.empty.push_back({page, 1});
        } else {
          out.live_bytes += live * info.cell_size;
          if (!info.owned && live < info.cell_count)
            out.available.emplace_back(info.space * kNumSizeClasses + info.size_class, page);
        }
        ++page;
        break;
      }
    }
  }
}

}  // namespace

uint64_t sweep(HeapState& heap) {
  PageSpace& space = heap.space;
  size_t frontier = space.frontier_pages();
  size_t chunks = (frontier + kChunkPages - 1) / kChunkPages;
  // The collector's only, kept for its capacity (never destroyed, like the heap).
  static auto* results = new std::vector<ChunkResult>;
  if (results->size() < chunks) results->resize(chunks);
  SweepJob job{results, frontier};
  // The parked threads sweep chunks beside the collector.
  heap.sweep_work.run(heap, sweep_chunk, &job, chunks);

  // Merged in page order: the runs coalesce, the lists stay sorted.
  uint64_t live_bytes = 0;
  for (auto& list : heap.available) list.clear();
  std::vector<PageRun>& runs = heap.pending_free;
  for (size_t c = 0; c < chunks; ++c) {
    const ChunkResult& r = (*results)[c];
    live_bytes += r.live_bytes;
    for (const PageRun& run : r.empty) {
      for (size_t p = run.first; p < run.first + run.count; ++p) space.info(p).state = PageState::kFree;
      if (!runs.empty() && runs.back().first + runs.back().count == run.first)
        runs.back().count += run.count;
      else
        runs.push_back(run);
    }
    heap.pending_retained.insert(heap.pending_retained.end(), r.empty_small.begin(), r.empty_small.end());
    for (auto [slot, page] : r.available) heap.available[slot].push_back(page);
  }
  // Lists are popped from the back: reuse low addresses first.
  for (auto& list : heap.available) std::reverse(list.begin(), list.end());
  return live_bytes;
}

void release_freed_pages(HeapState& heap, size_t retain_budget_pages) {
  PageSpace& space = heap.space;
  // Segments share the runs again first: a segment's private copy of a page
  // must be gone before anyone may allocate there through that segment.
  for (const PageRun& run : heap.pending_free) space.announce_freed(run);
  {
    std::lock_guard<std::mutex> lock(heap.mutex);
    for (const PageRun& run : heap.pending_free) space.free_run(run.first, run.count, true);
    heap.pending_free.clear();
    for (size_t page : heap.pending_retained) {
      const PageInfo& info = space.info(page);
      heap.retained_by_slot[info.space * kNumSizeClasses + info.size_class].push_back(page);
    }
    heap.pending_retained.clear();
    // Over budget: the highest pages go back first (allocation is first fit).
    space.take_excess_retained(retain_budget_pages, heap.punching);
  }
  for (const PageRun& run : heap.punching) space.punch_hole(run);
  std::lock_guard<std::mutex> lock(heap.mutex);
  for (const PageRun& run : heap.punching) space.return_punched(run);
  heap.punching.clear();
  for (size_t slot = 0; slot < std::size(heap.retained_by_slot); ++slot) {
    auto& list = heap.retained_by_slot[slot];
    std::erase_if(list, [&](size_t page) { return !retained_with_layout(space, page, slot); });
    std::sort(list.begin(), list.end(), std::greater<size_t>());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
}

}  // namespace pystm::gc
