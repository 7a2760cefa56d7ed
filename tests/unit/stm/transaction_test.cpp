// tests/unit/stm/transaction_test.cpp — begin/commit/abort, inevitable mode,
// transactional allocation and the collector's view of transactions
// (stm/transaction.h, stm/segment.cpp, stm/undo_log.cpp).
#include "stm/transaction.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

class TransactionTest : public StmTest {};

#define REQUIRE_BARRIERS()                              \
  do {                                                  \
    if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out"; \
  } while (0)

std::vector<unsigned char> bytes_of(const ObjectHeader* o) {
  auto* p = reinterpret_cast<const unsigned char*>(o);
  return std::vector<unsigned char>(p, p + gc::object_size(o));
}

TEST_F(TransactionTest, LifecycleFlags) {
  EXPECT_TRUE(is_attached());
  EXPECT_FALSE(in_transaction());
  begin(42);
  EXPECT_TRUE(in_transaction());
  EXPECT_FALSE(is_inevitable());
  EXPECT_EQ(current_transaction_info().location, 42u);
  commit();
  EXPECT_FALSE(in_transaction());
}

TEST_F(TransactionTest, AbortRestoresOldBytesExactly) {
  REQUIRE_BARRIERS();
  ObjectHeader* o = committed_words(13);
  ObjectHeader* p = committed_words(300);  // a larger size class
  begin();
  for (size_t i = 0; i < 13; ++i) body(write(o))[i] = reinterpret_cast<void*>(0x1000 + i * 16);
  for (size_t i = 0; i < 300; ++i) body(write(p))[i] = reinterpret_cast<void*>(0x9000 + i * 16);
  write(o)->client = reinterpret_cast<void*>(0x77);
  commit();
  std::vector<unsigned char> o_before = bytes_of(o), p_before = bytes_of(p);
  uint64_t aborts = stats().aborts;

  begin();
  ObjectHeader* w = write(o);
  std::memset(static_cast<void*>(body(w)), 0xEE, gc::object_size(o) - sizeof(ObjectHeader));
  w->client = nullptr;
  body(write(p))[299] = nullptr;
  body(write(o))[0] = nullptr;  // second write: no second backup
  abort();

  EXPECT_FALSE(in_transaction());
  EXPECT_EQ(bytes_of(o), o_before);
  EXPECT_EQ(bytes_of(p), p_before);
  EXPECT_EQ(std::memcmp(view(o), o, o_before.size()), 0);  // the segment's copy too
  EXPECT_EQ(std::memcmp(view(p), p, p_before.size()), 0);
  EXPECT_TRUE(flag_set(o));
  EXPECT_EQ(stats().aborts, aborts + 1);
}

TEST_F(TransactionTest, CommitKeepsNewBytesAndRearmsTheFlag) {
  REQUIRE_BARRIERS();
  ObjectHeader* o = committed_words(4);
  uint64_t commits = stats().commits;
  begin();
  body(write(o))[2] = reinterpret_cast<void*>(0x5550);
  EXPECT_FALSE(flag_set(o));
  commit();
  EXPECT_TRUE(flag_set(o));
  EXPECT_EQ(body(o)[2], reinterpret_cast<void*>(0x5550));
  EXPECT_EQ(stats().commits, commits + 1);
  // The next transaction's abort goes back to the committed bytes.
  begin();
  body(write(o))[2] = reinterpret_cast<void*>(0x6660);
  abort();
  EXPECT_EQ(body(o)[2], reinterpret_cast<void*>(0x5550));
}

TEST_F(TransactionTest, AbortForgetsNewObjects) {
  begin();
  for (int i = 0; i < 10; ++i) new_words(3);
  EXPECT_EQ(current_transaction_info().new_objects, 10u);
  abort();
  EXPECT_EQ(current_transaction_info().new_objects, 0u);
}

// Builds committed A -> B; returns A, hides B. Only A is left on the stack.
__attribute__((noinline)) ObjectHeader* committed_pair(uintptr_t* hidden_b) {
  begin();
  ObjectHeader* a = new_words(2);
  ObjectHeader* b = new_words(2);
  body(view(b))[0] = reinterpret_cast<void*>(0xB0B0);
  body(view(a))[0] = b;
  commit();
  *hidden_b = hide(b);
  return a;
}

__attribute__((noinline)) bool alive(uintptr_t hidden) { return gc::find_object(reveal(hidden)) == reveal(hidden); }

__attribute__((noinline)) void unlink_first_field(ObjectHeader* a) { body(write(a))[0] = nullptr; }

TEST_F(TransactionTest, UndoLogReferencesSurviveACollection) {
  REQUIRE_BARRIERS();
  uintptr_t hidden_b = 0;
  ObjectHeader* volatile a = committed_pair(&hidden_b);
  begin();
  unlink_first_field(a);  // B is now referenced only by A's backup
  gc::test::collect_clean();
  EXPECT_TRUE(alive(hidden_b));
  abort();
  EXPECT_TRUE(body(view(a))[0] == reveal(hidden_b));
  EXPECT_EQ(body(reveal(hidden_b))[0], reinterpret_cast<void*>(0xB0B0));
}

// C++ code often holds only a view (the object's address in the thread's
// segment), e.g. a tuple's items while it allocates: that keeps the object
// alive across a collection like its canonical reference would.
TEST_F(TransactionTest, AViewOnTheStackKeepsItsObjectAlive) {
  uintptr_t hidden = gc::test::deep([&] { return hide(committed_words(2)); });
  gc::test::collect_clean();
  EXPECT_FALSE(alive(hidden)) << "nothing else may keep the object alive";
  hidden = gc::test::deep([&] { return hide(committed_words(2)); });
  // The view, computed without the canonical reference ever reaching a
  // register or a stack slot of this frame.
  uintptr_t delta = tls_segment.base_delta;
  ASSERT_NE(delta, 0u);
  [[maybe_unused]] ObjectHeader* volatile held = reinterpret_cast<ObjectHeader*>((hidden ^ gc::test::kHideMask) + delta);
  gc::test::collect_clean();
  EXPECT_TRUE(alive(hidden));
}

TEST_F(TransactionTest, CommittedUnlinkFreesTheTarget) {
  REQUIRE_BARRIERS();
  uintptr_t hidden_b = 0;
  ObjectHeader* volatile a = gc::test::deep([&] { return committed_pair(&hidden_b); });
  begin();
  gc::test::deep([&] { unlink_first_field(a); });
  commit();  // the backup is gone: nothing references B any more
  gc::test::collect_clean();
  EXPECT_FALSE(alive(hidden_b));
}

std::vector<uintptr_t> new_garbage(size_t count) {
  return gc::test::deep([&] {
    std::vector<uintptr_t> out;
    for (size_t i = 0; i < count; ++i) out.push_back(hide(new_words(2)));
    return out;
  });
}

TEST_F(TransactionTest, DeadNewObjectsAreDroppedByTheCollector) {
  begin();
  ObjectHeader* volatile kept = new_words(2);
  std::vector<uintptr_t> garbage = new_garbage(100);
  EXPECT_EQ(current_transaction_info().new_objects, 101u);
  gc::test::collect_clean();
  size_t left = current_transaction_info().new_objects;
  EXPECT_GE(left, 1u);
  EXPECT_LE(left, 3u);
  commit();
  EXPECT_TRUE(flag_set(kept));
}

TEST_F(TransactionTest, InevitableTransactionKeepsNoBackupsAndCommits) {
  ObjectHeader* a = committed_words(2);
  ObjectHeader* b = committed_words(2);
  begin();
  body(write(a))[0] = reinterpret_cast<void*>(0x10);
  become_inevitable();
  EXPECT_TRUE(is_inevitable());
  body(write(b))[0] = reinterpret_cast<void*>(0x20);
  if (PYSTM_STM_BARRIERS) {
    EXPECT_EQ(current_transaction_info().written_objects, 2u);
  }
  commit();
  EXPECT_FALSE(is_inevitable());
  EXPECT_TRUE(flag_set(a));
  EXPECT_TRUE(flag_set(b));
  EXPECT_EQ(body(b)[0], reinterpret_cast<void*>(0x20));
}

TEST_F(TransactionTest, OnlyOneInevitableTransactionAtATime) {
  begin();
  become_inevitable();
  std::atomic<bool> other_inevitable{false};
  std::thread other([&] {
    attach();
    begin();
    become_inevitable();
    other_inevitable = true;
    commit();
    detach();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(other_inevitable.load());
  commit();
  other.join();
  EXPECT_TRUE(other_inevitable.load());
}

TEST_F(TransactionTest, CommitAndBeginStartsTheNextTransaction) {
  uint64_t commits = stats().commits;
  begin(1);
  ReadVersion v = current_transaction_info().read_version;
  commit_and_begin(2);
  EXPECT_TRUE(in_transaction());
  EXPECT_EQ(current_transaction_info().location, 2u);
  EXPECT_NE(current_transaction_info().read_version, v);
  EXPECT_EQ(stats().commits, commits + 1);
  commit();
}

TEST_F(TransactionTest, ThreadsAttachRunTransactionsAndDetach) {
  constexpr int kThreads = 4, kTransactions = 2000;
  gc::NoCollectScope no_gc;  // other threads' stacks are not scanned yet
  uint64_t commits = stats().commits, aborts = stats().aborts;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&failures] {
      attach();
      ObjectHeader* counter = committed_words(1);
      for (int i = 0; i < kTransactions; ++i) {
        begin(uint64_t(i));
        const ObjectHeader* seen = read(counter);
        auto value = reinterpret_cast<uintptr_t>(reinterpret_cast<void* const*>(seen + 1)[0]);
        body(write(counter))[0] = reinterpret_cast<void*>(value + 16);
        if (i % 2) abort(); else commit();
      }
      if (reinterpret_cast<uintptr_t>(body(counter)[0]) != (PYSTM_STM_BARRIERS ? kTransactions / 2 * 16 : kTransactions * 16))
        ++failures;
      detach();
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  // +kThreads: each thread's committed_words transaction.
  EXPECT_EQ(stats().commits, commits + kThreads * (kTransactions / 2 + 1));
  EXPECT_EQ(stats().aborts, aborts + kThreads * kTransactions / 2);
}

}  // namespace
}  // namespace pystm::stm::test
