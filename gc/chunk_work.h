// gc/chunk_work.h — a stopped-world job split into numbered chunks that the
// collecting thread and the threads parked at safe points claim and run
// side by side (the sweep's pages). Internal to gc/.
// Owns: the running job's function, context and chunk counters. Must never:
// let run() return while a chunk is running or a helper is still inside;
// hold its lock while a chunk runs.
//
// Chunks are claimed with an atomic index. The collector claims until none
// is left, then waits until every claimed chunk is finished and no helper is
// inside, so the job's results (written by the chunks, read by the collector
// afterwards) are complete and ordered before it goes on: every helper
// reports under the lock.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>

namespace pystm::gc {

struct HeapState;

class ChunkWork {
 public:
  using ChunkFn = void (*)(HeapState& heap, void* context, size_t chunk);
  // The collector: opens the job (under the park lock, so parked threads
  // waiting on park_cv see it), runs chunks, returns when all are done.
  void run(HeapState& heap, ChunkFn fn, void* context, size_t chunks);
  // A parked thread's part in job `id`, if it still runs.
  void help(HeapState& heap, uint64_t id);
  // The job helpers may join (0: none). Read under the park lock.
  uint64_t joinable() const { return joinable_.load(std::memory_order_acquire); }

 private:
  // Runs chunks until none is left; returns how many it ran.
  size_t run_chunks(HeapState& heap);

  std::mutex mutex_;
  std::condition_variable cv_;
  uint64_t job_ = 0;
  ChunkFn fn_ = nullptr;
  void* context_ = nullptr;
  size_t chunks_ = 0;
  size_t finished_ = 0;  // chunks done (under mutex_)
  int helpers_ = 0;      // helpers inside run_chunks (under mutex_)
  bool open_ = false;
  std::atomic<size_t> next_{0};
  std::atomic<uint64_t> joinable_{0};
};

}  // namespace pystm::gc
