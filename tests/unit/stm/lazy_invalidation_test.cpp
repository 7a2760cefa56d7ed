// tests/unit/stm/lazy_invalidation_test.cpp — segments that no thread holds
// are not kept up to date: commits give them no private copies, a detaching
// thread's copies are dropped, and a segment taken again shares its stale
// units instead of having objects copied in (stm/page_sharing.h,
// stm/transaction.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "stm/page_sharing.h"
#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

class LazyInvalidationTest : public MultiSegmentStmTest {};

uint64_t bit_of(int segment) { return uint64_t{1} << (segment - 1); }
bool private_in(const ObjectHeader* o, int segment) {
  return private_mask_of(o, gc::object_size(o)) & bit_of(segment);
}
void wait_for(const std::atomic<int>& stage, int value) {
  while (stage.load() < value) std::this_thread::yield();
}

TEST_F(LazyInvalidationTest, DetachDropsCopiesAndIdleSegmentsGetNone) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;  // the other thread's objects live in its locals only
  ObjectHeader* mine = committed_words(4);
  int other = 0;
  size_t other_units_while_attached = 0;
  std::thread t([&] {
    attach();
    ObjectHeader* own = committed_words(4);
    begin();
    body(write(own))[0] = reinterpret_cast<void*>(16);
    commit();
    other = current_transaction_info().segment;
    other_units_while_attached = private_units(other);
    detach();
  });
  t.join();
  ASSERT_NE(other, current_transaction_info().segment);
  EXPECT_GT(other_units_while_attached, 0u);  // its write privatized a unit
  EXPECT_EQ(private_units(other), 0u);        // shared again at detach

  begin();
  body(write(mine))[0] = reinterpret_cast<void*>(32);
  commit();
  // Nobody runs in the other segment: it needs no copy of the old bytes.
  EXPECT_FALSE(private_in(mine, other));
  EXPECT_EQ(private_units(other), 0u);
}

TEST_F(LazyInvalidationTest, ASegmentTakenAgainSharesItsStaleUnits) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  std::atomic<int> stage{0};
  std::thread writer([&] {
    attach();  // before our write: it holds another segment, so we privatize
    stage = 1;
    wait_for(stage, 2);
    begin();
    body(write(o))[0] = reinterpret_cast<void*>(48);
    body(write(o))[1] = reinterpret_cast<void*>(64);
    commit();
    stage = 3;
    wait_for(stage, 4);
    detach();
  });
  wait_for(stage, 1);
  begin();
  body(write(o))[0] = reinterpret_cast<void*>(16);
  commit();
  int mine = current_transaction_info().segment;
  ASSERT_TRUE(private_in(o, mine));
  {
    Unattached away;  // our segment is idle while the other thread commits
    stage = 2;
    wait_for(stage, 3);
  }
  // Taken again: the unit holding the committed object was dropped back to
  // shared rather than patched, and the view shows the newest bytes.
  EXPECT_EQ(current_transaction_info().segment, mine);
  EXPECT_FALSE(private_in(o, mine));
  begin();
  EXPECT_EQ(reinterpret_cast<const void* const*>(read(o) + 1)[0], reinterpret_cast<void*>(48));
  EXPECT_EQ(reinterpret_cast<const void* const*>(read(o) + 1)[1], reinterpret_cast<void*>(64));
  commit();
  stage = 4;
  writer.join();
}

}  // namespace
}  // namespace pystm::stm::test
