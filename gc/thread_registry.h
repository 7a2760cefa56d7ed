// gc/thread_registry.h — the threads that may hold heap references on their
// stacks, and the conservative scan of a stack and its registers.
// Owns: the registry (stack bounds per registered thread) and the word-by-word
// conservative scanning functions. Must never: interpret the words it scans;
// every word goes to the Visitor, which decides whether it is a reference.
//
// Threads and collections: the collector scans its own stack and registers,
// and the stack of every other registered thread from the stack pointer that
// thread published when it parked (gc/safe_point.cpp: registers spilled into
// its frame first).
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

#include "gc/heap.h"

namespace pystm::gc {

struct ThreadRecord {
  uintptr_t stack_low = 0;   // lowest address of the stack mapping
  uintptr_t stack_high = 0;  // one past the highest address (the stack's base)
  int registrations = 0;     // register_current_thread nests
  // Non-zero while the thread is parked (at a safe point or in a
  // BlockingScope): its stack from here up holds every reference it keeps.
  // Written under HeapState::park_mutex.
  uintptr_t parked_stack_pointer = 0;
  int blocking_depth = 0;      // BlockingScope nests (owner thread only)
  // Set when the thread takes a fresh page or span, cleared by each
  // collection: how many threads allocate between collections.
  std::atomic<bool> allocated{false};
  void* fake_stack = nullptr;  // ASan's fake stack of the thread, if any
};

class ThreadRegistry {
 public:
  void register_current();
  void unregister_current();
  // The calling thread's record, or null when it is not registered.
  ThreadRecord* current() const;
  size_t count();
  // fork() child only: the calling thread is the only one left.
  void keep_only_current_after_fork();
  // Calls fn(ThreadRecord&) for each registered thread, under the registry lock.
  template <class Fn>
  void for_each(Fn&& fn) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (ThreadRecord* r : threads_) fn(*r);
  }

 private:
  std::mutex mutex_;
  std::vector<ThreadRecord*> threads_;
};

// Stack bounds of the calling thread (pthread_getattr_np).
void current_stack_bounds(uintptr_t* low, uintptr_t* high);

// Spills the callee-saved registers onto the stack, then scans every aligned
// word from the current stack pointer up to `stack_high`.
void scan_current_thread(Visitor& visitor, uintptr_t stack_high);

// Visits every aligned word in [begin, end). Safe on memory the sanitizer
// would report (stack slots of dead frames, redzones).
void scan_words_conservatively(Visitor& visitor, uintptr_t begin, uintptr_t end, void* fake_stack);
// Zeroes a stretch of the stack below the caller's frame: the slots of calls
// that have returned, which frames pushed later (and scanned conservatively)
// would otherwise inherit as stale references.
void clear_dead_stack();
// The calling thread's ASan fake stack (null without ASan).
void* current_fake_stack();

}  // namespace pystm::gc
