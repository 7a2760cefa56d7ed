// tests/unit/gc/parallel_collection_test.cpp — collections with several
// threads parked at safe points, which take root tasks (their own and each
// other's stacks, root ranges, enumerators) and mark beside the collector
// (gc/mark_work.h, gc/marker.cpp), and the empty pages a sweep frees with the
// world running again (gc/sweeper.cpp release_freed_pages).
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "gc/heap.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

using test::body;
using test::hide;
using test::make_words;
using test::reveal;

class ParallelCollectionTest : public ::testing::Test {
 protected:
  test::TracerScope tracer_;
};

// A word no scan takes for a reference (odd, far below the heap).
void* payload(size_t thread, size_t i) { return reinterpret_cast<void*>((thread << 24 | i) << 1 | 1); }

constexpr size_t kListLength = 3000;
constexpr size_t kFanOut = 400;

// A list of kListLength nodes, each [next, payload, child]; every 8th node
// has a child array of kFanOut leaves [payload]: deep and wide work for the
// markers. Returns the head.
ObjectHeader* build(size_t thread) {
  ObjectHeader* head = nullptr;
  for (size_t i = kListLength; i-- > 0;) {
    ObjectHeader* node = make_words(3);
    body(node)[0] = head;
    body(node)[1] = payload(thread, i);
    if (i % 8 == 0) {
      ObjectHeader* array = make_words(kFanOut);
      body(node)[2] = array;
      for (size_t k = 0; k < kFanOut; ++k) {
        ObjectHeader* leaf = make_words(1);
        body(leaf)[0] = payload(thread, i * kFanOut + k);
        body(array)[k] = leaf;
      }
    }
    head = node;
  }
  return head;
}

// Every object of the structure is still allocated and holds its payload.
__attribute__((noinline)) size_t count_damaged(ObjectHeader* head, size_t thread) {
  size_t damaged = 0, i = 0;
  for (ObjectHeader* node = head; node != nullptr; node = static_cast<ObjectHeader*>(body(node)[0]), ++i) {
    if (find_object(node) != node || body(node)[1] != payload(thread, i)) return damaged + 1;
    if (i % 8 != 0) continue;
    auto* array = static_cast<ObjectHeader*>(body(node)[2]);
    if (find_object(array) != array) return damaged + 1;
    for (size_t k = 0; k < kFanOut; ++k) {
      auto* leaf = static_cast<ObjectHeader*>(body(array)[k]);
      damaged += find_object(leaf) != leaf || body(leaf)[0] != payload(thread, i * kFanOut + k);
    }
  }
  return damaged + (i != kListLength);
}

std::vector<uintptr_t> allocate_garbage(size_t count) {
  return test::deep([&] {
    std::vector<uintptr_t> hidden;
    for (size_t i = 0; i < count; ++i) hidden.push_back(hide(make_words(3)));
    return hidden;
  });
}

__attribute__((noinline)) size_t count_alive(const std::vector<uintptr_t>& hidden) {
  size_t alive = 0;
  for (uintptr_t h : hidden) alive += find_object(reveal(h)) == reveal(h);
  return alive;
}

// Structures reachable only through a root enumerator and a root range.
std::vector<uintptr_t> g_enumerated;  // hidden heads
void enumerate_heads(Visitor& visitor, void*) {
  for (uintptr_t h : g_enumerated) visitor.visit(reveal(h));
}

// Several threads parked at safe points while the main thread collects:
// each structure is held by one thread's stack only (or by the enumerator,
// or the range), so a root task that no marker took, or marking that
// stopped before the work handed between markers was done, frees live
// objects, and the allocation after the collections reuses their cells.
TEST_F(ParallelCollectionTest, ParkedThreadsMarkAndEveryLiveObjectSurvives) {
  constexpr size_t kThreads = 3;
  // Registered, so a collection another thread starts scans our stack (and
  // waits for us at a safe point).
  register_current_thread();
  g_enumerated.clear();
  add_root_enumerator(enumerate_heads, nullptr);
  void* range[1] = {nullptr};
  add_root_range(range, 1);
  std::atomic<size_t> ready{0};
  std::atomic<bool> stop{false};
  std::atomic<size_t> damaged{0};
  std::vector<std::thread> threads;
  for (size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      register_current_thread();
      test::deep([&] {
        ObjectHeader* volatile mine = build(t);
        ready.fetch_add(1);
        while (!stop.load()) poll_safe_point();
        damaged.fetch_add(count_damaged(mine, t));
        return 0;
      });
      unregister_current_thread();
    });
  }
  test::deep([&] {
    ObjectHeader* volatile head = build(kThreads);
    g_enumerated.push_back(hide(head));
    range[0] = build(kThreads + 1);
    return 0;
  });
  while (ready.load() < kThreads) poll_safe_point();

  std::vector<uintptr_t> garbage = allocate_garbage(20000);
  test::collect_clean();
  EXPECT_EQ(count_alive(garbage), 0u);
  // The freed cells are handed out again: new objects land where the
  // garbage was, and must not overwrite any live object.
  std::set<uintptr_t> freed;
  for (uintptr_t h : garbage) freed.insert(reinterpret_cast<uintptr_t>(reveal(h)));
  size_t reused = test::deep([&] {
    size_t n = 0;
    for (size_t i = 0; i < 20000; ++i) {
      ObjectHeader* o = make_words(3);
      for (size_t w = 0; w < 3; ++w) body(o)[w] = reinterpret_cast<void*>(~uintptr_t{0});
      n += freed.count(reinterpret_cast<uintptr_t>(o));
    }
    return n;
  });
  EXPECT_GT(reused, 10000u);
  collect();
  EXPECT_EQ(count_damaged(reveal(g_enumerated[0]), kThreads), 0u);
  EXPECT_EQ(count_damaged(static_cast<ObjectHeader*>(range[0]), kThreads + 1), 0u);

  stop.store(true);
  for (auto& th : threads) th.join();
  EXPECT_EQ(damaged.load(), 0u);
  remove_root_range(range);
  remove_root_enumerator(enumerate_heads, nullptr);
  g_enumerated.clear();
  unregister_current_thread();
}

// Objects reachable only through this enumerator (hidden addresses).
std::vector<uintptr_t> g_kept;
void enumerate_kept(Visitor& visitor, void*) {
  for (uintptr_t h : g_kept) visitor.visit(reveal(h));
}

__attribute__((noinline)) size_t count_kept_damaged() {
  size_t damaged = 0;
  for (size_t i = 0; i < g_kept.size(); ++i) {
    ObjectHeader* o = reveal(g_kept[i]);
    damaged += find_object(o) != o || body(o)[0] != payload(7, i);
  }
  return damaged;
}

// The sweep is split in chunks of pages that the parked threads sweep beside
// the collector: with live and dead objects on every page of some 30 MiB
// (many chunks), every live object must stay, every dead one be freed, and
// the allocation that follows must get the dead ones' cells, never a live one.
TEST_F(ParallelCollectionTest, ParkedThreadsSweepAndFreedCellsAreReused) {
  constexpr size_t kThreads = 3, kObjects = 16000, kWords = 250;  // 2 KiB cells: ~32 MiB
  register_current_thread();
  g_kept.clear();
  add_root_enumerator(enumerate_kept, nullptr);
  std::atomic<size_t> ready{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      register_current_thread();
      ready.fetch_add(1);
      while (!stop.load()) poll_safe_point();
      unregister_current_thread();
    });
  }
  while (ready.load() < kThreads) poll_safe_point();
  std::vector<uintptr_t> dead = test::deep([&] {
    std::vector<uintptr_t> garbage;
    for (size_t i = 0; i < kObjects; ++i) {
      ObjectHeader* o = make_words(kWords);
      if (i % 8 == 0) {
        body(o)[0] = payload(7, g_kept.size());
        g_kept.push_back(hide(o));
      } else {
        garbage.push_back(hide(o));
      }
    }
    return garbage;
  });
  test::collect_clean();
  EXPECT_EQ(count_kept_damaged(), 0u);
  EXPECT_EQ(count_alive(dead), 0u);
  std::set<uintptr_t> freed;
  for (uintptr_t h : dead) freed.insert(reinterpret_cast<uintptr_t>(reveal(h)));
  size_t reused = test::deep([&] {
    size_t n = 0;
    for (size_t i = 0; i < dead.size(); ++i) {
      ObjectHeader* o = make_words(kWords);
      body(o)[0] = reinterpret_cast<void*>(~uintptr_t{0});
      n += freed.count(reinterpret_cast<uintptr_t>(o));
    }
    return n;
  });
  // Every page keeps live objects, so the dead cells are the free ones.
  EXPECT_GT(reused, dead.size() * 9 / 10);
  EXPECT_EQ(count_kept_damaged(), 0u);
  stop.store(true);
  for (auto& th : threads) th.join();
  remove_root_enumerator(enumerate_kept, nullptr);
  g_kept.clear();
  unregister_current_thread();
}

}  // namespace
}  // namespace pystm::gc
