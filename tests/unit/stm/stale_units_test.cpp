// tests/unit/stm/stale_units_test.cpp — a commit makes the units it changes
// stale in running segments that share them instead of copying anything
// there; a segment that never looks at them pays nothing, and one that does
// imports them rolled back to its revision (stm/page_sharing.h,
// stm/stale_units.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "gc/finalization.h"
#include "stm/commit_lock.h"
#include "stm/commit_log.h"
#include "stm/page_sharing.h"
#include "stm/stale_units.h"
#include "tests/unit/stm/stm_test_support.h"

namespace pystm::stm::test {
namespace {

class StaleUnitsTest : public MultiSegmentStmTest {};

uint64_t bit_of(int segment) { return uint64_t{1} << (segment - 1); }
bool private_in(const ObjectHeader* o, int segment) { return private_mask_of(o, gc::object_size(o)) & bit_of(segment); }
bool stale_in(const ObjectHeader* o, int segment) { return stale_mask_of(o, gc::object_size(o)) & bit_of(segment); }
// Parks at safe points while waiting: a collection may be waiting for it.
void wait_for(const std::atomic<int>& stage, int value) {
  while (stage.load() < value) gc::poll_safe_point();
}
uintptr_t word(ObjectHeader* o, int i) { return reinterpret_cast<uintptr_t>(reinterpret_cast<void* const*>(read(o) + 1)[i]); }
void set_words(ObjectHeader* o, uintptr_t value) {
  for (int i = 0; i < 4; ++i) body(write(o))[i] = reinterpret_cast<void*>(value);
}

// The other thread keeps one transaction running (begun before our commits)
// and reports what it reads of `o` there, then in a fresh transaction.
struct Reader {
  std::atomic<int> stage{0};
  int segment = 0;
  uintptr_t before[4] = {}, after[4] = {};
  bool stale_before_reading = false, private_after_reading = false;
  size_t private_units_before = 0;

  void run(ObjectHeader* o) {
    attach();
    segment = current_transaction_info().segment;
    begin();
    private_units_before = private_units(segment);
    stage = 1;
    wait_for(stage, 2);  // the main thread commits meanwhile
    stale_before_reading = stale_in(o, segment);
    for (int i = 0; i < 4; ++i) before[i] = word(o, i);
    private_after_reading = private_in(o, segment);
    commit();
    begin();
    for (int i = 0; i < 4; ++i) after[i] = word(o, i);
    commit();
    detach();
  }
};

// Commits 8 to o's words, starts a Reader on o, and while its transaction
// runs commits 16, 24, 32, ... (`commits` of them; `write_value` writes o
// and whatever else), each changing all four words together: each commit
// has to keep the old bytes of the one before. Then checks what the reader
// saw.
template <class WriteValue>
void expect_reader_sees_its_revision(ObjectHeader* o, WriteValue write_value, uintptr_t commits = 3) {
  begin();
  set_words(o, 8);
  commit();
  Reader reader;
  std::thread t([&] { reader.run(o); });
  wait_for(reader.stage, 1);
  for (uintptr_t v = 16; v <= 8 * (commits + 1); v += 8) {
    begin();
    write_value(v);
    commit();
  }
  reader.stage = 2;
  t.join();
  EXPECT_TRUE(reader.stale_before_reading);     // nothing was copied for it
  EXPECT_TRUE(reader.private_after_reading);    // its read imported the unit
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(reader.before[i], 8u) << i;       // its own revision, whole
    EXPECT_EQ(reader.after[i], 8 * (commits + 1)) << i;  // the newest after it moved on
  }
}

TEST_F(StaleUnitsTest, ARunningSegmentSeesItsRevisionAfterCommitsItDidNotWaitFor) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  expect_reader_sees_its_revision(o, [&](uintptr_t v) { set_words(o, v); });
}

// The same with large commits: their backups fill more than one chunk, so
// each entry copies the old bytes it keeps instead of keeping the backups
// (stm/transaction.cpp, publish_locked).
TEST_F(StaleUnitsTest, LargeCommitsKeepTheOldBytesARunningSegmentNeeds) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  std::vector<ObjectHeader*> fillers;
  for (int i = 0; i < 2000; ++i) fillers.push_back(committed_words(4));  // ~96 KiB of backups per commit
  expect_reader_sees_its_revision(o, [&](uintptr_t v) {
    for (ObjectHeader* f : fillers) set_words(f, v);
    set_words(o, v);
  });
  begin();
  for (ObjectHeader* f : fillers) ASSERT_EQ(word(f, 3), 32u);
  commit();
}

// While a segment lags behind, every later entry stays in the log and none
// is there to reuse: each keeps a copy of its few old bytes, not a chunk
// of backup memory (64 KiB) traded from the committer.
TEST_F(StaleUnitsTest, ALaggingSegmentCostsEachCommitOnlyTheOldBytesItKeeps) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* o = committed_words(4);
  // Stats taken inside the 101st and the 300th transaction while the reader
  // lags: the committer's first entries in the log (up to the number whose
  // contents are reused) may still take its backups' chunks.
  constexpr uintptr_t kCommits = 300, kFirstSample = 101;
  Stats first, last;
  expect_reader_sees_its_revision(
      o,
      [&](uintptr_t v) {
        set_words(o, v);
        if (v == 8 * (kFirstSample + 1)) first = stats();
        if (v == 8 * (kCommits + 1)) last = stats();
      },
      kCommits);
  ASSERT_GE(first.commit_log_entries, kFirstSample - 1);  // nothing trimmed: the reader lags
  ASSERT_EQ(last.commit_log_entries - first.commit_log_entries, kCommits - kFirstSample);
  // Each keeps 48 bytes of old bytes (a 1 KiB chunk), not 64 KiB.
  uint64_t per_entry = (last.commit_log_old_bytes - first.commit_log_old_bytes) / (kCommits - kFirstSample);
  EXPECT_LE(per_entry, kFirstCopiedOldBytesChunk);
}

TEST_F(StaleUnitsTest, ASegmentThatNeverLooksGetsNoCopies) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  std::vector<ObjectHeader*> mine;
  for (int i = 0; i < 64; ++i) mine.push_back(committed_words(8));
  std::atomic<int> stage{0};
  std::atomic<bool> stop{false};
  int other = 0;
  size_t other_private = 0, other_stale = 0;
  std::thread t([&] {
    attach();
    other = current_transaction_info().segment;
    ObjectHeader* own = committed_words(8);
    stage = 1;
    // Transactions of its own, one after the other, on its own object.
    for (uintptr_t i = 0; !stop.load(); ++i) {
      begin();
      body(write(own))[0] = reinterpret_cast<void*>(i * 8);
      commit();
    }
    other_private = private_units(other);
    other_stale = stale_units(other);
    detach();
  });
  wait_for(stage, 1);
  for (int round = 0; round < 200; ++round) {
    begin();
    for (ObjectHeader* o : mine) body(write(o))[round % 8] = reinterpret_cast<void*>(uintptr_t(round) * 16);
    commit();
  }
  stop = true;
  t.join();
  // It holds privately only the unit it writes: the units our commits
  // changed went stale once and were never copied into since.
  EXPECT_LE(other_private, 1u);
  EXPECT_GT(other_stale, 0u);
}

// The main thread's side of a two-step exchange with another thread: once
// it reaches stage 1, commit `first` (every word 8) and let it go on; once it
// reaches stage 3, commit `second` (16) and let it finish.
void commit_in_two_steps(std::atomic<int>& stage, ObjectHeader* first, ObjectHeader* second) {
  wait_for(stage, 1);
  begin();
  set_words(first, 8);
  commit();
  stage = 2;
  wait_for(stage, 3);
  begin();
  set_words(second, 16);
  commit();
  stage = 4;
}

// Validation skips a commit whose units are all stale in the validating
// segment since before its transaction began (it cannot have looked at
// them: any access imports the unit). A unit that went stale after the
// transaction read there is still checked object by object, even after a
// validation in between moved the segment's revision past the moment it
// went stale.
TEST_F(StaleUnitsTest, AReadMadeBeforeTheUnitWentStaleStillConflicts) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* x = committed_words(4);
  ObjectHeader* y = committed_words(4);
  ASSERT_EQ(units_of(x, 1).first, units_of(y, 1).first);
  std::atomic<int> stage{0};
  bool stale_after_first = false, validated = false, committed = true;
  std::thread t([&] {
    attach();
    int segment = current_transaction_info().segment;
    ObjectHeader* own = committed_words(4);
    begin();
    (void)word(x, 0);  // reads x; the unit stays shared here
    set_words(own, 1);  // a transaction that writes (a read-only one commits at its snapshot)
    stage = 1;
    wait_for(stage, 2);  // y committed: the unit is stale here now
    stale_after_first = stale_in(x, segment);
    validated = validate();  // y was not read: no conflict
    stage = 3;
    wait_for(stage, 4);  // x committed
    committed = commit();
    detach();
  });
  commit_in_two_steps(stage, y, x);
  t.join();
  EXPECT_TRUE(stale_after_first);
  EXPECT_TRUE(validated);
  EXPECT_FALSE(committed);  // it read x before our commit changed it
}

TEST_F(StaleUnitsTest, CommitsOnUnitsStaleSinceBeforeTheTransactionAreNotChecked) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* x = committed_words(4);
  std::atomic<int> stage{0};
  bool stale_at_begin = false, committed = false;
  std::thread t([&] {
    attach();
    int segment = current_transaction_info().segment;
    begin();
    stage = 1;
    wait_for(stage, 2);  // x committed: the unit is stale here
    commit();
    ObjectHeader* own = committed_words(4);
    begin();
    stale_at_begin = stale_in(x, segment);
    set_words(own, 1);
    // The marker only: the transaction never looks at x's bytes (a look
    // would import the unit). Validation does not read the markers of a
    // unit it knows the transaction never looked at.
    (void)read(x);
    stage = 3;
    wait_for(stage, 4);  // x committed again
    committed = commit();
    detach();
  });
  commit_in_two_steps(stage, x, x);
  t.join();
  EXPECT_TRUE(stale_at_begin);
  EXPECT_TRUE(committed);
}

// Waits up to 20 s for `stage` to reach `value`; whether it did.
bool reaches(const std::atomic<int>& stage, int value) {
  for (int i = 0; i < 20000 && stage.load() < value; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return stage.load() >= value;
}

// A segment catches up with a commit it cannot have seen (every unit the
// commit changed is stale there) without the commit lock: at begin, and at a
// validation when the units were stale since before its transaction began.
// Threads on disjoint data would otherwise take the lock at every begin.
// The main thread holds the lock while the other thread begins and
// validates.
TEST_F(StaleUnitsTest, CatchingUpWithCommitsOnUnitsStaleHereTakesNoLock) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  gc::NoCollectScope no_gc;
  ObjectHeader* x = committed_words(4);
  std::atomic<int> stage{0};
  bool stale_at_begin = false, validated = false;
  std::thread t([&] {
    attach();
    int segment = current_transaction_info().segment;
    stage = 1;
    wait_for(stage, 2);  // x committed: the unit went stale here
    stale_at_begin = stale_in(x, segment);
    begin();
    stage = 3;
    wait_for(stage, 4);  // x committed again, on a unit stale since before the begin
    validated = validate();
    stage = 5;
    wait_for(stage, 6);
    commit();
    detach();
  });
  wait_for(stage, 1);
  begin();
  set_words(x, 8);
  commit();
  bool began, validated_unlocked;
  {
    std::lock_guard<CommitLock> lock(commit_lock_for_imports());
    stage = 2;
    began = reaches(stage, 3);
  }
  wait_for(stage, 3);
  begin();
  set_words(x, 16);
  commit();
  {
    std::lock_guard<CommitLock> lock(commit_lock_for_imports());
    stage = 4;
    validated_unlocked = reaches(stage, 5);
  }
  wait_for(stage, 5);
  stage = 6;
  t.join();
  EXPECT_TRUE(stale_at_begin);
  EXPECT_TRUE(began);
  EXPECT_TRUE(validated_unlocked);
  EXPECT_TRUE(validated);
}

TEST_F(StaleUnitsTest, WhatOnlyLoggedOldBytesReferenceStaysAliveUntilNoSegmentNeedsThem) {
  if (!PYSTM_STM_BARRIERS) GTEST_SKIP() << "barriers compiled out";
  // holder -> target, then a commit drops the reference while another
  // transaction (which may still read holder's old bytes) runs.
  uintptr_t holder = gc::test::deep([] {
    ObjectHeader* h = committed_words(2);
    begin();
    ObjectHeader* target = new_words(2);
    body(write(target))[0] = reinterpret_cast<void*>(uintptr_t{0x51});
    body(write(h))[0] = target;
    commit();
    gc::register_finalizable(target);  // queued once nothing reaches it
    return hide(h);
  });
  // The holder stays reachable (from a root the other thread's snapshot
  // shares); the target, after our commit, only from the holder's old bytes.
  static void* roots[1];
  roots[0] = reveal(holder);
  gc::add_root_range(roots, 1);
  std::atomic<int> stage{0};
  uintptr_t seen = 0;
  std::thread t([&] {
    attach();
    begin();
    stage = 1;
    wait_for(stage, 2);
    // Imports the unit rolled back: holder still references the target.
    auto* target = static_cast<ObjectHeader*>(body(const_cast<ObjectHeader*>(read(reveal(holder))))[0]);
    seen = hide(target);
    target = nullptr;
    stage = 3;
    wait_for(stage, 4);
    commit();
    detach();
  });
  wait_for(stage, 1);
  gc::test::deep([&] {
    begin();
    body(write(reveal(holder)))[0] = nullptr;
    commit();
    return 0;
  });
  gc::test::collect_clean();  // the other transaction still runs at its old revision
  std::vector<ObjectHeader*> ready;
  gc::take_ready_finalizable(ready);
  EXPECT_TRUE(ready.empty());
  stage = 2;
  wait_for(stage, 3);
  ASSERT_NE(seen, 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(body(view(reveal(seen)))[0]), 0x51u);
  stage = 4;
  t.join();
  gc::test::collect_clean();
  gc::take_ready_finalizable(ready);
  gc::remove_root_range(roots);
  ASSERT_EQ(ready.size(), 1u);  // now the log no longer keeps it
  EXPECT_EQ(hide(ready[0]), seen);
}

}  // namespace
}  // namespace pystm::stm::test
