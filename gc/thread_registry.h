// gc/thread_registry.h — the threads that may hold heap references on their
// stacks, and the conservative scan of a stack and its registers.
// Owns: the registry (stack bounds per registered thread) and the word-by-word
// conservative scanning functions. Must never: interpret the words it scans;
// every word goes to the Visitor, which decides whether it is a reference.
//
// Threads and collections, today: the collector scans the calling thread only.
// Every other registered thread must be detached or stopped at a safe point
// while a collection runs (documented in docs/STM.md). The STM issue adds the
// stop-the-world handshake: ThreadRecord::parked_stack_pointer is where each
// thread will publish "parked at a safe point, registers spilled, stack
// pointer = X", and scan_registered_threads() will scan those stacks too.
#pragma once
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
  // Reserved for the STM issue: the stack pointer a parked thread published.
  uintptr_t parked_stack_pointer = 0;
};

class ThreadRegistry {
 public:
  void register_current();
  void unregister_current();
  // The calling thread's record, or null when it is not registered.
  ThreadRecord* current() const;
  size_t count();

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
void scan_words_conservatively(Visitor& visitor, uintptr_t begin, uintptr_t end);

}  // namespace pystm::gc
