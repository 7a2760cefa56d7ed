// tests/unit/gc/page_reuse_test.cpp — a page an automatic collection kept
// resident ("retained") and gives to another size class shows zeros, or a
// live cell, at every granule: never its last life's bytes, which the STM's
// segments could copy and the collector would then trace as objects
// (gc/allocator.cpp, gc/page_space.cpp).
#include <gtest/gtest.h>

#include <set>

#include "gc/heap.h"
#include "gc/size_classes.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

constexpr size_t kOldSize = 48;   // the pages' first life
constexpr size_t kNewSize = 176;  // their second: another size class

uintptr_t page_of(const void* p) { return reinterpret_cast<uintptr_t>(p) & ~(kPageSize - 1); }

// Fills pages with dead kOldSize objects holding non-zero words until an
// automatic collection has run; returns the pages they used.
__attribute__((noinline)) std::set<uintptr_t> fill_until_collected() {
  std::set<uintptr_t> pages;
  uint64_t before = stats().collections;
  while (stats().collections == before) {
    for (int i = 0; i < 1024; ++i) {
      ObjectHeader* o = allocate(kOldSize, test::kWordsKind);
      for (size_t w = 0; w < (kOldSize - sizeof(ObjectHeader)) / sizeof(void*); ++w)
        test::body(o)[w] = reinterpret_cast<void*>(uintptr_t{0x5A5A5A5A5A5A5A51});
      pages.insert(page_of(o));
    }
  }
  return pages;
}

TEST(PageReuseTest, RetainedPageGivenToAnotherSizeClassReadsZeroOutsideLiveCells) {
  test::TracerScope tracer;
  ASSERT_NE(size_class_of(kOldSize), size_class_of(kNewSize));
  std::set<uintptr_t> old_pages = test::deep([] { return fill_until_collected(); });
  // Allocate in the new size class until a cell lands on one of those pages.
  ObjectHeader* reused = nullptr;
  for (size_t i = 0; i < (size_t{256} << 20) / kNewSize && reused == nullptr; ++i) {
    ObjectHeader* o = allocate(kNewSize, test::kWordsKind);
    ASSERT_NE(o, nullptr);
    if (old_pages.count(page_of(o))) reused = o;
  }
  ASSERT_NE(reused, nullptr) << "no retained page was given to the new size class";
  auto* words = reinterpret_cast<const uint64_t*>(page_of(reused));
  size_t dirty = 0;
  for (size_t w = 0; w < kPageSize / sizeof(uint64_t); w += 2) {
    if (find_object(&words[w]) != nullptr) continue;
    if (words[w] != 0 || words[w + 1] != 0) ++dirty;
  }
  EXPECT_EQ(dirty, 0u) << "granules outside live cells still hold the page's old bytes";
}

}  // namespace
}  // namespace pystm::gc
