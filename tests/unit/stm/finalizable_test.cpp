// tests/unit/stm/finalizable_test.cpp — an object a transaction marks
// finalizable reaches the collector's queue only if that transaction commits
// (stm/transaction.cpp make_finalizable; gc/finalization.h): an aborted
// transaction's objects never existed, and one the transaction itself
// dropped waits, alive, for the commit.
#include <algorithm>
#include <vector>

#include "gc/finalization.h"
#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

class FinalizableTest : public StmTest {};

constexpr size_t kCount = 100;
constexpr size_t kStale = 3;  // dropped objects a stale stack word may keep (ASan)

__attribute__((noinline)) std::vector<uintptr_t> take_hidden() {
  std::vector<ObjectHeader*> taken;
  gc::take_ready_finalizable(taken);
  std::vector<uintptr_t> hidden;
  for (ObjectHeader* o : taken) hidden.push_back(hide(o));
  std::sort(hidden.begin(), hidden.end());
  return hidden;
}

size_t count_in(const std::vector<uintptr_t>& sorted, const std::vector<uintptr_t>& wanted) {
  size_t n = 0;
  for (uintptr_t w : wanted) n += std::binary_search(sorted.begin(), sorted.end(), w);
  return n;
}

// Makes finalizable objects in the running transaction and drops them.
__attribute__((noinline)) std::vector<uintptr_t> make_dropped_finalizable() {
  return gc::test::deep([] {
    std::vector<uintptr_t> hidden;
    for (size_t i = 0; i < kCount; ++i) {
      ObjectHeader* o = new_words(2);
      make_finalizable(o);
      hidden.push_back(hide(o));
    }
    return hidden;
  });
}

__attribute__((noinline)) size_t count_alive(const std::vector<uintptr_t>& hidden) {
  size_t n = 0;
  for (uintptr_t h : hidden) n += gc::find_object(reveal(h)) == reveal(h);
  return n;
}

TEST_F(FinalizableTest, AbortedTransactionsObjectsAreNeverQueued) {
  take_hidden();
  begin();
  std::vector<uintptr_t> made = make_dropped_finalizable();
  abort();
  gc::test::collect_clean();
  gc::test::collect_clean();
  EXPECT_EQ(count_in(take_hidden(), made), 0u);
}

TEST_F(FinalizableTest, DroppedObjectsWaitForTheCommitThenAreQueuedOnce) {
  take_hidden();
  begin();
  std::vector<uintptr_t> made = make_dropped_finalizable();
  gc::test::collect_clean();
  EXPECT_EQ(count_alive(made), kCount) << "the transaction may still commit: its objects must live";
  EXPECT_EQ(count_in(take_hidden(), made), 0u);
  ASSERT_TRUE(commit());
  gc::test::collect_clean();
  std::vector<uintptr_t> taken = take_hidden();
  EXPECT_GE(count_in(taken, made), kCount - kStale);
  EXPECT_EQ(std::adjacent_find(taken.begin(), taken.end()), taken.end());
  gc::test::collect_clean();
  EXPECT_EQ(count_in(take_hidden(), made), 0u);
}

}  // namespace
}  // namespace pystm::stm::test
