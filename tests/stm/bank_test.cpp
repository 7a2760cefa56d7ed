// tests/stm/bank_test.cpp — N threads move random amounts among M accounts
// (heap objects); auditors sum every account inside transactions. The total
// never changes, not even inside a running transaction (opacity), and no
// update is lost: each account's final balance equals its initial balance
// plus the committed transfers into it minus those out of it, as counted by
// the threads themselves.
#include <numeric>

#include "tests/stm/stress_support.h"

namespace pystm::stm::stress {
namespace {

constexpr size_t kAccounts = 8;  // few accounts: many conflicts
constexpr uint64_t kInitial = 1000;

class BankTest : public StressTest, public ::testing::WithParamInterface<std::tuple<int, int>> {};

TEST_P(BankTest, TotalIsPreservedAndNoUpdateIsLost) {
  auto [threads, segments] = GetParam();
  for (uint64_t seed : seeds()) {
    RootTable accounts(kAccounts);
    atomically([&] {
      for (size_t i = 0; i < kAccounts; ++i) {
        accounts[i] = new_words(1);
        body(view(accounts[i]))[0] = enc(kInitial);
      }
    });
    // delta[t][i]: net amount thread t moved into account i in committed transfers.
    std::vector<std::vector<int64_t>> delta(threads, std::vector<int64_t>(kAccounts, 0));
    std::atomic<uint64_t> broken_sums{0}, audits{0}, aborts{0};
    run_threads(threads, segments, [&](int t) {
      Rng rng(seed * 1000 + t);
      for (int n = 0; n < 20000; ++n) {
        if (t == 0 && n % 50 == 0) {
          // An audit: the sum inside the transaction, before it commits.
          atomically([&] {
            uint64_t sum = 0;
            for (size_t i = 0; i < kAccounts; ++i) sum += dec(read_words(accounts[i])[0]);
            if (sum != kAccounts * kInitial) broken_sums.fetch_add(1);
          });
          audits.fetch_add(1);
          continue;
        }
        size_t from = rng.below(kAccounts), to = rng.below(kAccounts);
        uint64_t want = rng.below(50);
        uint64_t moved = 0;
        aborts += atomically([&] {
          moved = 0;
          if (from == to) return;
          uint64_t a = dec(read_words(accounts[from])[0]);
          uint64_t b = dec(read_words(accounts[to])[0]);
          moved = std::min(a, want);
          body(write(accounts[from]))[0] = enc(a - moved);
          body(write(accounts[to]))[0] = enc(b + moved);
        }, static_cast<uint64_t>(t));
        delta[t][from] -= static_cast<int64_t>(moved);
        delta[t][to] += static_cast<int64_t>(moved);
      }
    });
    EXPECT_EQ(broken_sums.load(), 0u) << "an audit saw a torn state (seed " << seed << ")";
    EXPECT_GT(audits.load(), 0u);
    uint64_t total = 0;
    atomically([&] {
      total = 0;
      for (size_t i = 0; i < kAccounts; ++i) {
        uint64_t balance = dec(read_words(accounts[i])[0]);
        total += balance;
        int64_t expected = static_cast<int64_t>(kInitial);
        for (int t = 0; t < threads; ++t) expected += delta[t][i];
        EXPECT_EQ(static_cast<int64_t>(balance), expected) << "account " << i << " lost an update (seed " << seed << ")";
      }
    });
    EXPECT_EQ(total, kAccounts * kInitial);
    RecordProperty("aborts", static_cast<int>(aborts.load()));
    if (std::getenv("PYSTM_STRESS_VERBOSE")) std::printf("seed %lu: %lu aborts, %lu commits total, %lu segments\n", (unsigned long)seed, (unsigned long)aborts.load(), (unsigned long)stats().commits, (unsigned long)stats().segments);
  }
}

INSTANTIATE_TEST_SUITE_P(ThreadsBySegments, BankTest,
                         ::testing::Values(std::make_tuple(2, 2), std::make_tuple(4, 2), std::make_tuple(8, 2),
                                           std::make_tuple(2, 8), std::make_tuple(4, 8), std::make_tuple(8, 8)),
                         [](const auto& info) {
                           return std::to_string(std::get<0>(info.param)) + "threads_" +
                                  std::to_string(std::get<1>(info.param)) + "segments";
                         });

}  // namespace
}  // namespace pystm::stm::stress
