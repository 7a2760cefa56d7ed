// tests/unit/stm/in_place_writes_test.cpp — a transaction in the only held
// segment writes committed objects in place (no private unit); a thread that
// acquires a segment meanwhile sees the committed bytes, and the writer keeps
// its own (stm/in_place_writes.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "stm/in_place_writes.h"
#include "stm/page_sharing.h"
#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

class InPlaceWritesTest : public MultiSegmentStmTest {};

void* word(uintptr_t v) { return reinterpret_cast<void*>(v); }
bool private_here(const ObjectHeader* o) {
  return private_mask_of(o, gc::object_size(o)) & (uint64_t{1} << (current_transaction_info().segment - 1));
}
// The canonical bytes, as a thread that acquires a segment now would see them.
void* canonical_field(ObjectHeader* o, size_t i) { return body(o)[i]; }
bool canonical_flag(ObjectHeader* o) { return o->flags.load() & kWriteBarrierFlag; }
void wait_for(const std::atomic<int>& stage, int value) {
  while (stage.load() < value) std::this_thread::yield();
}

// Each test runs in a process of its own under ctest; run together in one
// process, the first test with a second thread ends writes in place.
#define REQUIRE_BARRIERS()                                                                   \
  do {                                                                                       \
    if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";                        \
    if (!writes_in_place_allowed()) GTEST_SKIP() << "two segments were held in this process"; \
  } while (0)

TEST_F(InPlaceWritesTest, TheOnlySegmentWritesInPlaceAndAbortRestores) {
  REQUIRE_BARRIERS();
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  begin();
  body(write(o))[1] = word(0x10);
  EXPECT_FALSE(private_here(o)) << "no unit was copied";
  EXPECT_EQ(canonical_field(o, 1), word(0x10));
  abort();
  EXPECT_EQ(canonical_field(o, 1), nullptr);
  EXPECT_TRUE(canonical_flag(o));
  begin();
  body(write(o))[1] = word(0x20);
  commit();
  EXPECT_EQ(canonical_field(o, 1), word(0x20));
  EXPECT_TRUE(canonical_flag(o));
  EXPECT_FALSE(private_here(o));
}

// `inevitable`: the writer became inevitable after writing in place (its
// backups must survive for the withdrawal).
void acquiring_withdraws(bool inevitable) {
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  ObjectHeader* p = committed_words(40);  // another size class, another unit
  begin();
  body(write(o))[0] = word(0x100);
  body(write(p))[39] = word(0x200);
  ASSERT_EQ(canonical_field(o, 0), word(0x100));  // in place
  if (inevitable) {
    ASSERT_TRUE(become_inevitable());
  }

  std::atomic<int> stage{0};
  void* seen_o = word(1);
  void* seen_p = word(1);
  void* seen_after = word(1);
  std::thread reader([&] {
    attach();  // acquires a segment while ours runs: the writes are withdrawn
    begin();
    seen_o = body(const_cast<ObjectHeader*>(read(o)))[0];
    seen_p = body(const_cast<ObjectHeader*>(read(p)))[39];
    commit();
    stage = 1;
    wait_for(stage, 2);
    begin();
    seen_after = body(const_cast<ObjectHeader*>(read(o)))[0];
    commit();
    detach();
  });
  wait_for(stage, 1);
  EXPECT_EQ(seen_o, nullptr) << "the other thread saw an uncommitted write";
  EXPECT_EQ(seen_p, nullptr);
  // Canonical bytes are committed ones again, flag armed; ours are kept, in
  // private units.
  EXPECT_EQ(canonical_field(o, 0), nullptr);
  EXPECT_TRUE(canonical_flag(o));
  EXPECT_TRUE(canonical_flag(p));
  EXPECT_TRUE(private_here(o));
  EXPECT_TRUE(private_here(p));
  EXPECT_EQ(body(view(o))[0], word(0x100));
  EXPECT_EQ(body(view(p))[39], word(0x200));
  body(write(o))[1] = word(0x300);  // the flag is clear in our view: fast path
  EXPECT_EQ(canonical_field(o, 1), nullptr);
  EXPECT_TRUE(commit());
  stage = 2;
  reader.join();
  EXPECT_EQ(seen_after, word(0x100));
  EXPECT_EQ(canonical_field(o, 0), word(0x100));
  EXPECT_EQ(canonical_field(o, 1), word(0x300));
  EXPECT_EQ(canonical_field(p, 39), word(0x200));
}

TEST_F(InPlaceWritesTest, AcquiringASegmentWithdrawsWritesInPlace) {
  REQUIRE_BARRIERS();
  acquiring_withdraws(false);
  // Two segments were held at once: no more writes in place.
  EXPECT_FALSE(writes_in_place_allowed());
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  begin();
  body(write(o))[0] = word(0x500);
  EXPECT_TRUE(private_here(o));
  EXPECT_EQ(canonical_field(o, 0), nullptr);
  commit();
  EXPECT_EQ(canonical_field(o, 0), word(0x500));
}

TEST_F(InPlaceWritesTest, AnInevitableWritersBackupsAreKeptForTheWithdrawal) {
  REQUIRE_BARRIERS();
  acquiring_withdraws(true);
}

// After a withdrawal the writer may still abort: its view goes back to the
// committed bytes, and so do the canonical ones (untouched).
TEST_F(InPlaceWritesTest, AWithdrawnWriterCanAbort) {
  REQUIRE_BARRIERS();
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  begin();
  body(write(o))[2] = word(0x400);
  std::atomic<int> stage{0};
  std::thread other([&] {
    attach();
    stage = 1;
    wait_for(stage, 2);
    detach();
  });
  wait_for(stage, 1);
  abort();
  stage = 2;
  other.join();
  EXPECT_EQ(body(view(o))[2], nullptr);
  EXPECT_EQ(canonical_field(o, 2), nullptr);
  EXPECT_TRUE(flag_set(o));
  EXPECT_TRUE(canonical_flag(o));
}

}  // namespace
}  // namespace pystm::stm::test
