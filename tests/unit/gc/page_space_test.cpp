// tests/unit/gc/page_space_test.cpp — the reserved range's page runs: first
// fit, frontier growth, retained pages preferred, zero knowledge, exhaustion
// (gc/page_space.cpp). Uses a private PageSpace, not the process heap.
#include "gc/page_space.h"

#include <gtest/gtest.h>

#include <cstring>

namespace pystm::gc {
namespace {

class PageSpaceTest : public ::testing::Test {
 protected:
  void SetUp() override { space_.reserve(64 * kPageSize); }
  PageSpace space_;
};

TEST_F(PageSpaceTest, RangeIsAlignedAndContainsIsExact) {
  EXPECT_EQ(space_.base() % kPageSize, 0u);
  EXPECT_EQ(space_.reserved_bytes(), 64 * kPageSize);
  EXPECT_TRUE(space_.contains(space_.base()));
  EXPECT_TRUE(space_.contains(space_.base() + 64 * kPageSize - 1));
  EXPECT_FALSE(space_.contains(space_.base() + 64 * kPageSize));
  EXPECT_FALSE(space_.contains(space_.base() - 1));
}

TEST_F(PageSpaceTest, RunsAreFirstFitAndFreshRunsAreZero) {
  bool zero = false;
  size_t a = space_.allocate_run(1, &zero);
  EXPECT_EQ(a, 0u);
  EXPECT_TRUE(zero);
  size_t b = space_.allocate_run(3, &zero);
  EXPECT_EQ(b, 1u);
  size_t c = space_.allocate_run(1, &zero);
  EXPECT_EQ(c, 4u);
  EXPECT_EQ(space_.pages_in_use(), 5u);
  std::memset(reinterpret_cast<void*>(space_.page_address(b)), 0x7F, 3 * kPageSize);
  space_.free_run(b, 3, false);  // back to the OS
  EXPECT_EQ(space_.pages_in_use(), 2u);
  size_t d = space_.allocate_run(2, &zero);
  EXPECT_EQ(d, 1u);  // first fit reuses the hole
  EXPECT_TRUE(zero);
  EXPECT_EQ(*reinterpret_cast<unsigned char*>(space_.page_address(d)), 0);  // MADV_DONTNEED zeroed it
}

TEST_F(PageSpaceTest, RetainedPagesArePreferredAndNotZero) {
  bool zero = false;
  size_t a = space_.allocate_run(4, &zero);
  size_t b = space_.allocate_run(2, &zero);
  std::memset(reinterpret_cast<void*>(space_.page_address(b)), 0x7F, 2 * kPageSize);
  space_.free_run(a, 4, false);
  space_.free_run(b, 2, true);
  EXPECT_EQ(space_.retained_pages(), 2u);
  size_t c = space_.allocate_run(1, &zero);
  EXPECT_EQ(c, b);  // resident page first, although page 0 is free
  EXPECT_FALSE(zero);
  EXPECT_EQ(*reinterpret_cast<unsigned char*>(space_.page_address(c)), 0x7F);
  space_.release_retained();
  EXPECT_EQ(space_.retained_pages(), 0u);
  size_t d = space_.allocate_run(1, &zero);
  EXPECT_EQ(d, 0u);
  EXPECT_TRUE(zero);
}

TEST_F(PageSpaceTest, ExhaustionReturnsSizeMax) {
  bool zero = false;
  EXPECT_EQ(space_.allocate_run(65, &zero), SIZE_MAX);
  size_t a = space_.allocate_run(60, &zero);
  EXPECT_EQ(a, 0u);
  EXPECT_EQ(space_.allocate_run(5, &zero), SIZE_MAX);
  EXPECT_EQ(space_.allocate_run(4, &zero), 60u);
  space_.free_run(10, 20, false);
  EXPECT_EQ(space_.allocate_run(20, &zero), 10u);
}

}  // namespace
}  // namespace pystm::gc
