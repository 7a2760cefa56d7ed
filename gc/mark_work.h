// gc/mark_work.h — marking work shared between the collecting thread and the
// threads parked at safe points, which trace beside it instead of sleeping
// through the pause. Internal to gc/.
// Owns: the pool of work chunks, the count of markers holding work, and the
// phase that helpers join. Must never: end a phase while a marker still holds
// work or the pool is not empty; hold its lock while tracing.
//
// Roots: the phase opens before the roots are scanned, with a list of root
// tasks (parked stacks, root ranges, enumerators); every marker claims tasks
// by an atomic index until none is left, then marks. So the parked threads
// scan roots beside the collector instead of waiting for it to finish them.
//
// Termination: a marker whose own stack runs dry takes a chunk from the pool;
// if there is none it stops counting as active and waits. The phase is over
// when no marker is active and the pool is empty: nobody can produce work
// any more. A marker with a deep stack hands half of it to the pool when
// another waits (checked every few objects with one relaxed load).
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "gc/object_header.h"

namespace pystm::gc {

struct HeapState;

// Scans root task `index` of `tasks` onto `stack` (any marker's thread).
using RootTaskFn = void (*)(HeapState& heap, const void* tasks, size_t index, std::vector<ObjectHeader*>& stack);

class MarkWork {
 public:
  // Opens the next phase with the caller as its first marker (the collector)
  // and `count` root tasks for the markers to claim; `tasks` must stay valid
  // until run_collector returns.
  void open(RootTaskFn run_task = nullptr, const void* tasks = nullptr, size_t count = 0);
  // The collector's part: marks from `stack` until the phase is over.
  void run_collector(HeapState& heap, std::vector<ObjectHeader*>& stack);
  // A parked thread's part in phase `id`, if that phase still runs.
  void help(HeapState& heap, uint64_t id);
  // The phase helpers may join (0: none). Read under the park lock.
  uint64_t joinable() const { return joinable_.load(std::memory_order_acquire); }
  void close() { joinable_.store(0, std::memory_order_release); }

  // Called by a marker every few objects: hands work over if someone waits.
  void share_if_wanted(std::vector<ObjectHeader*>& stack);

 private:
  // Marks until the phase is over; `stack` may start empty.
  void mark_until_done(HeapState& heap, std::vector<ObjectHeader*>& stack);
  // Claims and runs root tasks until none is left.
  void scan_roots(HeapState& heap, std::vector<ObjectHeader*>& stack);
  // Refills `stack` from the pool, waiting while other markers still work.
  // False when the phase is over.
  bool refill(std::vector<ObjectHeader*>& stack);

  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<std::vector<ObjectHeader*>> pool_;
  int active_ = 0;
  bool done_ = true;
  uint64_t phase_ = 0;
  RootTaskFn run_task_ = nullptr;
  const void* tasks_ = nullptr;
  size_t task_count_ = 0;
  std::atomic<size_t> next_task_{0};
  std::atomic<int> waiting_{0};
  std::atomic<uint64_t> joinable_{0};
};

// Traces everything on `stack` and what it reaches; with `work`, shares it.
void drain_mark_stack(HeapState& heap, std::vector<ObjectHeader*>& stack, MarkWork* work);

}  // namespace pystm::gc
