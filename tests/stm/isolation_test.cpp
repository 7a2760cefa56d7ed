// tests/stm/isolation_test.cpp — opacity, contention and inevitability under
// real concurrency:
//  * writers keep every word of a large object (several pages) equal; readers
//    check that inside their transactions and never see a torn object;
//  * 100% conflicting increments of one counter finish (no livelock: the
//    contention manager makes a repeatedly aborted transaction inevitable)
//    and lose nothing;
//  * inevitable transactions never abort, and their side effects (outside
//    the heap) happen exactly once each, while regular ones keep committing.
#include "tests/stm/stress_support.h"

namespace pystm::stm::stress {
namespace {

class IsolationTest : public StressTest {};

TEST_F(IsolationTest, ReadersNeverSeeATornObject) {
  constexpr size_t kWords = 20000;  // 160 KB: spans several shared/private units
  for (uint64_t seed : seeds()) {
    RootTable root(1);
    atomically([&] { root[0] = new_words(kWords); });
    std::atomic<uint64_t> torn{0}, checks{0};
    run_threads(4, 2, [&](int t) {
      Rng rng(seed + t);
      for (int n = 0; n < 150; ++n) {
        if (t % 2 == 0) {
          uint64_t value = rng.next() & 0xFFFFFF;
          atomically([&] {
            void** w = body(write(root[0]));
            for (size_t i = 0; i < kWords; ++i) w[i] = enc(value);
          });
        } else {
          atomically([&] {
            void* const* r = read_words(root[0]);
            for (size_t i = 1; i < kWords; ++i)
              if (r[i] != r[0]) {
                torn.fetch_add(1);
                break;
              }
          });
          checks.fetch_add(1);
        }
      }
    });
    EXPECT_EQ(torn.load(), 0u) << "seed " << seed;
    EXPECT_GT(checks.load(), 0u);
  }
}

TEST_F(IsolationTest, FullyConflictingIncrementsFinishAndLoseNothing) {
  for (int segments : {2, 8}) {
    RootTable counter(1);
    atomically([&] {
      counter[0] = new_words(1);
      body(view(counter[0]))[0] = enc(0);
    });
    constexpr int kThreads = 8, kIncrements = 20000;
    std::atomic<uint64_t> aborts{0};
    run_threads(kThreads, segments, [&](int t) {
      for (int n = 0; n < kIncrements; ++n)
        aborts += atomically([&] {
          uint64_t v = dec(read_words(counter[0])[0]);
          body(write(counter[0]))[0] = enc(v + 1);
        }, static_cast<uint64_t>(t));
    });
    atomically([&] { EXPECT_EQ(dec(read_words(counter[0])[0]), uint64_t{kThreads} * kIncrements); });
    RecordProperty("aborts_" + std::to_string(segments), static_cast<int>(aborts.load()));
  }
}

TEST_F(IsolationTest, InevitableTransactionsNeverAbortAndActOnce) {
  RootTable counter(1);
  atomically([&] {
    counter[0] = new_words(1);
    body(view(counter[0]))[0] = enc(0);
  });
  constexpr int kRounds = 2000;
  std::atomic<uint64_t> effects{0}, inevitable_aborts{0};
  run_threads(4, 2, [&](int t) {
    for (int n = 0; n < kRounds; ++n) {
      if (t == 0) {
        begin();
        bool ok = become_inevitable();
        if (!ok) {  // it may abort while still regular, before it is inevitable
          --n;
          continue;
        }
        uint64_t v = dec(read_words(counter[0])[0]);
        body(write(counter[0]))[0] = enc(v + 1);
        effects.fetch_add(1);  // the irreversible action
        if (!commit()) inevitable_aborts.fetch_add(1);
      } else {
        atomically([&] {
          uint64_t v = dec(read_words(counter[0])[0]);
          body(write(counter[0]))[0] = enc(v + 1);
        });
      }
    }
  });
  EXPECT_EQ(inevitable_aborts.load(), 0u);
  EXPECT_EQ(effects.load(), uint64_t{kRounds});
  atomically([&] { EXPECT_EQ(dec(read_words(counter[0])[0]), uint64_t{4} * kRounds); });
}

TEST_F(IsolationTest, ConflictRecordsNameBothSides) {
  struct Seen {
    std::atomic<uint64_t> ww{0}, rw{0}, waits{0}, bad{0};
  } seen;
  auto hook = [](const ConflictRecord& r, void* ctx) {
    auto* s = static_cast<Seen*>(ctx);
    if (r.kind == ConflictKind::kWriteWrite) s->ww++;
    if (r.kind == ConflictKind::kReadWrite) s->rw++;
    if (r.kind == ConflictKind::kInevitable) s->waits++;
    if (r.victim_thread == r.other_thread || r.other_thread == 0) s->bad++;
    if (r.aborted && (r.object == nullptr || r.victim_location == r.other_location)) s->bad++;
    // Every transaction began after the hook was added: its begin was timed.
    if (r.aborted && r.time_lost_ns == 0) s->bad++;
  };
  add_conflict_hook(hook, &seen);
  RootTable cells(2);
  atomically([&] {
    cells[0] = new_words(1);
    cells[1] = new_words(1);
    body(view(cells[0]))[0] = enc(0);
    body(view(cells[1]))[0] = enc(0);
  });
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  run_threads(2, 2, [&](int t) {
    // Until both kinds were seen (the threads must overlap in time, which a
    // loaded machine may delay), or the deadline.
    while ((seen.ww.load() == 0 || seen.rw.load() == 0) && std::chrono::steady_clock::now() < deadline)
      atomically([&] {
        // Thread 0 reads cell 1 and writes cell 0; thread 1 alternately
        // writes cell 1 (a read-write conflict for thread 0) or cell 0
        // (write-write).
        static thread_local uint64_t round = 0;
        if (t == 0) {
          uint64_t v = dec(read_words(cells[1])[0]);
          body(write(cells[0]))[0] = enc(v + 1);
        } else {
          ++round;
          body(write(cells[round % 2]))[0] = enc(round);
        }
      }, 100 + static_cast<uint64_t>(t));
  });
  remove_conflict_hook(hook, &seen);
  EXPECT_EQ(seen.bad.load(), 0u);
  EXPECT_GT(seen.ww.load(), 0u) << "no write-write conflict was reported";
  EXPECT_GT(seen.rw.load(), 0u) << "no read-write conflict was reported";
}

}  // namespace
}  // namespace pystm::stm::stress
