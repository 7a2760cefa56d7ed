// tests/unit/gc/heap_test.cpp — allocation, lookup, roots and mark-sweep of
// gc/heap.h.
#include "gc/heap.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <set>
#include <thread>
#include <vector>

#include "gc/size_classes.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

using test::body;
using test::hide;
using test::make_words;
using test::reveal;

class HeapTest : public ::testing::Test {
 protected:
  test::TracerScope tracer_;
};

// Allocates `count` unreachable objects and returns their hidden addresses.
std::vector<uintptr_t> allocate_garbage(size_t count, size_t words) {
  return test::deep([&] {
    std::vector<uintptr_t> hidden;
    for (size_t i = 0; i < count; ++i) hidden.push_back(hide(make_words(words)));
    return hidden;
  });
}

// Checks run in their own frames: a revealed address materialized in the test
// body's frame (gtest compares through references) would be a root later.
__attribute__((noinline)) bool alive(uintptr_t hidden) { return find_object(reveal(hidden)) == reveal(hidden); }

__attribute__((noinline)) size_t count_alive(const std::vector<uintptr_t>& hidden) {
  size_t alive = 0;
  for (uintptr_t h : hidden) alive += find_object(reveal(h)) == reveal(h);
  return alive;
}

TEST_F(HeapTest, AllocateReturnsZeroedAlignedMemoryWithKind) {
  for (size_t size : {16, 17, 100, 256, 300, 4000, 8192, 8193, 200000}) {
    ObjectHeader* o = allocate(size, 0x1234);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(o) % kObjectAlignment, 0u);
    EXPECT_EQ(o->kind(), 0x1234);
    EXPECT_EQ(o->flags.load() & ~(uint64_t{0xffff} << kKindShift), 0u);
    EXPECT_GE(object_size(o), size);
    EXPECT_TRUE(contains(o));
    auto* bytes = reinterpret_cast<unsigned char*>(o);
    for (size_t i = sizeof(ObjectHeader); i < size; ++i) ASSERT_EQ(bytes[i], 0) << size << " at " << i;
    std::memset(bytes + sizeof(ObjectHeader), 0xAB, size - sizeof(ObjectHeader));  // dirty it for reuse
  }
}

TEST_F(HeapTest, SizeClassesCoverEverySmallSize) {
  for (size_t size = 1; size <= kMaxSmallSize; ++size) {
    size_t cls = size_class_of(size);
    ASSERT_LT(cls, kNumSizeClasses);
    ASSERT_GE(kClassSizes[cls], size);
    if (cls > 0) {
      ASSERT_LT(kClassSizes[cls - 1], size);
    }
  }
}

TEST_F(HeapTest, ContainsIsARangeCheck) {
  int local = 0;
  EXPECT_FALSE(contains(&local));
  EXPECT_FALSE(contains(nullptr));
  HeapRange r = range();
  EXPECT_TRUE(contains(reinterpret_cast<void*>(r.begin)));
  EXPECT_TRUE(contains(reinterpret_cast<void*>(r.begin + r.reserved_bytes - 1)));
  EXPECT_FALSE(contains(reinterpret_cast<void*>(r.begin + r.reserved_bytes)));
}

TEST_F(HeapTest, FindObjectResolvesInteriorPointers) {
  ObjectHeader* small = make_words(10);
  ObjectHeader* large = allocate(300000, test::kWordsKind);
  auto* s = reinterpret_cast<char*>(small);
  auto* l = reinterpret_cast<char*>(large);
  EXPECT_EQ(find_object(s), small);
  EXPECT_EQ(find_object(s + 17), small);
  EXPECT_EQ(find_object(s + object_size(small) - 1), small);
  EXPECT_NE(find_object(s + object_size(small)), small);
  EXPECT_EQ(find_object(l), large);
  EXPECT_EQ(find_object(l + 70000), large);    // in a tail page
  EXPECT_EQ(find_object(l + 299999), large);
  EXPECT_EQ(find_object(l + 300000), nullptr);  // span slack past the object
  int local = 0;
  EXPECT_EQ(find_object(&local), nullptr);
}

TEST_F(HeapTest, UnreachableObjectsAreFreedAndReused) {
  std::vector<uintptr_t> hidden = allocate_garbage(2000, 5);
  EXPECT_EQ(count_alive(hidden), hidden.size());
  test::collect_clean();
  // A stale copy in a register may keep one or two alive; not 2000.
  EXPECT_LE(count_alive(hidden), 4u);
  // Freed cells are handed out again.
  std::set<uintptr_t> old;
  for (uintptr_t h : hidden) old.insert(reinterpret_cast<uintptr_t>(reveal(h)));
  size_t reused = 0;
  for (int i = 0; i < 2000; ++i) reused += old.count(reinterpret_cast<uintptr_t>(make_words(5)));
  EXPECT_GT(reused, 500u);
}

__attribute__((noinline)) ObjectHeader* make_chain(size_t length) {
  ObjectHeader* head = nullptr;
  for (size_t i = 0; i < length; ++i) {
    ObjectHeader* node = make_words(2);
    body(node)[0] = head;
    body(node)[1] = reinterpret_cast<void*>(uintptr_t{i} << 4 | 1);  // a tagged integer
    head = node;
  }
  return head;
}

__attribute__((noinline)) std::vector<uintptr_t> hidden_nodes(ObjectHeader* head) {
  std::vector<uintptr_t> out;
  for (ObjectHeader* n = head; n != nullptr; n = static_cast<ObjectHeader*>(body(n)[0])) out.push_back(hide(n));
  return out;
}

// An unreachable chain; only hidden addresses (head first) come back.
std::vector<uintptr_t> make_hidden_chain(size_t length) {
  return test::deep([&] { return hidden_nodes(make_chain(length)); });
}

TEST_F(HeapTest, StackVariableKeepsObjectAlive) {
  ObjectHeader* volatile kept = make_words(4);
  uintptr_t hidden = hide(kept);
  body(kept)[1] = reinterpret_cast<void*>(0x55);
  test::collect_clean();
  EXPECT_TRUE(alive(hidden));
  EXPECT_EQ(body(kept)[1], reinterpret_cast<void*>(0x55));
}

TEST_F(HeapTest, InteriorPointerKeepsObjectAlive) {
  uintptr_t hidden = hide(make_words(8));
  char* volatile interior = reinterpret_cast<char*>(reveal(hidden)) + 40;
  test::collect_clean();
  EXPECT_TRUE(alive(hidden));
  EXPECT_EQ(find_object(interior), reveal(hidden));
}

TEST_F(HeapTest, ReachableChainSurvivesDetachedChainIsFreed) {
  ObjectHeader* volatile kept = make_chain(100);
  std::vector<uintptr_t> kept_nodes = hidden_nodes(kept);
  std::vector<uintptr_t> lost_nodes = make_hidden_chain(100);
  test::collect_clean();
  EXPECT_EQ(count_alive(kept_nodes), 100u);
  EXPECT_LE(count_alive(lost_nodes), 2u);
  // The survivors' fields are intact.
  size_t n = 0;
  for (ObjectHeader* o = kept; o != nullptr; o = static_cast<ObjectHeader*>(body(o)[0])) ++n;
  EXPECT_EQ(n, 100u);
}

// Builds the list into *slot; returns the hidden tail. Runs in its own frame so
// the caller's stack holds no node address afterwards.
__attribute__((noinline)) uintptr_t build_list_into(void** slot, size_t nodes) {
  *slot = make_chain(nodes);
  uintptr_t tail = 0;
  for (ObjectHeader* o = static_cast<ObjectHeader*>(*slot); o != nullptr; o = static_cast<ObjectHeader*>(body(o)[0]))
    tail = hide(o);
  return tail;
}

__attribute__((noinline)) size_t list_length(void* head) {
  size_t n = 0;
  for (auto* o = static_cast<ObjectHeader*>(head); o != nullptr; o = static_cast<ObjectHeader*>(body(o)[0])) ++n;
  return n;
}

TEST_F(HeapTest, DeepLinkedListMarksWithoutRecursion) {
  constexpr size_t kNodes = 2'000'000;
  auto slot = std::make_unique<void*[]>(1);
  add_root_range(slot.get(), 1);
  uintptr_t tail_hidden = test::deep([&] { return build_list_into(&slot[0], kNodes); });
  test::collect_clean();
  EXPECT_TRUE(alive(tail_hidden));
  EXPECT_EQ(test::deep([&] { return list_length(slot[0]); }), kNodes);
  EXPECT_GE(stats().bytes_live_after_last_collection, kNodes * 32);
  uintptr_t head_hidden = hide(slot[0]);
  slot[0] = nullptr;
  test::collect_clean();
  remove_root_range(slot.get());
  // A stale stack word naming any node keeps that node's suffix (down to the
  // tail) alive, so check the head and the bulk, not the tail.
  EXPECT_FALSE(alive(head_hidden));
  EXPECT_LT(stats().bytes_live_after_last_collection, kNodes * 32 / 2);
}

TEST_F(HeapTest, RootRangesKeepObjectsAlive) {
  constexpr size_t kCount = 64;
  auto roots = std::make_unique<void*[]>(kCount);  // malloc memory: not scanned unless registered
  std::vector<uintptr_t> hidden;
  test::deep([&] {
    for (size_t i = 0; i < kCount; ++i) {
      roots[i] = make_words(3);
      hidden.push_back(hide(roots[i]));
    }
  });
  add_root_range(roots.get(), kCount);
  test::collect_clean();
  EXPECT_EQ(count_alive(hidden), kCount);
  remove_root_range(roots.get());
  test::collect_clean();
  EXPECT_LE(count_alive(hidden), 2u);
}

struct EnumeratorState {
  std::vector<uintptr_t> hidden;
  int calls = 0;
};
void enumerate_hidden(Visitor& visitor, void* context) {
  auto* state = static_cast<EnumeratorState*>(context);
  ++state->calls;
  for (uintptr_t h : state->hidden) visitor.visit(reveal(h));
}

TEST_F(HeapTest, RootEnumeratorsKeepObjectsAlive) {
  EnumeratorState state;
  std::vector<uintptr_t> all;
  for (int i = 0; i < 50; ++i) {
    std::vector<uintptr_t> nodes = make_hidden_chain(3);
    state.hidden.push_back(nodes[0]);
    all.insert(all.end(), nodes.begin(), nodes.end());
  }
  add_root_enumerator(enumerate_hidden, &state);
  test::collect_clean();
  EXPECT_EQ(state.calls, 1);
  EXPECT_EQ(count_alive(all), all.size());
  remove_root_enumerator(enumerate_hidden, &state);
  test::collect_clean();
  EXPECT_EQ(state.calls, 1);
  EXPECT_LE(count_alive(all), 3u);
}

struct HookState {
  uintptr_t live_hidden = 0, dead_hidden = 0;
  int live_marked = -1, dead_marked = -1;
};
void record_marks(void* context) {
  auto* state = static_cast<HookState*>(context);
  state->live_marked = is_marked(reveal(state->live_hidden));
  state->dead_marked = is_marked(reveal(state->dead_hidden));
}

TEST_F(HeapTest, SweepHooksSeeMarkBits) {
  HookState state;
  ObjectHeader* volatile live = make_words(2);
  state.live_hidden = hide(live);
  state.dead_hidden = allocate_garbage(1, 2)[0];
  add_sweep_hook(record_marks, &state);
  test::collect_clean();
  remove_sweep_hook(record_marks, &state);
  EXPECT_EQ(state.live_marked, 1);
  EXPECT_EQ(state.dead_marked, 0);
}

TEST_F(HeapTest, LargeObjectsAreReturnedToTheOs) {
  constexpr size_t kCount = 100, kSize = 1 << 20;
  test::RootedFilledObjects objects(kCount, kSize);
  ASSERT_TRUE(objects.all_made());
  test::collect_clean();
  size_t resident_full = test::resident_bytes();
  uint64_t mapped_full = stats().bytes_mapped;
  EXPECT_GE(stats().bytes_live_after_last_collection, kCount * kSize);
  objects.release();
  test::collect_clean();
  size_t resident_empty = test::resident_bytes();
  EXPECT_LT(stats().bytes_mapped + kCount * kSize * 9 / 10, mapped_full);
  EXPECT_LT(resident_empty + kCount * kSize * 8 / 10, resident_full)
      << "resident " << resident_full << " -> " << resident_empty;
}

TEST_F(HeapTest, FreeCellsAreNotObjects) {
  std::vector<uintptr_t> hidden = allocate_garbage(100, 3);
  test::collect_clean();
  size_t null_found = 0;
  for (uintptr_t h : hidden) {
    ObjectHeader* o = reveal(h);
    null_found += find_object(o) == nullptr && find_object(reinterpret_cast<char*>(o) + 8) == nullptr;
  }
  EXPECT_GE(null_found, 98u);
}

TEST_F(HeapTest, NoCollectScopeBlocksCollection) {
  uint64_t before = stats().collections;
  {
    NoCollectScope scope;
    collect();
    EXPECT_EQ(stats().collections, before);
  }
  collect();
  EXPECT_EQ(stats().collections, before + 1);
}

TEST_F(HeapTest, AllocationTriggersCollectionAtThreshold) {
  test::collect_clean();
  HeapStats s0 = stats();
  uint64_t target = s0.next_threshold_bytes + (8u << 20);
  for (uint64_t done = 0; done < target; done += 1024) make_words(1024 / 8 - 2);
  HeapStats s1 = stats();
  EXPECT_GT(s1.collections, s0.collections);
  EXPECT_GE(s1.bytes_allocated_total, s0.bytes_allocated_total + target);
  EXPECT_GE(s1.next_threshold_bytes, 64u << 20);
}

TEST_F(HeapTest, ThreadsAllocateConcurrently) {
  constexpr int kThreads = 4, kPerThread = 50000;
  NoCollectScope no_gc;  // other threads are not scanned in this version
  std::vector<std::vector<uintptr_t>> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &results] {
      register_current_thread();
      for (int i = 0; i < kPerThread; ++i) {
        ObjectHeader* o = make_words(1 + (i % 7));
        body(o)[0] = reinterpret_cast<void*>(uintptr_t(t) << 32 | uintptr_t(i));
        results[t].push_back(hide(o));
      }
      unregister_current_thread();
    });
  }
  for (auto& th : threads) th.join();
  std::set<uintptr_t> distinct;
  for (int t = 0; t < kThreads; ++t) {
    for (int i = 0; i < kPerThread; ++i) {
      ObjectHeader* o = reveal(results[t][i]);
      ASSERT_EQ(body(o)[0], reinterpret_cast<void*>(uintptr_t(t) << 32 | uintptr_t(i)));
      distinct.insert(reinterpret_cast<uintptr_t>(o));
    }
  }
  EXPECT_EQ(distinct.size(), size_t{kThreads} * kPerThread);
}

// A thread in a loop that never allocates parks at poll_safe_point(): the
// collection completes while the loop still runs (without the poll it waits
// for ever), and the object only that thread's stack holds survives.
TEST_F(HeapTest, CollectionParksAThreadThatOnlyPolls) {
  std::atomic<bool> ready{false}, stop{false};
  std::atomic<uintptr_t> held{0};
  std::thread spinner([&] {
    register_current_thread();
    test::deep([&] {
      ObjectHeader* volatile mine = make_words(3);
      held.store(hide(mine));
      ready.store(true);
      while (!stop.load()) poll_safe_point();
      EXPECT_EQ(find_object(mine), mine);
      return 0;
    });
    unregister_current_thread();
  });
  while (!ready.load()) std::this_thread::yield();
  collect();
  EXPECT_TRUE(alive(held.load()));
  stop.store(true);
  spinner.join();
}

}  // namespace
}  // namespace pystm::gc
