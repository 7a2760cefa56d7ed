// tests/unit/stm/barrier_test.cpp — the read barrier's markers, the write
// barrier's flag test and slow path (stm/barrier.h, stm/barrier.cpp).
#include <cstring>
#include <thread>

#include "stm/barrier.h"
#include "stm/segment.h"

#include <gtest/gtest.h>

#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

class BarrierTest : public StmTest {};

TEST_F(BarrierTest, ViewIsTheObjectInTheSegmentsReplica) {
  ObjectHeader* o = committed_words(2);
  EXPECT_NE(tls_segment.base_delta, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(view(o)), reinterpret_cast<uintptr_t>(o) + tls_segment.base_delta);
  EXPECT_EQ(std::memcmp(view(o), o, 32), 0);  // committed: the replica shows the canonical bytes
}

TEST_F(BarrierTest, FreshObjectsNeedNoBarrier) {
  begin();
  uint64_t before = stats().write_barrier_slow_paths;
  ObjectHeader* o = new_words(4);
  EXPECT_FALSE(flag_set(o));
  body(write(o))[0] = reinterpret_cast<void*>(0x11);
  body(write(o))[1] = reinterpret_cast<void*>(0x21);
  EXPECT_EQ(stats().write_barrier_slow_paths, before);
  EXPECT_EQ(current_transaction_info().written_objects, 0u);
  EXPECT_EQ(current_transaction_info().new_objects, 1u);
  commit();
  EXPECT_TRUE(flag_set(o));
  EXPECT_EQ(body(o)[1], reinterpret_cast<void*>(0x21));
}

TEST_F(BarrierTest, ImmutableObjectsLiveInTheirOwnSpaceUntracked) {
  begin();
  size_t tracked = current_transaction_info().new_objects;
  ObjectHeader* imm = allocate_immutable(sizeof(ObjectHeader) + 2 * sizeof(void*), gc::test::kWordsKind);
  ObjectHeader* mut = new_words(2);
  EXPECT_EQ(gc::space_of(imm), gc::Space::kImmutable);
  EXPECT_EQ(gc::space_of(mut), gc::Space::kDefault);
  EXPECT_NE(reinterpret_cast<uintptr_t>(imm) >> 16, reinterpret_cast<uintptr_t>(mut) >> 16);  // never one page
  EXPECT_TRUE(flag_set(imm));  // committed at birth
  EXPECT_EQ(current_transaction_info().new_objects, tracked + 1);  // only the mutable one is tracked
  // Initialised in place: the canonical copy shows it at once.
  body(view(imm))[1] = reinterpret_cast<void*>(0x70);
  EXPECT_EQ(body(imm)[1], reinterpret_cast<void*>(0x70));
  commit();
}

TEST_F(BarrierTest, ObjectsAllocatedOutsideATransactionAreCommitted) {
  ObjectHeader* o = new_words(1);
  EXPECT_TRUE(flag_set(o));
}

TEST_F(BarrierTest, SlowPathRunsOncePerObjectPerTransaction) {
#if !PYSTM_STM_BARRIERS
  GTEST_SKIP() << "barriers compiled out";
#endif
  ObjectHeader* a = committed_words(2);
  ObjectHeader* b = committed_words(2);
  EXPECT_TRUE(flag_set(a));
  begin();
  uint64_t s0 = stats().write_barrier_slow_paths;
  for (int i = 0; i < 3; ++i) body(write(a))[0] = reinterpret_cast<void*>(uintptr_t(i) << 4);
  for (int i = 0; i < 2; ++i) body(write(b))[1] = reinterpret_cast<void*>(uintptr_t(i) << 4);
  EXPECT_EQ(stats().write_barrier_slow_paths, s0 + 2);
  EXPECT_FALSE(flag_set(a));
  EXPECT_EQ(current_transaction_info().written_objects, 2u);
  commit();
  EXPECT_TRUE(flag_set(a));
  EXPECT_TRUE(flag_set(b));
  begin();
  body(write(a))[0] = nullptr;
  body(write(a))[0] = nullptr;
  EXPECT_EQ(stats().write_barrier_slow_paths, s0 + 3);
  commit();
}

TEST_F(BarrierTest, WritesOutsideATransactionArePublishedByTheNextBegin) {
  ObjectHeader* o = committed_words(1);
  body(write(o))[0] = reinterpret_cast<void*>(0x30);
  EXPECT_EQ(body(view(o))[0], reinterpret_cast<void*>(0x30));
  EXPECT_EQ(body(o)[0], nullptr);  // not in the canonical copy yet
  begin();
  EXPECT_EQ(body(o)[0], reinterpret_cast<void*>(0x30));
  EXPECT_TRUE(flag_set(o));
  commit();
}

TEST_F(BarrierTest, ReadMarkersHoldTheTransactionsReadVersion) {
#if !PYSTM_STM_BARRIERS
  GTEST_SKIP() << "barriers compiled out";
#endif
  ObjectHeader* o = committed_words(4);
  ObjectHeader* other = committed_words(4);
  begin();
  ReadVersion v1 = tls_segment.read_version;
  EXPECT_NE(v1, 0);
  EXPECT_EQ(current_transaction_info().read_version, v1);
  EXPECT_EQ(read(o), view(o));
  EXPECT_EQ(marker_of(o), v1);
  EXPECT_NE(marker_of(other), v1);  // not read
  commit();
  begin();
  ReadVersion v2 = tls_segment.read_version;
  EXPECT_NE(v2, v1);
  EXPECT_EQ(marker_of(o), v1);  // stale marker: no clearing needed
  read(o);
  EXPECT_EQ(marker_of(o), v2);
  commit();
}

TEST_F(BarrierTest, TheMarkersAreClearedEveryFewThousandTransactions) {
#if !PYSTM_STM_BARRIERS
  GTEST_SKIP() << "barriers compiled out";
#endif
  ObjectHeader* o = committed_words(2);
  begin();
  read(o);
  ReadVersion marked = tls_segment.read_version;
  commit();
  EXPECT_EQ(marker_of(o), marked);
  // Close to the clearing without thousands of transactions (the next begin
  // advances it).
  current_segment()->read_version = Segment::kClearMarkersEvery - 3;
  ReadVersion previous = current_segment()->read_version;
  bool wrapped = false;
  for (int i = 0; i < 10 && !wrapped; ++i) {
    begin();
    ReadVersion v = tls_segment.read_version;
    ASSERT_NE(v, 0);
    wrapped = v < previous;
    previous = v;
    commit();
  }
  ASSERT_TRUE(wrapped);
  EXPECT_EQ(marker_of(o), 0);  // the table was cleared
}

TEST_F(BarrierTest, ADetachingThreadsSegmentForgetsItsMarkers) {
#if !PYSTM_STM_BARRIERS
  GTEST_SKIP() << "barriers compiled out";
#endif
  ObjectHeader* o = committed_words(2);
  Segment* used = nullptr;
  ReadVersion marked = 0, after_detach = 1;
  std::thread t([&] {
    attach();
    used = current_segment();
    begin();
    read(o);
    marked = marker_of(o);
    commit();
    detach();
    after_detach = used->read_markers[(reinterpret_cast<uintptr_t>(o) >> 4) - used->marker_bias];
  });
  t.join();
  EXPECT_NE(marked, 0);
  EXPECT_EQ(after_detach, 0);  // its pages went back to the OS
}

}  // namespace
}  // namespace pystm::stm::test
