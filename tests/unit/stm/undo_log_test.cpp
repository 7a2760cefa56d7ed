// tests/unit/stm/undo_log_test.cpp — randomized transactions against a model:
// random writes (integers, references to shared objects, references to
// objects created in the transaction), collections in the middle of
// transactions, then commit or abort; afterwards every shared object must
// equal the model and every referenced object must still be intact
// (stm/undo_log.cpp, stm/transaction.cpp, the gc integration in stm/segment.cpp);
// and trading backups to a log entry that keeps them as old bytes.
#include "stm/undo_log.h"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <vector>

#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

constexpr size_t kObjects = 64, kWords = 6, kFreshWords = 3;

class UndoLogTest : public StmTest {};

uint64_t next_random(uint64_t& s) {
  s ^= s << 13;
  s ^= s >> 7;
  s ^= s << 17;
  return s;
}

void* fresh_pattern(size_t i) { return reinterpret_cast<void*>(uintptr_t(0xF00D0 + i) << 4 | 1); }

// Runs one transaction of random writes; returns whether it committed.
// `model` is updated only on commit.
__attribute__((noinline)) bool run_transaction(void** shared, std::vector<std::vector<void*>>& model, uint64_t& rng,
                                               bool collect_inside) {
  begin();
  std::vector<std::vector<void*>> pending = model;
  int ops = 1 + static_cast<int>(next_random(rng) % 40);
  for (int op = 0; op < ops; ++op) {
    uint64_t r = next_random(rng);
    size_t obj = r % kObjects, word = (r >> 8) % kWords;
    void* value;
    switch ((r >> 16) % 3) {
      case 0:
        value = reinterpret_cast<void*>((r >> 20) << 4 | 1);
        break;
      case 1:
        value = shared[(r >> 24) % kObjects];
        break;
      default: {
        ObjectHeader* fresh = new_words(kFreshWords);
        for (size_t i = 0; i < kFreshWords; ++i) body(view(fresh))[i] = fresh_pattern(i);
        value = fresh;
      }
    }
    body(write(static_cast<ObjectHeader*>(shared[obj])))[word] = value;
    pending[obj][word] = value;
    if (collect_inside && op == ops / 2) gc::test::collect_clean();
  }
  bool commit_it = next_random(rng) % 3 != 0;
  if (commit_it) {
    commit();
    model = std::move(pending);
  } else {
    abort();
  }
  return commit_it;
}

__attribute__((noinline)) testing::AssertionResult matches(void** shared, const std::vector<std::vector<void*>>& model) {
  for (size_t o = 0; o < kObjects; ++o) {
    auto* object = static_cast<ObjectHeader*>(shared[o]);
    if (!(object->flags.load() & kWriteBarrierFlag)) return testing::AssertionFailure() << "object " << o << " unarmed";
    for (size_t w = 0; w < kWords; ++w) {
      void* v = body(object)[w];
      if (v != model[o][w]) return testing::AssertionFailure() << "object " << o << " word " << w;
      if ((reinterpret_cast<uintptr_t>(v) & 1) == 0 && v != nullptr) {
        auto* target = static_cast<ObjectHeader*>(v);
        if (gc::find_object(target) != target) return testing::AssertionFailure() << "dangling reference";
        if (target->kind() != gc::test::kWordsKind) return testing::AssertionFailure() << "target overwritten";
        bool is_shared = false;
        for (size_t s = 0; s < kObjects; ++s) is_shared |= shared[s] == v;
        if (!is_shared)
          for (size_t i = 0; i < kFreshWords; ++i)
            if (body(target)[i] != fresh_pattern(i)) return testing::AssertionFailure() << "fresh object corrupted";
      }
    }
  }
  return testing::AssertionSuccess();
}

TEST_F(UndoLogTest, RandomTransactionsMatchTheModel) {
#if !PYSTM_STM_BARRIERS
  GTEST_SKIP() << "barriers compiled out";
#endif
  auto shared = std::make_unique<void*[]>(kObjects);
  gc::add_root_range(shared.get(), kObjects);
  std::vector<std::vector<void*>> model(kObjects, std::vector<void*>(kWords, nullptr));
  for (size_t o = 0; o < kObjects; ++o) shared[o] = committed_words(kWords);
  uint64_t rng = 99, commits = 0;
  for (int t = 0; t < 400; ++t) {
    commits += run_transaction(shared.get(), model, rng, t % 8 == 0);
    ASSERT_TRUE(matches(shared.get(), model)) << "after transaction " << t;
    ASSERT_EQ(current_transaction_info().written_objects, 0u);
    if (t % 50 == 0) gc::test::collect_clean();
  }
  EXPECT_GT(commits, 100u);
  EXPECT_LT(commits, 400u);
  gc::remove_root_range(shared.get());
}

TEST(UndoLogTradeTest, TradedBackupsStayIntactWhileTheLogReusesTheKeepersChunks) {
  UndoLog log;
  uint64_t words[4][8];
  for (int i = 0; i < 4; ++i)
    for (int w = 0; w < 8; ++w) words[i][w] = 100 * static_cast<uint64_t>(i) + static_cast<uint64_t>(w);
  auto* object = reinterpret_cast<gc::ObjectHeader*>(uintptr_t{0x10000});
  log.record(object, words[0], sizeof words[0]);
  log.record(object + 8, words[1], sizeof words[1]);
  const void* copy = log.copy_into_backups(words[2], sizeof words[2]);
  std::vector<const void*> kept = {log.entries()[0].backup, log.entries()[1].backup, copy};

  BackupArena first_keeper;  // a fresh entry: no chunks to give back
  log.trade_backups(first_keeper);
  for (const void* p : kept) EXPECT_TRUE(first_keeper.holds(p));
  log.clear();

  // The next transaction's backups must not land on the kept ones.
  uint64_t other[8];
  std::memset(other, 0xAB, sizeof other);
  for (int i = 0; i < 64; ++i) log.record(object + 16 * i, other, sizeof other);
  for (const UndoEntry& u : log.entries()) EXPECT_FALSE(first_keeper.holds(u.backup));
  EXPECT_EQ(std::memcmp(kept[0], words[0], sizeof words[0]), 0);
  EXPECT_EQ(std::memcmp(kept[1], words[1], sizeof words[1]), 0);
  EXPECT_EQ(std::memcmp(kept[2], words[2], sizeof words[2]), 0);

  // Trading again hands the first keeper's chunks back to the log: the
  // memory is reused once nobody reads it.
  const void* first_chunk = kept[0];  // the start of the first keeper's chunk
  BackupArena second_keeper;
  log.trade_backups(second_keeper);  // takes the 64 backups
  log.clear();
  log.trade_backups(first_keeper);  // no backups; the first entry's contents are recycled
  EXPECT_FALSE(first_keeper.holds(first_chunk));
  log.clear();
  log.record(object, words[3], sizeof words[3]);
  EXPECT_EQ(log.entries()[0].backup, first_chunk);
  EXPECT_FALSE(second_keeper.holds(log.entries()[0].backup));
}

}  // namespace
}  // namespace pystm::stm::test
