// stm/commit_lock.h — the lock that orders commits.
// Owns: a test-and-test-and-set lock that spins briefly, then yields.
// Must never: sleep in the kernel while the holder is about to let go —
// commit sections are a microsecond or two, far shorter than a futex
// sleep/wake round trip (std::mutex under contention cost more than the
// sections it protected).
#pragma once
#include <atomic>
#include <thread>

namespace pystm::stm {

class CommitLock {
 public:
  void lock() {
    for (int spins = 0;; ++spins) {
      if (!held_.load(std::memory_order_relaxed) && !held_.exchange(true, std::memory_order_acquire)) return;
      if (spins < 64)
        pause();
      else
        std::this_thread::yield();
    }
  }
  bool try_lock() { return !held_.load(std::memory_order_relaxed) && !held_.exchange(true, std::memory_order_acquire); }
  void unlock() { held_.store(false, std::memory_order_release); }

 private:
  static void pause() {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  }
  std::atomic<bool> held_{false};
};

}  // namespace pystm::stm
