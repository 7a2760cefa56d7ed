// tests/unit/stm/commit_log_test.cpp — the commit log's ring of entries:
// revisions, walking after a revision (both ways), trimming, growing past
// its first capacity, buffer reuse per owner, and the units an entry lists,
// read from the header's copy for the newest entry (stm/commit_log.h).
#include "stm/commit_log.h"

#include <gtest/gtest.h>

#include <vector>

namespace pystm::stm::test {
namespace {

gc::ObjectHeader* fake(uintptr_t n) { return reinterpret_cast<gc::ObjectHeader*>(n * 64); }

// Appends `count` entries for `owner`, entry r listing fake(r).
void append_entries(CommitLog& log, int count, int owner = 1) {
  for (int i = 0; i < count; ++i) {
    CommitEntry& e = log.append(owner, 1, 2);
    e.objects().push_back({fake(e.revision), 64, true});
  }
}

std::vector<uint64_t> revisions_after(const CommitLog& log, uint64_t after) {
  std::vector<uint64_t> seen;
  log.for_each_after(after, [&](const CommitEntry& e) {
    EXPECT_EQ(e.objects().size(), 1u);
    EXPECT_EQ(e.objects()[0].object, fake(e.revision));
    seen.push_back(e.revision);
  });
  return seen;
}

TEST(CommitLogTest, EntriesAfterARevisionInBothOrders) {
  CommitLog log;
  EXPECT_EQ(log.size(), 0u);
  EXPECT_TRUE(revisions_after(log, 0).empty());
  append_entries(log, 5);
  EXPECT_EQ(log.newest_revision(), 5u);
  EXPECT_EQ(log.size(), 5u);
  EXPECT_EQ(revisions_after(log, 0), (std::vector<uint64_t>{1, 2, 3, 4, 5}));
  EXPECT_EQ(revisions_after(log, 3), (std::vector<uint64_t>{4, 5}));
  EXPECT_TRUE(revisions_after(log, 5).empty());
  EXPECT_TRUE(revisions_after(log, UINT64_MAX).empty());  // no held segment: nothing after
  std::vector<uint64_t> newest_first;
  log.for_each_after_newest_first(2, [&](const CommitEntry& e) { newest_first.push_back(e.revision); });
  EXPECT_EQ(newest_first, (std::vector<uint64_t>{5, 4, 3}));
}

TEST(CommitLogTest, TrimmedEntriesAreGoneAndTheRestKeepTheirObjects) {
  CommitLog log;
  append_entries(log, 10);
  log.trim(6);
  EXPECT_EQ(log.size(), 4u);
  EXPECT_EQ(revisions_after(log, 0), (std::vector<uint64_t>{7, 8, 9, 10}));
  log.trim(100);  // beyond the newest: everything
  EXPECT_EQ(log.size(), 0u);
  append_entries(log, 1);
  EXPECT_EQ(revisions_after(log, 0), (std::vector<uint64_t>{11}));
}

TEST(CommitLogTest, GrowsPastItsCapacityWithoutLosingEntries) {
  CommitLog log;
  // Trimmed now and then, so the ring's start moves around it, then a run
  // longer than its first capacity while an old revision is still held.
  for (int round = 0; round < 5; ++round) {
    append_entries(log, 40);
    log.trim(log.newest_revision() - 10);
  }
  uint64_t held = log.newest_revision() - 10;
  append_entries(log, 1000);
  ASSERT_EQ(log.size(), 1010u);
  std::vector<uint64_t> seen = revisions_after(log, held);
  ASSERT_EQ(seen.size(), 1010u);
  for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], held + 1 + i);
}

TEST(CommitLogTest, AnOwnersNextEntriesReuseItsTrimmedBuffers) {
  CommitLog log;
  CommitEntry& first = log.append(3, 5, 6);
  first.objects().reserve(100);
  const LoggedObject* buffer = first.objects().data();
  first.objects().push_back({fake(1), 64, true});
  log.trim(1);
  CommitEntry& other = log.append(4, 7, 8);  // another owner: not that buffer
  other.objects().push_back({fake(2), 64, true});
  EXPECT_NE(other.objects().data(), buffer);
  CommitEntry& again = log.append(3, 9, 10);
  EXPECT_TRUE(again.objects().empty());
  EXPECT_EQ(again.thread(), 9u);  // the reused contents name the new commit
  EXPECT_EQ(again.location(), 10u);
  EXPECT_EQ(again.objects().data(), buffer);
  EXPECT_GE(again.objects().capacity(), 100u);
}

TEST(CommitLogTest, AnEntryListsEachUnitOnceUpToItsLimit) {
  CommitEntry e;
  e.note_units(7, 7);
  e.note_units(7, 9);
  e.note_units(8, 8);
  ASSERT_TRUE(e.units_complete);
  EXPECT_EQ(std::vector<uint32_t>(e.units, e.units + e.unit_count), (std::vector<uint32_t>{7, 8, 9}));
  e.note_units(20, 20 + CommitEntry::kMaxUnits);  // more than fit
  EXPECT_FALSE(e.units_complete);
}

std::vector<uint32_t> units_listed(const CommitLog& log, const CommitEntry& e) {
  std::vector<uint32_t> units;
  if (!log.every_unit(e, [&](uint32_t u) {
        units.push_back(u);
        return true;
      }))
    units.push_back(UINT32_MAX);  // not listed in full
  return units;
}

TEST(CommitLogTest, EveryUnitNamesTheEntrysUnitsWhereverTheyAreRead) {
  CommitLog log;
  CommitEntry& first = log.append(1, 1, 2);
  first.note_units(3, 4);
  // Not finished yet: read from the entry itself.
  EXPECT_EQ(units_listed(log, first), (std::vector<uint32_t>{3, 4}));
  log.finish_newest();
  EXPECT_EQ(units_listed(log, first), (std::vector<uint32_t>{3, 4}));
  CommitEntry& one = log.append(1, 1, 2);
  one.note_units(9, 9);
  // The header still holds the first entry's units: the new newest entry
  // must not be read from it before it is finished.
  EXPECT_EQ(units_listed(log, one), (std::vector<uint32_t>{9}));
  log.finish_newest();
  EXPECT_EQ(units_listed(log, one), (std::vector<uint32_t>{9}));
  EXPECT_EQ(units_listed(log, first), (std::vector<uint32_t>{3, 4}));  // no longer the newest
  CommitEntry& three = log.append(1, 1, 2);
  three.note_units(5, 7);  // more than the header keeps
  log.finish_newest();
  EXPECT_EQ(units_listed(log, three), (std::vector<uint32_t>{5, 6, 7}));
  CommitEntry& many = log.append(1, 1, 2);
  many.note_units(20, 20 + CommitEntry::kMaxUnits);
  log.finish_newest();
  EXPECT_EQ(units_listed(log, many).back(), UINT32_MAX);
  // The predicate's answer is every_unit's: one unit failing fails it.
  EXPECT_FALSE(log.every_unit(three, [](uint32_t u) { return u != 6; }));
  EXPECT_TRUE(log.every_unit(one, [](uint32_t u) { return u == 9; }));
}

// What every_newest_unit_unlocked read: the units it passed to the
// predicate, or {UINT32_MAX} when it could not tell.
std::vector<uint32_t> newest_units_unlocked(const CommitLog& log, uint64_t revision) {
  std::vector<uint32_t> units;
  if (!log.every_newest_unit_unlocked(revision, [&](uint32_t u) {
        units.push_back(u);
        return true;
      }))
    return {UINT32_MAX};
  return units;
}

TEST(CommitLogTest, TheHeadersCopyOfUnitsIsReadWithoutLocksOnlyForTheEntryItHolds) {
  CommitLog log;
  CommitEntry& first = log.append(1, 1, 2);
  first.note_units(3, 4);
  EXPECT_EQ(newest_units_unlocked(log, 1), std::vector<uint32_t>{UINT32_MAX});  // not finished
  log.finish_newest();
  EXPECT_EQ(newest_units_unlocked(log, 1), (std::vector<uint32_t>{3, 4}));
  EXPECT_FALSE(log.every_newest_unit_unlocked(1, [](uint32_t u) { return u != 4; }));
  EXPECT_EQ(newest_units_unlocked(log, 2), std::vector<uint32_t>{UINT32_MAX});  // no such entry yet
  CommitEntry& second = log.append(1, 1, 2);
  second.note_units(9, 9);
  // Appended, not finished: the copy is still the first entry's, and says so.
  EXPECT_EQ(newest_units_unlocked(log, 2), std::vector<uint32_t>{UINT32_MAX});
  EXPECT_EQ(newest_units_unlocked(log, 1), (std::vector<uint32_t>{3, 4}));
  log.finish_newest();
  EXPECT_EQ(newest_units_unlocked(log, 2), std::vector<uint32_t>{9});
  EXPECT_EQ(newest_units_unlocked(log, 1), std::vector<uint32_t>{UINT32_MAX});  // overwritten
  CommitEntry& third = log.append(1, 1, 2);
  third.note_units(5, 7);  // more than the header keeps
  log.finish_newest();
  EXPECT_EQ(newest_units_unlocked(log, 3), std::vector<uint32_t>{UINT32_MAX});
}

}  // namespace
}  // namespace pystm::stm::test
