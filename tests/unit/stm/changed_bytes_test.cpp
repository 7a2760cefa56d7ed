// tests/unit/stm/changed_bytes_test.cpp — objects whose commits publish the
// bytes they changed (stm::track_changed_bytes): a transaction that read
// other bytes of such an object with read_bytes() does not conflict, one that
// read a changed byte, or the whole object, does.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

// Plain data words (no references: the test tracer ignores this kind).
constexpr uint16_t kTableKind = gc::kFirstTestKind + 7;
constexpr size_t kWords = 32;  // 256 bytes after the header: 16 granules

class ChangedBytesTest : public MultiSegmentStmTest {
 protected:
  void SetUp() override {
    MultiSegmentStmTest::SetUp();
    track_changed_bytes(kTableKind);
  }
};

struct Table {
  ObjectHeader header;
  uint64_t words[kWords];
};

Table* committed_table() {
  begin();
  auto* t = reinterpret_cast<Table*>(stm::allocate(sizeof(Table), kTableKind));
  commit();
  return t;
}

// Another thread stores `value` into word `word` of `t` and commits, while
// the calling thread's transaction runs.
void store_from_another_thread(Table* t, size_t word, uint64_t value) {
  std::thread writer([&] {
    attach();
    begin();
    write(t)->words[word] = value;
    EXPECT_TRUE(commit());
    detach();
  });
  writer.join();
}

TEST_F(ChangedBytesTest, ReadingOtherBytesIsNoConflict) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  Table* t = committed_table();
  begin();
  read_bytes(&t->words[2], sizeof(uint64_t));
  uint64_t seen = view(t)->words[2];
  store_from_another_thread(t, 20, 7);
  // The view did not change under the transaction, and the store was to a
  // word it never read.
  EXPECT_EQ(view(t)->words[20], 0u);
  EXPECT_EQ(seen, 0u);
  EXPECT_TRUE(validate());
  EXPECT_EQ(view(t)->words[20], 7u);  // brought up to date at the validation
  write(t)->words[3] = 1;             // and it may write the object too
  EXPECT_TRUE(commit());
  begin();
  EXPECT_EQ(read(t)->words[3], 1u);
  EXPECT_EQ(read(t)->words[20], 7u);
  commit();
}

TEST_F(ChangedBytesTest, ReadingAChangedByteConflicts) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  Table* t = committed_table();
  Table* other = committed_table();
  begin();
  // Words 4 and 5 share granule 3 of the object (bytes 48..63).
  read_bytes(&t->words[4], sizeof(uint64_t));
  write(other)->words[0] = 1;  // something to commit
  store_from_another_thread(t, 5, 9);
  EXPECT_FALSE(commit()) << "the granule it read changed";
  begin();
  EXPECT_EQ(read(t)->words[5], 9u);
  commit();
}

TEST_F(ChangedBytesTest, AWholeObjectReadConflictsWithAnyChange) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  Table* t = committed_table();
  begin();
  EXPECT_EQ(read(t)->words[0], 0u);
  store_from_another_thread(t, 31, 5);
  EXPECT_FALSE(validate());
}

TEST_F(ChangedBytesTest, AStoreOfTheSameValueChangesNothing) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  Table* t = committed_table();
  begin();
  read_bytes(&t->words[8], sizeof(uint64_t));
  store_from_another_thread(t, 8, 0);  // the word already held 0
  EXPECT_TRUE(validate());
  commit();
}

TEST_F(ChangedBytesTest, AnInevitableWriterKeepsTheBackupsItComparesWith) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  Table* t = committed_table();
  Table* u = committed_table();
  begin();
  read_bytes(&t->words[1], sizeof(uint64_t));
  read_bytes(&u->words[1], sizeof(uint64_t));
  std::thread writer([&] {
    attach();
    begin();
    write(t)->words[30] = 3;  // written before: its backup is kept through become_inevitable
    ASSERT_TRUE(become_inevitable());
    write(u)->words[30] = 4;  // written after: recorded with a backup all the same
    EXPECT_TRUE(commit());
    detach();
  });
  writer.join();
  EXPECT_TRUE(validate()) << "neither change touched word 1";
  EXPECT_EQ(view(t)->words[30], 3u);
  EXPECT_EQ(view(u)->words[30], 4u);
  commit();
}

TEST_F(ChangedBytesTest, AWriteWithoutBackupCountsAsChangingEveryByte) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  Table* t = committed_table();
  begin();
  read_bytes(&t->words[1], sizeof(uint64_t));
  std::thread writer([&] {
    attach();
    write(t)->words[30] = 3;  // outside a transaction: no backup, published by the next begin
    begin();
    commit();
    detach();
  });
  writer.join();
  EXPECT_FALSE(validate());
}

TEST_F(ChangedBytesTest, UntrackedKindsStillConflictPerObject) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(8);
  begin();
  EXPECT_EQ(body(const_cast<ObjectHeader*>(read(o)))[0], nullptr);
  std::thread writer([&] {
    attach();
    begin();
    body(write(o))[7] = reinterpret_cast<void*>(16);
    EXPECT_TRUE(commit());
    detach();
  });
  writer.join();
  EXPECT_FALSE(validate());
}

}  // namespace
}  // namespace pystm::stm::test
