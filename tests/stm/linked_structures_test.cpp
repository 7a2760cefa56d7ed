// tests/stm/linked_structures_test.cpp — a sorted linked list and a chained
// hash table in the heap, with concurrent inserts and removes of random keys.
// At the end each structure is consistent (sorted, no duplicates, every chain
// in its bucket) and holds exactly the keys whose successful inserts
// outnumber their successful removes, as counted by the threads.
#include "tests/stm/stress_support.h"

namespace pystm::stm::stress {
namespace {

constexpr uint64_t kKeys = 64;
constexpr size_t kBuckets = 16;

// Node: [0] key, [1] next.
ObjectHeader* node(uint64_t key, ObjectHeader* next) {
  ObjectHeader* n = new_words(2);
  body(view(n))[0] = enc(key);
  body(view(n))[1] = next;
  return n;
}
uint64_t key_of(ObjectHeader* n) { return dec(read_words(n)[0]); }
ObjectHeader* next_of(ObjectHeader* n) { return static_cast<ObjectHeader*>(read_words(n)[1]); }

// Inserts into the sorted chain after `head` (a sentinel); false if present.
bool chain_insert(ObjectHeader* head, uint64_t key) {
  ObjectHeader* prev = head;
  ObjectHeader* cur = next_of(prev);
  while (cur != nullptr && key_of(cur) < key) {
    prev = cur;
    cur = next_of(cur);
  }
  if (cur != nullptr && key_of(cur) == key) return false;
  body(write(prev))[1] = node(key, cur);
  return true;
}

bool chain_remove(ObjectHeader* head, uint64_t key) {
  ObjectHeader* prev = head;
  ObjectHeader* cur = next_of(prev);
  while (cur != nullptr && key_of(cur) < key) {
    prev = cur;
    cur = next_of(cur);
  }
  if (cur == nullptr || key_of(cur) != key) return false;
  body(write(prev))[1] = next_of(cur);
  return true;
}

// Runs random inserts/removes on the chain chosen by `pick(key)`, then checks.
void run(int threads, int segments, uint64_t seed, size_t chains) {
  RootTable heads(chains);
  atomically([&] {
    for (size_t i = 0; i < chains; ++i) heads[i] = node(0, nullptr);  // sentinels
  });
  std::vector<std::vector<int64_t>> net(threads, std::vector<int64_t>(kKeys + 1, 0));
  run_threads(threads, segments, [&](int t) {
    Rng rng(seed * 77 + t);
    for (int n = 0; n < 4000; ++n) {
      uint64_t key = 1 + rng.below(kKeys);
      bool insert = rng.below(2) == 0;
      bool done = false;
      atomically([&] {
        ObjectHeader* head = heads[key % chains];
        done = insert ? chain_insert(head, key) : chain_remove(head, key);
      });
      if (done) net[t][key] += insert ? 1 : -1;
      if (n % 512 == 0) gc::safe_point();
    }
  });
  if (!std::getenv("NOCOLLECT")) gc::collect();  // the structures survive a collection with every thread gone
  atomically([&] {
    std::vector<int> seen(kKeys + 1, 0);
    for (size_t c = 0; c < chains; ++c) {
      uint64_t last = 0;
      for (ObjectHeader* n = next_of(heads[c]); n != nullptr; n = next_of(n)) {
        uint64_t k = key_of(n);
        EXPECT_GT(k, last) << "chain " << c << " not sorted or has a duplicate";
        EXPECT_EQ(k % chains, c) << "key in the wrong bucket";
        last = k;
        ++seen[k];
      }
    }
    for (uint64_t k = 1; k <= kKeys; ++k) {
      int64_t expected = 0;
      for (int t = 0; t < threads; ++t) expected += net[t][k];
      EXPECT_EQ(seen[k], expected) << "key " << k << " (seed " << seed << ")";
    }
  });
}

class LinkedStructuresTest : public StressTest, public ::testing::WithParamInterface<std::tuple<int, int>> {};

TEST_P(LinkedStructuresTest, SortedListStaysConsistent) {
  auto [threads, segments] = GetParam();
  for (uint64_t seed : seeds()) run(threads, segments, seed, 1);
}

TEST_P(LinkedStructuresTest, HashTableStaysConsistent) {
  auto [threads, segments] = GetParam();
  for (uint64_t seed : seeds()) run(threads, segments, seed, kBuckets);
}

INSTANTIATE_TEST_SUITE_P(ThreadsBySegments, LinkedStructuresTest,
                         ::testing::Values(std::make_tuple(2, 2), std::make_tuple(4, 2), std::make_tuple(8, 8)),
                         [](const auto& info) {
                           return std::to_string(std::get<0>(info.param)) + "threads_" +
                                  std::to_string(std::get<1>(info.param)) + "segments";
                         });

}  // namespace
}  // namespace pystm::stm::stress
