// gc/safe_point.cpp — the stop-the-world handshake between a collecting
// thread and every other registered thread.
// Owns: safe_point(), BlockingScope, stop_world()/resume_world(). Must never:
// let a thread leave a safe point or a BlockingScope while a collection runs;
// publish a parked stack pointer above registers that still hold references.
//
// A parking thread first spills its callee-saved registers into a buffer in
// its own frame (setjmp), then publishes a stack pointer below that buffer:
// the collector's scan of [parked_stack_pointer, stack_high) sees every
// reference the thread holds.
#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>

#include "gc/heap_state.h"

namespace pystm::gc {

std::atomic<bool> g_world_stop_requested{false};

static_assert(sizeof(jmp_buf) <= 512, "BlockingScope::registers_ is too small for a jmp_buf");

namespace {
thread_local bool tls_collecting_thread = false;

// Publishes `sp` as the caller's parked stack pointer and wakes the collector.
void publish_parked(HeapState& heap, ThreadRecord* self, uintptr_t sp) {
  std::lock_guard<std::mutex> lock(heap.park_mutex);
  self->fake_stack = current_fake_stack();
  self->parked_stack_pointer = sp;
  heap.park_cv.notify_all();
}

// Waits until no collection is running, helping to mark and sweep meanwhile
// (the thread's stack is published: its working frames lie below it), then
// clears the parked pointer.
void unpark(HeapState& heap, ThreadRecord* self) {
  std::unique_lock<std::mutex> lock(heap.park_mutex);
  uint64_t marked = 0, swept = 0;
  auto fresh = [](uint64_t job, uint64_t done) { return job != 0 && job != done; };
  for (;;) {
    heap.park_cv.wait(lock, [&] {
      return !g_world_stop_requested.load(std::memory_order_acquire) || fresh(heap.mark_work.joinable(), marked) ||
             fresh(heap.sweep_work.joinable(), swept);
    });
    if (!g_world_stop_requested.load(std::memory_order_acquire)) break;
    if (uint64_t job = heap.mark_work.joinable(); fresh(job, marked)) {
      marked = job;
      lock.unlock();
      heap.mark_work.help(heap, job);
      lock.lock();
    }
    if (uint64_t job = heap.sweep_work.joinable(); fresh(job, swept)) {
      swept = job;
      lock.unlock();
      heap.sweep_work.help(heap, job);
      lock.lock();
    }
  }
  self->parked_stack_pointer = 0;
}

__attribute__((noinline)) void park_here(HeapState& heap, ThreadRecord* self) {
  __builtin_unwind_init();
  jmp_buf registers;
  setjmp(registers);
  auto sp = std::min(reinterpret_cast<uintptr_t>(&registers), reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  publish_parked(heap, self, sp);
  unpark(heap, self);
  asm volatile("" : : "r"(&registers) : "memory");
}
}  // namespace

void safe_point() {
  HeapState* heap = g_heap;
  if (heap == nullptr || !g_world_stop_requested.load(std::memory_order_acquire)) [[likely]]
    return;
  if (tls_collecting_thread) return;
  ThreadRecord* self = heap->threads.current();
  if (self == nullptr || self->blocking_depth > 0) return;
  park_here(*heap, self);
}

BlockingScope::BlockingScope() : parked_(false) {
  HeapState* heap = g_heap;
  ThreadRecord* self = heap ? heap->threads.current() : nullptr;
  if (self == nullptr || tls_collecting_thread) return;
  parked_ = true;
  if (self->blocking_depth++ > 0) return;
  __builtin_unwind_init();
  setjmp(*reinterpret_cast<jmp_buf*>(registers_));
  // The scope object lives in the caller's frame: everything from it up stays
  // put while the thread blocks.
  auto sp = std::min(reinterpret_cast<uintptr_t>(this), reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  publish_parked(*heap, self, sp);
}

BlockingScope::~BlockingScope() {
  if (!parked_) return;
  HeapState& heap = *g_heap;
  ThreadRecord* self = heap.threads.current();
  if (--self->blocking_depth > 0) return;
  unpark(heap, self);
}

void stop_world(HeapState& heap) {
  tls_collecting_thread = true;
  ThreadRecord* self = heap.threads.current();
  std::unique_lock<std::mutex> lock(heap.park_mutex);
  g_world_stop_requested.store(true, std::memory_order_release);
  heap.park_cv.wait(lock, [&] {
    bool all = true;
    heap.threads.for_each([&](ThreadRecord& r) {
      if (&r != self && r.parked_stack_pointer == 0) all = false;
    });
    return all;
  });
}

void resume_world(HeapState& heap) {
  {
    std::lock_guard<std::mutex> lock(heap.park_mutex);
    g_world_stop_requested.store(false, std::memory_order_release);
  }
  heap.park_cv.notify_all();
  tls_collecting_thread = false;
}

}  // namespace pystm::gc
