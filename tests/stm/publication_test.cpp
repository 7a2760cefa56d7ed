// tests/stm/publication_test.cpp — objects created by one segment's
// transaction are seen whole by every other segment once committed: threads
// push new nodes onto one shared stack, each node holding its predecessor's
// value plus one; at the end the chain counts down without a gap.
#include "tests/stm/stress_support.h"

namespace pystm::stm::stress {
namespace {

class PublicationTest : public StressTest, public ::testing::WithParamInterface<std::tuple<int, int>> {};

TEST_P(PublicationTest, PushedNodesAreSeenWhole) {
  auto [threads, segments] = GetParam();
  for (uint64_t seed : seeds()) {
    (void)seed;
    RootTable top(1);
    atomically([&] {
      top[0] = new_words(1);  // [0] -> node; node: [0] value, [1] next, [2] value again
    });
    std::atomic<uint64_t> bad{0};
    constexpr int kPushes = 3000;
    run_threads(threads, segments, [&](int) {
      for (int n = 0; n < kPushes; ++n)
        atomically([&] {
          auto* old = static_cast<ObjectHeader*>(read_words(top[0])[0]);
          uint64_t v = 0;
          if (old != nullptr) {
            const void* const* w = read_words(old);
            v = dec(w[0]);
            if (w[2] != w[0]) bad.fetch_add(1);
          }
          ObjectHeader* node = new_words(3);
          body(view(node))[0] = enc(v + 1);
          body(view(node))[1] = old;
          body(view(node))[2] = enc(v + 1);
          body(write(top[0]))[0] = node;
        });
    });
    EXPECT_EQ(bad.load(), 0u) << "a reader saw a half-published node";
    atomically([&] {
      uint64_t expect = uint64_t(threads) * kPushes;
      for (auto* n = static_cast<ObjectHeader*>(read_words(top[0])[0]); n != nullptr;
           n = static_cast<ObjectHeader*>(read_words(n)[1])) {
        ASSERT_EQ(dec(read_words(n)[0]), expect);
        --expect;
      }
      EXPECT_EQ(expect, 0u);
    });
  }
}

INSTANTIATE_TEST_SUITE_P(ThreadsBySegments, PublicationTest,
                         ::testing::Values(std::make_tuple(2, 2), std::make_tuple(4, 2), std::make_tuple(8, 8)),
                         [](const auto& info) {
                           return std::to_string(std::get<0>(info.param)) + "threads_" +
                                  std::to_string(std::get<1>(info.param)) + "segments";
                         });

}  // namespace
}  // namespace pystm::stm::stress
