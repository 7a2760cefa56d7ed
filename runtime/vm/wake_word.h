// runtime/vm/wake_word.h — a 32-bit word threads wait on until it changes
// (a Linux futex). Unlike a condition variable, a POSIX signal handler may
// change it and wake its waiters: bump() is async-signal-safe, so a wait in
// the main thread ends when a signal arrives and its Python handler can run.
// Owns: nothing but the word. Must never: take a lock or allocate.
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>

namespace pystm {

class WakeWord {
 public:
  uint32_t current() const { return value_.load(std::memory_order_acquire); }
  // Changes the word and wakes every waiter. Async-signal-safe.
  void bump();
  // Returns when the word differs from `seen`, `deadline` passed, or
  // spuriously (a signal interrupted the wait): the caller looks again.
  void wait(uint32_t seen, std::optional<std::chrono::steady_clock::time_point> deadline) const;

 private:
  std::atomic<uint32_t> value_{0};
};
static_assert(sizeof(std::atomic<uint32_t>) == 4, "a futex is a 32-bit word");

}  // namespace pystm
