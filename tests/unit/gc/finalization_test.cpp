// tests/unit/gc/finalization_test.cpp — registered objects are queued once
// when unreachable, kept alive with everything they reach until the client
// has taken them and a later collection finds them dead; reachable ones stay
// registered (gc/finalization.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "gc/finalization.h"
#include "gc/heap.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

using test::body;
using test::hide;
using test::make_words;
using test::reveal;

__attribute__((noinline)) bool alive(uintptr_t hidden) { return find_object(reveal(hidden)) == reveal(hidden); }

// An unreachable registered object pointing to a plain one; returns both hidden.
__attribute__((noinline)) std::pair<uintptr_t, uintptr_t> make_dropped_pair() {
  return test::deep([] {
    ObjectHeader* target = make_words(2);
    ObjectHeader* owner = make_words(2);
    body(owner)[0] = target;
    register_finalizable(owner);
    return std::make_pair(hide(owner), hide(target));
  });
}

__attribute__((noinline)) std::vector<uintptr_t> take_hidden() {
  std::vector<ObjectHeader*> taken;
  take_ready_finalizable(taken);
  std::vector<uintptr_t> hidden;
  for (ObjectHeader* o : taken) hidden.push_back(hide(o));
  return hidden;
}

TEST(FinalizationTest, UnreachableObjectIsQueuedOnceAndKeptAliveWithWhatItReaches) {
  test::TracerScope tracer;
  take_hidden();  // nothing left over from other tests
  auto [owner, target] = make_dropped_pair();
  test::collect_clean();
  EXPECT_TRUE(finalizable_ready());
  EXPECT_TRUE(alive(owner));
  EXPECT_TRUE(alive(target));
  // Still queued (a root) until taken: another collection frees nothing.
  test::collect_clean();
  EXPECT_TRUE(alive(owner));
  EXPECT_TRUE(alive(target));
  std::vector<uintptr_t> taken = take_hidden();
  EXPECT_FALSE(finalizable_ready());
  ASSERT_EQ(std::count(taken.begin(), taken.end(), owner), 1);
  taken.clear();
  // Taken and dropped by the client: freed, and never queued again.
  test::collect_clean();
  EXPECT_FALSE(alive(owner));
  EXPECT_FALSE(alive(target));
  EXPECT_FALSE(finalizable_ready());
}

TEST(FinalizationTest, ReachableObjectStaysRegistered) {
  test::TracerScope tracer;
  take_hidden();
  ObjectHeader* volatile kept = make_words(2);
  register_finalizable(kept);
  test::collect_clean();
  EXPECT_EQ(take_hidden().size(), 0u);
  uintptr_t hidden = hide(kept);
  kept = nullptr;
  test::collect_clean();
  std::vector<uintptr_t> taken = take_hidden();
  EXPECT_EQ(std::count(taken.begin(), taken.end(), hidden), 1);
}

}  // namespace
}  // namespace pystm::gc
