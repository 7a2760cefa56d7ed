// runtime/vm/wake_word.cpp — see wake_word.h.
#include "runtime/vm/wake_word.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <climits>

namespace pystm {

void WakeWord::bump() {
  value_.fetch_add(1, std::memory_order_acq_rel);
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(&value_), FUTEX_WAKE_PRIVATE, INT_MAX, nullptr, nullptr, 0);
}

void WakeWord::wait(uint32_t seen, std::optional<std::chrono::steady_clock::time_point> deadline) const {
  if (current() != seen) return;
  auto* word = const_cast<uint32_t*>(reinterpret_cast<const uint32_t*>(&value_));
  if (!deadline) {
    syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, seen, nullptr, nullptr, 0);
    return;
  }
  // steady_clock is CLOCK_MONOTONIC, the clock FUTEX_WAIT_BITSET measures an
  // absolute deadline with.
  auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline->time_since_epoch()).count();
  if (ns < 0) return;
  timespec at{static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
  syscall(SYS_futex, word, FUTEX_WAIT_BITSET_PRIVATE, seen, &at, nullptr, FUTEX_BITSET_MATCH_ANY);
}

}  // namespace pystm
