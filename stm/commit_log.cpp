// stm/commit_log.cpp — appending and trimming commit entries.
// Must never: drop an entry some segment has not applied.
#include "stm/commit_log.h"

namespace pystm::stm {

CommitEntry& CommitLog::append() {
  CommitEntry& e = entries_.emplace_back();
  e.revision = ++newest_;
  if (!spare_.empty()) {
    e.objects = std::move(spare_.back());
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
    std::vector<LoggedObject> objects = std::move(entries_.front().objects);
    entries_.pop_front();
    if (spare_.size() < 16) {
      objects.clear();
      spare_.push_back(std::move(objects));
    }
  }
}

}  // namespace pystm::stm
