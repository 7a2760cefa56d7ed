// tests/stm/stress_support.h — what the threaded stress tests share: heap
// objects of words, a retrying transaction runner, thread launching with a
// segment limit, seeds.
// Must never: be used outside tests/stm.
#pragma once
#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <latch>
#include <thread>
#include <vector>

#include "stm/barrier.h"
#include "stm/conflict.h"
#include "stm/transaction.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::stm::stress {

using gc::ObjectHeader;
using gc::test::body;

// Seeds every stress test runs with (each is a different interleaving).
inline const std::vector<uint64_t>& seeds() {
  static const std::vector<uint64_t> s = {1, 7, 42};
  return s;
}

struct Rng {
  uint64_t state;
  explicit Rng(uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  uint64_t below(uint64_t n) { return next() % n; }
};

inline ObjectHeader* new_words(size_t words) {
  return stm::allocate(sizeof(ObjectHeader) + words * sizeof(void*), gc::test::kWordsKind);
}

// The words of `o` after the read barrier.
inline void* const* read_words(ObjectHeader* o) { return body(const_cast<ObjectHeader*>(read(o))); }

// Integers stored in words: shifted so they are never heap addresses.
inline void* enc(uint64_t v) { return reinterpret_cast<void*>(v << 4 | 8); }
inline uint64_t dec(const void* w) { return reinterpret_cast<uintptr_t>(w) >> 4; }

// Runs `body` as a transaction until it commits; `body` returns false to
// request a retry from scratch (it saw nothing it can act on) — then the
// transaction is aborted and run again. Returns the number of aborts.
inline int atomically(const std::function<void()>& fn, uint64_t location = 0) {
  int aborts = 0;
  for (;;) {
    begin(location);
    fn();
    if (commit()) return aborts;
    ++aborts;
  }
}

// Attaches `threads` threads (the calling thread leaves its segment while they
// run), limits the process to `segments` segments, runs fn(thread_index) on
// each, restores the limit.
inline void run_threads(int threads, int segments, const std::function<void(int)>& fn) {
  int old_limit = segment_limit();
  set_segment_limit(segments);
  std::vector<std::thread> pool;
  std::latch ready(threads);
  {
    Unattached away;  // the main thread holds no segment and counts as parked
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        ready.arrive_and_wait();  // all start together, so they overlap
        attach();
        fn(t);
        detach();
      });
    for (auto& th : pool) th.join();
  }
  set_segment_limit(old_limit);
}

// The fixture: the test tracer and an attached main thread.
class StressTest : public ::testing::Test {
 protected:
  void SetUp() override {
    attach();
    if (std::getenv("PYSTM_NO_INEVITABLE")) set_aborts_before_inevitable(1 << 30);
    if (const char* k = std::getenv("PYSTM_ABORTS_BEFORE_INEVITABLE")) set_aborts_before_inevitable(std::atoi(k));
  }
  void TearDown() override { detach(); }
  gc::test::TracerScope tracer_;
};

// Pins a table of references as a root for the scope.
class RootTable {
 public:
  explicit RootTable(size_t n) : slots_(n, nullptr) { gc::add_root_range(slots_.data(), n); }
  ~RootTable() { gc::remove_root_range(slots_.data()); }
  ObjectHeader*& operator[](size_t i) { return reinterpret_cast<ObjectHeader*&>(slots_[i]); }
  size_t size() const { return slots_.size(); }

 private:
  std::vector<void*> slots_;
};

}  // namespace pystm::stm::stress
