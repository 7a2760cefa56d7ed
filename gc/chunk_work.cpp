// gc/chunk_work.cpp — a stopped-world job shared by chunks (see the header).
#include "gc/chunk_work.h"

#include "gc/heap_state.h"

namespace pystm::gc {

void ChunkWork::run(HeapState& heap, ChunkFn fn, void* context, size_t chunks) {
  {
    std::lock_guard<std::mutex> park(heap.park_mutex);
    std::lock_guard<std::mutex> lock(mutex_);
    ++job_;
    fn_ = fn;
    context_ = context;
    chunks_ = chunks;
    finished_ = 0;
    open_ = true;
    next_.store(0, std::memory_order_relaxed);
    joinable_.store(job_, std::memory_order_release);
  }
  heap.park_cv.notify_all();
  size_t ran = run_chunks(heap);
  std::unique_lock<std::mutex> lock(mutex_);
  finished_ += ran;
  open_ = false;  // no helper joins any more
  joinable_.store(0, std::memory_order_release);
  cv_.wait(lock, [&] { return finished_ == chunks_ && helpers_ == 0; });
}

void ChunkWork::help(HeapState& heap, uint64_t id) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (job_ != id || !open_) return;
    ++helpers_;
  }
  size_t ran = run_chunks(heap);
  std::lock_guard<std::mutex> lock(mutex_);
  finished_ += ran;
  --helpers_;
  cv_.notify_all();
}

size_t ChunkWork::run_chunks(HeapState& heap) {
  size_t ran = 0;
  for (size_t i; (i = next_.fetch_add(1, std::memory_order_relaxed)) < chunks_; ++ran) fn_(heap, context_, i);
  return ran;
}

}  // namespace pystm::gc
