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

__attribute__((noinline)) std::vector<uintptr_t> take_hidden() {
  std::vector<ObjectHeader*> taken;
  gc::take_ready_finalizable(taken);
  std::vector<uintptr_t> hidden;
  for (ObjectHeader* o : taken) hidden.push_back(hide(o));
  return hidden;
}

// Makes a finalizable object in the running transaction and drops it.
__attribute__((noinline)) uintptr_t make_dropped_finalizable() {
  return gc::test::deep([] {
    ObjectHeader* o = new_words(2);
    make_finalizable(o);
    return hide(o);
  });
}

__attribute__((noinline)) bool alive(uintptr_t hidden) { return gc::find_object(reveal(hidden)) == reveal(hidden); }

TEST_F(FinalizableTest, AbortedTransactionsObjectIsNeverQueued) {
  take_hidden();
  begin();
  uintptr_t made = make_dropped_finalizable();
  abort();
  gc::test::collect_clean();
  std::vector<uintptr_t> taken = take_hidden();
  EXPECT_EQ(std::count(taken.begin(), taken.end(), made), 0);
}

TEST_F(FinalizableTest, DroppedObjectWaitsForTheCommitThenIsQueuedOnce) {
  take_hidden();
  begin();
  uintptr_t made = make_dropped_finalizable();
  gc::test::collect_clean();
  EXPECT_TRUE(alive(made)) << "the transaction may still commit: its object must live";
  EXPECT_EQ(take_hidden().size(), 0u);
  ASSERT_TRUE(commit());
  gc::test::collect_clean();
  std::vector<uintptr_t> taken = take_hidden();
  EXPECT_EQ(std::count(taken.begin(), taken.end(), made), 1);
  gc::test::collect_clean();
  EXPECT_EQ(take_hidden().size(), 0u);
}

}  // namespace
}  // namespace pystm::stm::test
