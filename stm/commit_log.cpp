// stm/commit_log.cpp — appending and trimming commit entries.
// Must never: drop an entry some segment has not applied.
#include "stm/commit_log.h"

namespace pystm::stm {

namespace {
constexpr size_t kKeptOldBytes = 64 * 1024;
}  // namespace

CommitEntry& CommitLog::append() {
  CommitEntry& e = entries_.emplace_back();
  e.revision = ++newest_;
  if (!spare_.empty()) {
    e.objects = std::move(spare_.back().objects);
    e.old_bytes = std::move(spare_.back().old_bytes);
    spare_.pop_back();
  }
  return e;
}

void CommitEntry::keep_old_bytes(LoggedObject& o, const void* bytes, size_t size) {
  o.old_bytes = static_cast<uint32_t>(old_bytes.size());
  const auto* b = static_cast<const std::byte*>(bytes);
  old_bytes.insert(old_bytes.end(), b, b + size);
}

void CommitLog::trim(uint64_t upto) {
  while (!entries_.empty() && entries_.front().revision <= upto) {
    CommitEntry& e = entries_.front();
    // Enough for the entries between two trims; a large copy of old bytes
    // is not kept around for reuse.
    if (spare_.size() < 64) {
      e.objects.clear();
      e.old_bytes.clear();
      if (e.old_bytes.capacity() > kKeptOldBytes) std::vector<std::byte>().swap(e.old_bytes);
      spare_.push_back({std::move(e.objects), std::move(e.old_bytes)});
    }
    entries_.pop_front();
  }
}

}  // namespace pystm::stm
