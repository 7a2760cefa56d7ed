// tests/unit/runtime/vm/segment_scheduler_test.cpp — the choice of the next
// thread when a segment slot frees: the oldest waiter when nobody conflicts,
// a waiter without recent conflicts with the slot holders before one that
// has them, and a waiter passed over kMaxSkips times before anyone else.
#include <gtest/gtest.h>

#include <map>
#include <utility>

#include "runtime/vm/segment_scheduler.h"

namespace pystm {
namespace {

struct Conflicts {
  std::map<std::pair<uint64_t, uint64_t>, uint64_t> counts;
  void add(uint64_t a, uint64_t b, uint64_t n) { counts[{std::min(a, b), std::max(a, b)}] = n; }
  uint64_t operator()(uint64_t a, uint64_t b) const {
    auto it = counts.find({std::min(a, b), std::max(a, b)});
    return it == counts.end() ? 0 : it->second;
  }
};

TEST(SegmentScheduler, OldestWaiterWhenNothingConflicts) {
  Conflicts none;
  EXPECT_EQ(choose_waiter({{5, 0}, {6, 0}, {7, 0}}, {1, 2}, std::ref(none)), 0u);
}

TEST(SegmentScheduler, ConflictingWaiterWaitsBehindOthers) {
  Conflicts c;
  c.add(5, 1, 3);  // waiter 5 recently conflicted with holder 1
  c.add(6, 2, 1);  // waiter 6 a little, with holder 2
  EXPECT_EQ(choose_waiter({{5, 0}, {6, 0}, {7, 0}}, {1, 2}, std::ref(c)), 2u);
  EXPECT_EQ(choose_waiter({{5, 0}, {6, 0}}, {1, 2}, std::ref(c)), 1u);
  // Conflicts with threads that hold no slot do not count.
  EXPECT_EQ(choose_waiter({{5, 0}, {6, 0}}, {3, 4}, std::ref(c)), 0u);
}

TEST(SegmentScheduler, PassedOverWaiterGoesFirst) {
  Conflicts c;
  c.add(5, 1, 10);
  EXPECT_EQ(choose_waiter({{5, kMaxSkips - 1}, {6, 0}}, {1}, std::ref(c)), 1u);
  EXPECT_EQ(choose_waiter({{5, kMaxSkips}, {6, 0}}, {1}, std::ref(c)), 0u);
}

}  // namespace
}  // namespace pystm
