// tests/unit/stm/freed_pages_test.cpp — pages the collector frees become
// shared again in every segment (the pages-freed hook, stm/page_sharing.cpp)
// before the collection returns, although the hook now runs after the world
// resumed (gc/sweeper.cpp release_freed_pages).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "stm/page_sharing.h"
#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

class FreedPagesTest : public MultiSegmentStmTest {};

void wait_for(const std::atomic<int>& stage, int value) {
  while (stage.load() < value) gc::poll_safe_point();
}

// A dead object of a unit another running segment holds privately: after
// the collection its unit is shared again there, and a new object allocated
// in the freed pages reads the same in that segment as in the canonical copy.
TEST_F(FreedPagesTest, AFreedUnitIsSharedAgainInEverySegment) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  // A large object: its pages hold nothing else, so they are freed whole.
  constexpr size_t kWords = 20000;
  uintptr_t hidden = gc::test::deep([] { return hide(committed_words(kWords)); });
  size_t size = gc::object_size(reveal(hidden));
  std::atomic<int> stage{0};
  int other = 0;
  std::thread holder([&] {
    attach();  // holds a segment while we commit: our write makes the unit stale there
    other = current_transaction_info().segment;
    stage = 1;
    wait_for(stage, 2);  // parked at safe points through the collection
    detach();
  });
  wait_for(stage, 1);
  gc::test::deep([&] {
    begin();
    body(write(reveal(hidden)))[0] = reinterpret_cast<void*>(16);
    commit();
    return 0;
  });
  uint64_t bit = uint64_t{1} << (other - 1);
  EXPECT_TRUE(stale_mask_of(reveal(hidden), size) & bit);
  gc::test::collect_clean();
  // Shared again before collect() returned.
  EXPECT_FALSE((private_mask_of(reveal(hidden), size) | stale_mask_of(reveal(hidden), size)) & bit);
  stage = 2;
  holder.join();
}

}  // namespace
}  // namespace pystm::stm::test
