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

constexpr size_t kCount = 100;
// A stale stack word (ASan's fake frames keep many) may keep a dropped
// object alive for a collection: at most this many.
constexpr size_t kStale = 3;

__attribute__((noinline)) size_t count_alive(const std::vector<uintptr_t>& hidden) {
  size_t n = 0;
  for (uintptr_t h : hidden) n += find_object(reveal(h)) == reveal(h);
  return n;
}

// Unreachable registered objects, each pointing to a plain one; returns
// the owners and the targets, hidden.
__attribute__((noinline)) std::pair<std::vector<uintptr_t>, std::vector<uintptr_t>> make_dropped_pairs() {
  return test::deep([] {
    std::vector<uintptr_t> owners, targets;
    for (size_t i = 0; i < kCount; ++i) {
      ObjectHeader* target = make_words(2);
      ObjectHeader* owner = make_words(2);
      body(owner)[0] = target;
      register_finalizable(owner);
      owners.push_back(hide(owner));
      targets.push_back(hide(target));
    }
    return std::make_pair(owners, targets);
  });
}

__attribute__((noinline)) std::vector<uintptr_t> take_hidden() {
  std::vector<ObjectHeader*> taken;
  take_ready_finalizable(taken);
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

TEST(FinalizationTest, UnreachableObjectsAreQueuedOnceAndKeptAliveWithWhatTheyReach) {
  test::TracerScope tracer;
  take_hidden();  // nothing left over from other tests
  auto [owners, targets] = make_dropped_pairs();
  test::collect_clean();
  EXPECT_TRUE(finalizable_ready());
  // Queued or not, every owner and target is still there.
  EXPECT_EQ(count_alive(owners), kCount);
  EXPECT_EQ(count_alive(targets), kCount);
  // The queue is a root until taken: another collection frees nothing.
  test::collect_clean();
  EXPECT_EQ(count_alive(targets), kCount);
  std::vector<uintptr_t> taken = take_hidden();
  EXPECT_FALSE(finalizable_ready());
  EXPECT_GE(count_in(taken, owners), kCount - kStale);
  EXPECT_EQ(std::adjacent_find(taken.begin(), taken.end()), taken.end()) << "an object was queued twice";
  // Taken and dropped by the client: freed, and never queued again.
  test::collect_clean();
  test::collect_clean();
  EXPECT_LE(count_alive(taken), kStale);
  EXPECT_EQ(count_in(take_hidden(), taken), 0u);
}

TEST(FinalizationTest, ReachableObjectsStayRegisteredUntilDropped) {
  test::TracerScope tracer;
  take_hidden();
  static void* roots[kCount];
  add_root_range(roots, kCount);
  std::vector<uintptr_t> kept = test::deep([] {
    std::vector<uintptr_t> hidden;
    for (size_t i = 0; i < kCount; ++i) {
      roots[i] = make_words(2);
      register_finalizable(static_cast<ObjectHeader*>(roots[i]));
      hidden.push_back(hide(roots[i]));
    }
    return hidden;
  });
  test::collect_clean();
  EXPECT_EQ(count_in(take_hidden(), kept), 0u);
  for (void*& r : roots) r = nullptr;
  test::collect_clean();
  EXPECT_GE(count_in(take_hidden(), kept), kCount - kStale);
  remove_root_range(roots);
}

}  // namespace
}  // namespace pystm::gc
