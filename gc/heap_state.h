// gc/heap_state.h — the collector's process-wide state, shared by the files
// of gc/ (allocation, marking, sweeping). Internal: nothing outside gc/
// includes it.
// Owns: the page space, the per-class lists of pages with free cells, the
// root sets, counters and the collection threshold. Must never: be copied or
// destroyed (it lives for the whole process, so no exit-time ordering issue).
//
// Locking: `mutex` guards page acquisition and release, the class lists and
// the root sets. Allocation from a thread's own current page takes no lock.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "gc/chunk_work.h"
#include "gc/heap.h"
#include "gc/mark_work.h"
#include "gc/page_space.h"
#include "gc/thread_registry.h"

namespace pystm::gc {

struct RootRange {
  void* const* begin;
  size_t count;
};
struct RootEnumerator {
  RootEnumeratorFn fn;
  void* context;
};
struct SweepHook {
  SweepHookFn fn;
  void* context;
};

struct HeapState {
  HeapConfig config;
  PageSpace space;
  std::mutex mutex;
  std::mutex collect_mutex;  // one collection at a time
  // Small pages of each space and class that have free cells and no owner
  // thread, indexed by allocation slot (space * kNumSizeClasses + class).
  std::vector<size_t> available[kNumSpaces * kNumSizeClasses];
  // Retained pages whose last life was a small page of each slot, lowest
  // address last (entries may be stale: the page was taken or returned to the
  // OS since; the sweeper drops those). Refilling a page of the same layout
  // spares zeroing it whole (gc/allocator.cpp).
  std::vector<size_t> retained_by_slot[kNumSpaces * kNumSizeClasses];
  // Runs the last sweep freed, held out of every free set until
  // release_freed_pages has shared them again in every segment (world
  // running), and those of them whose layout retained_by_slot gets then.
  // Guarded by collect_mutex; left over only in a child forked meanwhile,
  // where the next collection finishes them.
  std::vector<PageRun> pending_free;
  std::vector<size_t> pending_retained;
  std::vector<PageRun> punching;  // retained pages on their way back to the OS (same guard)

  std::atomic<TraceFn> tracer{nullptr};
  std::atomic<ObjectViewsFn> object_views{nullptr};
  std::atomic<ViewToCanonicalFn> view_to_canonical{nullptr};
  std::vector<RootRange> root_ranges;
  std::vector<RootEnumerator> root_enumerators;
  std::vector<SweepHook> sweep_hooks;
  ThreadRegistry threads;

  std::atomic<int> no_collect_depth{0};
  std::atomic<bool> collecting{false};
  std::atomic<uint64_t> collections{0};
  std::atomic<uint64_t> bytes_allocated_total{0};
  std::atomic<uint64_t> bytes_since_collection{0};
  std::atomic<uint64_t> bytes_live_after_last{0};
  std::atomic<uint64_t> threshold{0};
  size_t recent_peak_pages = 0;  // decaying high-water mark of pages in use (collector only)

  std::vector<ObjectHeader*> mark_stack;  // the collector's, kept between collections
  MarkWork mark_work;                     // shared with parked threads while marking
  ChunkWork sweep_work;                   // the sweep's chunks of pages, likewise

  // Stop the world (safe_point.cpp): the collector raises
  // g_world_stop_requested (heap.h) and waits on park_cv until every other
  // registered thread has parked.
  std::mutex park_mutex;
  std::condition_variable park_cv;
};

// Whether `page` is retained (free, resident) and was last a small page of
// allocation slot `slot` (its bytes are dead objects of that layout or zeros).
inline bool retained_with_layout(PageSpace& space, size_t page, size_t slot) {
  const PageInfo& info = space.info(page);
  return space.is_retained(page) && info.state == PageState::kFree &&
         info.cell_size == kClassSizes[slot % kNumSizeClasses] && info.space == slot / kNumSizeClasses;
}

// Set once by initialize(); null before.
extern HeapState* g_heap;
HeapState& heap_state();  // initializes on first use

// Allocation-side hooks the collector calls (allocator.cpp).
void flush_thread_counters();
void collect_if_needed();

// Marking (marker.cpp): marks everything reachable from the roots;
// mark_objects then marks `objects` and everything they reach as well.
void mark_from_roots(HeapState& heap);
void mark_objects(HeapState& heap, const std::vector<ObjectHeader*>& objects);
// Finalization (finalization.cpp): after marking, queues the registered
// objects left unmarked and marks what they reach; the queue is a root.
void find_unreachable_finalizable(HeapState& heap);
void visit_ready_finalizable(Visitor& visitor);
void forget_finalization_lock_after_fork();
// Sweeping (sweeper.cpp), world stopped: frees unmarked cells, rebuilds the
// class lists, clears marks; wholly empty pages and dead spans go to
// pending_free. Returns the live bytes.
uint64_t sweep(HeapState& heap);
// After the world resumes (collect_mutex held, not the heap mutex): the
// pending runs become free, and empty pages beyond `retain_budget_pages` go
// back to the OS.
void release_freed_pages(HeapState& heap, size_t retain_budget_pages);

// Stop the world (safe_point.cpp): returns once every registered thread but
// the caller is parked; resume_world() lets them go.
void stop_world(HeapState& heap);
void resume_world(HeapState& heap);

// A collection; `automatic` ones keep some empty pages resident (sweeper.cpp).
void collect_now(bool automatic);

// The object whose storage contains `address`, or null. With
// `require_allocated`, free cells are not objects.
ObjectHeader* lookup_object(HeapState& heap, uintptr_t address);

}  // namespace pystm::gc
