// tests/unit/gc/page_mapping_test.cpp — page faults on allocation: a page
// fresh from the OS is mapped in the allocating view in one go (populated,
// not faulted in 4 KiB at a time), and the page space hands a view a
// retained page that view already maps, forgetting the mapping when the
// page's hole is punched (gc/allocator.cpp, gc/page_space.cpp). Whether a
// system page is mapped is read from /proc/self/pagemap (bit 63: present).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include "gc/heap.h"
#include "gc/page_space.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

// How many of the system pages of [address, address + bytes) are mapped in
// this process; SIZE_MAX when pagemap cannot be read.
size_t mapped_system_pages(uintptr_t address, size_t bytes) {
  size_t system_page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  int fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return SIZE_MAX;
  size_t mapped = 0;
  for (uintptr_t p = address; p < address + bytes; p += system_page) {
    uint64_t entry = 0;
    if (pread(fd, &entry, sizeof entry, static_cast<off_t>(p / system_page * sizeof entry)) != sizeof entry) {
      close(fd);
      return SIZE_MAX;
    }
    mapped += entry >> 63;
  }
  close(fd);
  return mapped;
}

// Whether the kernel populates mappings on request (Linux 5.14; not qemu-user).
bool kernel_populates() {
#ifndef MADV_POPULATE_WRITE
  constexpr int MADV_POPULATE_WRITE = 23;
#endif
  size_t bytes = static_cast<size_t>(sysconf(_SC_PAGESIZE)) * 4;
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  bool ok = madvise(p, bytes, MADV_POPULATE_WRITE) == 0 &&
            mapped_system_pages(reinterpret_cast<uintptr_t>(p), bytes) == 4;
  munmap(p, bytes);
  return ok;
}

TEST(PageMappingTest, AFreshLargeSpanIsMappedInOneGo) {
  if (!kernel_populates()) GTEST_SKIP() << "no MADV_POPULATE_WRITE or no pagemap here";
  // An explicit collection punches every empty page: the span below is fresh.
  test::collect_clean();
  constexpr size_t kSize = 8 * kPageSize;
  ObjectHeader* o = allocate(kSize - sizeof(ObjectHeader), test::kWordsKind);
  ASSERT_NE(o, nullptr);
  size_t system_pages = kSize / static_cast<size_t>(sysconf(_SC_PAGESIZE));
  // Only its header was stored: without the populate one system page is mapped.
  EXPECT_EQ(mapped_system_pages(reinterpret_cast<uintptr_t>(o), kSize), system_pages);
}

TEST(PageMappingTest, OnlyTheObjectsBytesOfAFreshSpanBecomeResident) {
  if (!kernel_populates()) GTEST_SKIP() << "no MADV_POPULATE_WRITE or no pagemap here";
  test::collect_clean();
  // Two heap pages, the second mostly past the object's end: that tail is
  // never touched and must not cost memory.
  constexpr size_t kSize = kPageSize + 6000;
  ObjectHeader* o = allocate(kSize, test::kWordsKind);
  ASSERT_NE(o, nullptr);
  size_t system_page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  EXPECT_EQ(mapped_system_pages(reinterpret_cast<uintptr_t>(o), 2 * kPageSize), (kSize + system_page - 1) / system_page);
}

TEST(PageMappingTest, AFreshSmallPageIsMappedInOneGo) {
  if (!kernel_populates()) GTEST_SKIP() << "no MADV_POPULATE_WRITE or no pagemap here";
  test::collect_clean();
  // A size class no other test fills, allocated by a thread with no current
  // page: its first object lays a fresh page out.
  uintptr_t page = 0;
  NoCollectScope no_gc;  // the page must stay as laid out until it is looked at
  std::thread([&] {
    register_current_thread();
    ObjectHeader* o = allocate(7000, test::kWordsKind);
    if (o != nullptr) page = reinterpret_cast<uintptr_t>(o) & ~(kPageSize - 1);
    unregister_current_thread();
  }).join();
  ASSERT_NE(page, 0u);
  size_t system_pages = kPageSize / static_cast<size_t>(sysconf(_SC_PAGESIZE));
  EXPECT_EQ(mapped_system_pages(page, kPageSize), system_pages);
}

// Small garbage until `collections` automatic collections have run.
__attribute__((noinline)) void churn_small(uint64_t collections) {
  uint64_t until = stats().collections + collections;
  while (stats().collections < until) {
    for (int i = 0; i < 4096; ++i) {
      ObjectHeader* o = allocate(200, test::kWordsKind);
      if (o == nullptr) return;
      test::body(o)[0] = o;
    }
  }
}

// Retained pages are kept up to a budget tied to the recent peak of pages
// in use, which decays: when the live heap shrinks, automatic collections
// alone (no explicit collect()) give the memory back, populated pages too.
TEST(PageMappingTest, ResidentMemoryReturnsWhenTheLiveHeapShrinks) {
  constexpr size_t kCount = 384, kSize = 1 << 20;
  test::collect_clean();
  size_t start = test::resident_shared_bytes();
  test::RootedFilledObjects objects(kCount, kSize);
  ASSERT_TRUE(objects.all_made());
  size_t full = test::resident_shared_bytes();
  EXPECT_GT(full, start + kCount * kSize * 9 / 10);
  objects.release();
  test::scrub_stack();
  // The budget decays by 1/8 per collection: 24 take it below a tenth.
  churn_small(24);
  size_t after = test::resident_shared_bytes();
  std::printf("resident shared: %zu MiB before, %zu MiB full, %zu MiB after the live heap shrank\n", start >> 20,
              full >> 20, after >> 20);
  EXPECT_LT(after + kCount * kSize / 2, full) << "resident shared " << (start >> 20) << " -> " << (full >> 20) << " -> "
                                              << (after >> 20) << " MiB";
  test::collect_clean();  // leaves no retained pages to the tests after this one
}

class PageViewTest : public ::testing::Test {
 protected:
  void SetUp() override { space_.reserve(64 * kPageSize); }
  PageSpace space_;
};

TEST_F(PageViewTest, ARetainedPageMappedInTheViewIsHandedOutFirst) {
  size_t a = space_.view_index(0);
  size_t b = space_.view_index(ptrdiff_t{1} << 30);
  EXPECT_NE(a, b);
  EXPECT_EQ(space_.view_index(0), a);  // one index per view
  bool zero = false;
  size_t first = space_.allocate_run(4, &zero);
  ASSERT_EQ(first, 0u);
  space_.note_mapped(a, 2, 1);
  EXPECT_TRUE(space_.mapped_in(a, 2));
  EXPECT_FALSE(space_.mapped_in(b, 2));
  space_.free_run(0, 4, true);
  EXPECT_EQ(space_.take_retained_mapped(b), SIZE_MAX);  // b maps none of them
  EXPECT_EQ(space_.take_retained_mapped(a), 2u);        // not page 0: first fit would take it
  EXPECT_EQ(space_.take_retained_mapped(a), SIZE_MAX);
  EXPECT_EQ(space_.retained_pages(), 3u);
}

TEST_F(PageViewTest, APunchedPageIsMappedInNoView) {
  size_t a = space_.view_index(0);
  bool zero = false;
  size_t first = space_.allocate_run(2, &zero);
  space_.note_mapped(a, first, 2);
  std::memset(reinterpret_cast<void*>(space_.page_address(first)), 0x7F, 2 * kPageSize);
  space_.free_run(first, 2, true);
  space_.release_retained();  // the holes are punched: every mapping lost the pages
  EXPECT_FALSE(space_.mapped_in(a, first));
  EXPECT_FALSE(space_.mapped_in(a, first + 1));
  EXPECT_EQ(space_.take_retained_mapped(a), SIZE_MAX);
  EXPECT_EQ(space_.allocate_run(1, &zero), first);
  EXPECT_TRUE(zero);
}

}  // namespace
}  // namespace pystm::gc
