// tests/stm/collection_test.cpp — the collector with threads: allocation-
// heavy transactions in several threads while another thread collects again
// and again; a thread that holds no segment while it blocks keeps its stack's
// references alive and lets others (even with one segment) run and collect.
#include <condition_variable>
#include <mutex>

#include "tests/stm/stress_support.h"

namespace pystm::stm::stress {
namespace {

class CollectionTest : public StressTest {};

// List node: [0] value, [1] next.
uint64_t list_sum(ObjectHeader* head, size_t* length) {
  uint64_t sum = 0;
  *length = 0;
  for (ObjectHeader* n = head; n != nullptr; n = static_cast<ObjectHeader*>(read_words(n)[1])) {
    sum += dec(read_words(n)[0]);
    ++*length;
  }
  return sum;
}

TEST_F(CollectionTest, AllocatingThreadsSurviveConcurrentCollections) {
  constexpr int kWorkers = 3;
  RootTable heads(kWorkers);
  std::vector<uint64_t> expected_sum(kWorkers, 0), expected_length(kWorkers, 0);
  std::atomic<int> running{kWorkers};
  std::atomic<bool> collector_started{false};
  uint64_t collections_before = gc::stats().collections;
  run_threads(kWorkers + 1, 2 + 1, [&](int t) {
    if (t == kWorkers) {  // the collector
      do {
        gc::collect();
        collector_started.store(true);
        gc::safe_point();
      } while (running.load() > 0);
      return;
    }
    if (!collector_started.load()) {
      // So collections overlap the work; without a segment meanwhile, or the
      // collector thread could not get one.
      Unattached waiting;
      while (!collector_started.load()) std::this_thread::yield();
    }
    Rng rng(t + 5);
    uint64_t sum = 0, length = 0;
    for (int round = 0; round < 400; ++round) {
      bool restart = round % 50 == 0;  // drop the whole list: garbage for the collector
      uint64_t added = 0, count = 0;
      atomically([&] {
        added = count = 0;
        ObjectHeader* head = restart ? nullptr : heads[t];
        for (int i = 0; i < 20; ++i) {
          uint64_t v = rng.below(1000);
          ObjectHeader* n = new_words(2);
          body(view(n))[0] = enc(v);
          body(view(n))[1] = head;
          head = n;
          added += v;
          ++count;
          new_words(8);  // garbage made inside the transaction
        }
        heads[t] = head;  // the root table is outside the heap: set only here, kept on commit
      });
      sum = restart ? added : sum + added;
      length = restart ? count : length + count;
    }
    expected_sum[t] = sum;
    expected_length[t] = length;
    running.fetch_sub(1);
  });
  EXPECT_GT(gc::stats().collections, collections_before);
  gc::collect();
  atomically([&] {
    for (int t = 0; t < kWorkers; ++t) {
      size_t length = 0;
      EXPECT_EQ(list_sum(heads[t], &length), expected_sum[t]) << "worker " << t;
      EXPECT_EQ(length, expected_length[t]) << "worker " << t;
    }
  });
}

__attribute__((noinline)) ObjectHeader* make_marked_object() {
  ObjectHeader* o = nullptr;
  atomically([&] {
    o = new_words(4);
    body(view(o))[2] = enc(4242);
  });
  return o;
}

TEST_F(CollectionTest, BlockedThreadHoldsNoSegmentAndKeepsItsReferences) {
  std::mutex m;
  std::condition_variable cv;
  bool other_done = false, zero_blocked = false;
  std::atomic<uint64_t> value_after{0};
  uint64_t collections_before = gc::stats().collections;
  run_threads(2, 1, [&](int t) {
    if (t == 0) {
      ObjectHeader* volatile mine = make_marked_object();  // referenced only from this stack
      {
        Unattached blocked;  // the only segment is free for the other thread
        std::unique_lock<std::mutex> lock(m);
        zero_blocked = true;
        cv.notify_all();
        cv.wait(lock, [&] { return other_done; });
      }
      atomically([&] { value_after = dec(read_words(mine)[2]); });
    } else {
      {
        Unattached waiting;  // until thread 0 blocks holding no segment
        std::unique_lock<std::mutex> lock(m);
        cv.wait(lock, [&] { return zero_blocked; });
      }
      // With a limit of one segment, this runs only because thread 0 let go.
      for (int i = 0; i < 200; ++i) atomically([&] { new_words(64); });
      gc::collect();
      gc::collect();
      {
        std::lock_guard<std::mutex> lock(m);
        other_done = true;
      }
      cv.notify_all();
    }
  });
  EXPECT_GE(gc::stats().collections, collections_before + 2);
  EXPECT_EQ(value_after.load(), 4242u);
}

}  // namespace
}  // namespace pystm::stm::stress
