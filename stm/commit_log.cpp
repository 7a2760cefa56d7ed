// stm/commit_log.cpp — appending and trimming commit entries, and the
// contents each committing segment keeps for its entries.
// Must never: drop an entry some segment has not applied.
#include "stm/commit_log.h"

#include <algorithm>

namespace pystm::stm {

namespace {
// What each owner keeps for reuse: enough for the commits between two trims
// (stm/transaction.cpp trims every 32), each with at most one ordinary chunk
// of backup memory (what one small transaction's backups take).
constexpr size_t kFreePerOwner = 40;
// Ring slots to start with: the log is trimmed every 32 entries when every
// segment has caught up (stm/transaction.cpp).
constexpr uint64_t kInitialEntries = 64;
}  // namespace

CommitLog::CommitLog()
    : mask_(static_cast<uint32_t>(kInitialEntries - 1)), ring_(nullptr), storage_(new CommitEntry[kInitialEntries]) {
  ring_ = storage_.get();
}

CommitLog::~CommitLog() = default;

void CommitLog::grow() {
  uint64_t capacity = (uint64_t{mask_} + 1) * 2;
  std::unique_ptr<CommitEntry[]> bigger(new CommitEntry[capacity]);
  for (uint64_t r = oldest_; r <= newest_; ++r) bigger[r & (capacity - 1)] = ring_[r & mask_];
  storage_ = std::move(bigger);
  ring_ = storage_.get();
  mask_ = static_cast<uint32_t>(capacity - 1);
}

// The owner's contents for its next entry: those of its entries trimmed
// since are free again.
CommitContents& CommitLog::take_contents(int owner) {
  auto index = static_cast<size_t>(owner);
  if (index >= owners_.size()) owners_.resize(index + 1);
  if (!owners_[index]) owners_[index] = std::make_unique<OwnerContents>();
  OwnerContents& own = *owners_[index];
  while (!own.in_log.empty() && own.in_log.front().revision < oldest_) {
    CommitContents& done = own.in_log.front();
    if (own.free.size() < kFreePerOwner) {
      done.objects.clear();
      done.old_bytes.reset(1);
      own.free.push_back(std::move(done));
    }
    own.in_log.pop_front();
  }
  if (own.free.empty()) {
    own.in_log.emplace_back();
  } else {
    own.in_log.push_back(std::move(own.free.back()));
    own.free.pop_back();
  }
  return own.in_log.back();
}

bool CommitLog::reuses_entries_of(int owner) const {
  auto index = static_cast<size_t>(owner);
  return index >= owners_.size() || !owners_[index] || owners_[index]->in_log.size() <= kFreePerOwner;
}

CommitEntry& CommitLog::append(int owner, uint64_t thread, uint64_t location) {
  if (size() == uint64_t{mask_} + 1) grow();
  CommitContents& contents = take_contents(owner);
  CommitEntry& e = ring_[++newest_ & mask_];
  e = CommitEntry{};
  e.revision = newest_;
  e.contents = &contents;
  contents.revision = newest_;
  contents.thread = thread;
  contents.location = location;
  return e;
}

void CommitLog::finish_newest() {
  const CommitEntry& e = ring_[newest_ & mask_];
  if (!e.units_complete || e.unit_count > std::size(newest_units_)) return;
  copied_revision_.store(0, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);
  for (size_t i = 0; i < std::size(newest_units_); ++i)
    newest_units_[i].store(i < e.unit_count ? e.units[i] : kNoUnit, std::memory_order_relaxed);
  copied_revision_.store(newest_, std::memory_order_release);
}

void CommitEntry::note_units(uint32_t first, uint32_t last) {
  // Objects written together mostly lie on the unit noted last.
  if (first == last && unit_count > 0 && units[unit_count - 1] == first) return;
  for (uint32_t u = first; u <= last && units_complete; ++u) {
    if (std::find(units, units + unit_count, u) != units + unit_count) continue;
    if (unit_count == kMaxUnits) {
      units_complete = false;
      break;
    }
    units[unit_count++] = u;
  }
}

}  // namespace pystm::stm
