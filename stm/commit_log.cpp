// stm/commit_log.cpp — appending and trimming commit entries.
// Must never: drop an entry some segment has not applied.
#include "stm/commit_log.h"

#include <algorithm>

namespace pystm::stm {

namespace {
// What each owner keeps for reuse: enough entries for the commits between
// two trims (stm/transaction.cpp trims every 32), and no large copy of old
// bytes.
constexpr size_t kSparesPerOwner = 40;
constexpr size_t kKeptOldBytes = 16 * 1024;
}  // namespace

CommitEntry& CommitLog::append(int owner) {
  CommitEntry& e = entries_.emplace_back();
  e.revision = ++newest_;
  e.owner = owner;
  if (static_cast<size_t>(owner) < spare_.size() && !spare_[static_cast<size_t>(owner)].empty()) {
    Spare& spare = spare_[static_cast<size_t>(owner)].back();
    e.objects = std::move(spare.objects);
    e.old_bytes = std::move(spare.old_bytes);
    spare_[static_cast<size_t>(owner)].pop_back();
  }
  return e;
}

void CommitEntry::note_units(uint32_t first, uint32_t last) {
  for (uint32_t u = first; u <= last && units_complete; ++u) {
    if (std::find(units, units + unit_count, u) != units + unit_count) continue;
    if (unit_count == kMaxUnits) {
      units_complete = false;
      break;
    }
    units[unit_count++] = u;
  }
}

void CommitEntry::keep_old_bytes(LoggedObject& o, const void* bytes, size_t size) {
  o.old_bytes = static_cast<uint32_t>(old_bytes.size());
  const auto* b = static_cast<const std::byte*>(bytes);
  old_bytes.insert(old_bytes.end(), b, b + size);
}

void CommitLog::trim(uint64_t upto) {
  while (!entries_.empty() && entries_.front().revision <= upto) {
    CommitEntry& e = entries_.front();
    auto owner = static_cast<size_t>(e.owner);
    if (owner >= spare_.size()) spare_.resize(owner + 1);
    if (spare_[owner].size() < kSparesPerOwner) {
      e.objects.clear();
      e.old_bytes.clear();
      if (e.old_bytes.capacity() > kKeptOldBytes) std::vector<std::byte>().swap(e.old_bytes);
      spare_[owner].push_back({std::move(e.objects), std::move(e.old_bytes)});
    }
    entries_.pop_front();
  }
}

}  // namespace pystm::stm
