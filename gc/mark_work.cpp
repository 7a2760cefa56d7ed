// gc/mark_work.cpp — the shared marking phase (see the header).
#include "gc/mark_work.h"

namespace pystm::gc {

namespace {
// A marker hands half its stack over once it holds this many objects and
// another waits: small, since the objects are mostly small and a waiting
// marker is a core doing nothing with the world stopped.
constexpr size_t kMinShare = 4;
}  // namespace

void MarkWork::open(RootTaskFn run_task, const void* tasks, size_t count) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++phase_;
  run_task_ = run_task;
  tasks_ = tasks;
  task_count_ = count;
  next_task_.store(0, std::memory_order_relaxed);
  done_ = false;
  active_ = 1;  // the collector
  pool_.clear();
  joinable_.store(phase_, std::memory_order_release);
}

void MarkWork::run_collector(HeapState& heap, std::vector<ObjectHeader*>& stack) {
  mark_until_done(heap, stack);
  close();
}

void MarkWork::help(HeapState& heap, uint64_t id) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (phase_ != id || done_) return;
    ++active_;
  }
  std::vector<ObjectHeader*> stack;
  mark_until_done(heap, stack);
}

void MarkWork::scan_roots(HeapState& heap, std::vector<ObjectHeader*>& stack) {
  // The task list was written under mutex_ before this marker joined (open,
  // then help or run_collector in the opening thread).
  for (size_t i; (i = next_task_.fetch_add(1, std::memory_order_relaxed)) < task_count_;) run_task_(heap, tasks_, i, stack);
}

void MarkWork::mark_until_done(HeapState& heap, std::vector<ObjectHeader*>& stack) {
  // Every marker finishes its root tasks before it may wait in refill, so
  // the phase cannot end with a root unscanned.
  scan_roots(heap, stack);
  do drain_mark_stack(heap, stack, this);
  while (refill(stack));
}

bool MarkWork::refill(std::vector<ObjectHeader*>& stack) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (!pool_.empty()) {
      stack = std::move(pool_.back());
      pool_.pop_back();
      return true;
    }
    if (--active_ == 0) {
      done_ = true;
      cv_.notify_all();
      return false;
    }
    waiting_.fetch_add(1, std::memory_order_relaxed);
    cv_.wait(lock, [&] { return done_ || !pool_.empty(); });
    waiting_.fetch_sub(1, std::memory_order_relaxed);
    if (done_) return false;
    ++active_;
  }
}

void MarkWork::share_if_wanted(std::vector<ObjectHeader*>& stack) {
  if (waiting_.load(std::memory_order_relaxed) == 0 || stack.size() < kMinShare) return;
  size_t keep = stack.size() / 2;
  std::vector<ObjectHeader*> chunk(stack.begin() + static_cast<std::ptrdiff_t>(keep), stack.end());
  stack.resize(keep);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    pool_.push_back(std::move(chunk));
  }
  cv_.notify_one();
}

}  // namespace pystm::gc
