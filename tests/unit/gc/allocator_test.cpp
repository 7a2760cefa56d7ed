// tests/unit/gc/allocator_test.cpp — randomized allocation against a model:
// objects of mixed sizes live in root slots, are replaced at random, and
// collections run in between; every live object must keep its exact contents
// and never overlap another (gc/allocator.cpp, gc/sweeper.cpp, gc/page_space.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "gc/heap.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

constexpr size_t kSlots = 512;
#if defined(__SANITIZE_ADDRESS__)
constexpr int kRounds = 12;  // the same churn, shorter: -O0 + ASan fill is slow
#else
constexpr int kRounds = 40;
#endif

struct Model {
  uint64_t id = 0;
  size_t size = 0;
};

uint64_t next_random(uint64_t& s) {
  s ^= s << 13;
  s ^= s >> 7;
  s ^= s << 17;
  return s;
}

// Words that cannot be mistaken for references (low bit set).
void* pattern(uint64_t id, size_t i) { return reinterpret_cast<void*>((id * 1000003 + i) << 4 | 1); }

__attribute__((noinline)) void fill(ObjectHeader* o, uint64_t id, size_t size) {
  size_t words = (size - sizeof(ObjectHeader)) / sizeof(void*);
  for (size_t i = 0; i < words; ++i) test::body(o)[i] = pattern(id, i);
}

__attribute__((noinline)) testing::AssertionResult check(void** slots, const std::vector<Model>& model) {
  std::map<uintptr_t, uintptr_t> extents;
  for (size_t s = 0; s < kSlots; ++s) {
    auto* o = static_cast<ObjectHeader*>(slots[s]);
    if (o == nullptr) continue;
    if (find_object(o) != o) return testing::AssertionFailure() << "slot " << s << " not an object";
    if (object_size(o) < model[s].size) return testing::AssertionFailure() << "slot " << s << " too small";
    if (o->kind() != test::kWordsKind) return testing::AssertionFailure() << "slot " << s << " kind lost";
    size_t words = (model[s].size - sizeof(ObjectHeader)) / sizeof(void*);
    for (size_t i = 0; i < words; ++i)
      if (test::body(o)[i] != pattern(model[s].id, i))
        return testing::AssertionFailure() << "slot " << s << " word " << i << " corrupted";
    auto begin = reinterpret_cast<uintptr_t>(o);
    extents[begin] = begin + model[s].size;
  }
  uintptr_t previous_end = 0;
  for (auto [begin, end] : extents) {
    if (begin < previous_end) return testing::AssertionFailure() << "objects overlap";
    previous_end = end;
  }
  return testing::AssertionSuccess();
}

TEST(AllocatorTest, RandomChurnKeepsLiveObjectsIntact) {
  test::TracerScope tracer;
  auto slots = std::make_unique<void*[]>(kSlots);
  add_root_range(slots.get(), kSlots);
  std::vector<Model> model(kSlots);
  uint64_t rng = 12345, id = 0;
  for (int round = 0; round < kRounds; ++round) {
    test::deep([&] {
      for (int op = 0; op < 2000; ++op) {
        uint64_t r = next_random(rng);
        size_t size = r % 10 == 0 ? 8192 + (r >> 8) % 200000 : 16 + (r >> 8) % 2000;
        size &= ~size_t{7};
        if (size < sizeof(ObjectHeader)) size = sizeof(ObjectHeader);
        size_t s = (r >> 32) % kSlots;
        if ((r >> 40) % 8 == 0) {
          slots[s] = nullptr;  // drop without replacement
          continue;
        }
        ObjectHeader* o = allocate(size, test::kWordsKind);
        ASSERT_NE(o, nullptr);
        fill(o, ++id, size);
        slots[s] = o;
        model[s] = {id, size};
      }
    });
    if (round % 3 == 0) test::collect_clean();
    ASSERT_TRUE(check(slots.get(), model)) << "round " << round;
  }
  remove_root_range(slots.get());
}

}  // namespace
}  // namespace pystm::gc
