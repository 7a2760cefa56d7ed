// stm/undo_log.cpp — the write set and its backups (in a BackupArena).
// Must never: keep more than kKeptChunks ordinary chunks past a commit.
#include "stm/undo_log.h"

#include <cstdint>
#include <cstring>

namespace pystm::stm {

namespace {
constexpr size_t kKeptChunks = 4;
}  // namespace

UndoLog::~UndoLog() = default;

void UndoLog::record(gc::ObjectHeader* object, const void* bytes, size_t size) {
  void* backup = backups_.allocate(size);
  std::memcpy(backup, bytes, size);
  entries_.push_back({object, backup, size});
}

void UndoLog::record_without_backup(gc::ObjectHeader* object, size_t size) {
  entries_.push_back({object, nullptr, size});
}

void UndoLog::drop_backups_except(bool (*keep)(const gc::ObjectHeader* backup)) {
  bool kept = false;
  for (UndoEntry& e : entries_) {
    if (e.backup != nullptr && keep(static_cast<const gc::ObjectHeader*>(e.backup))) kept = true;
    else e.backup = nullptr;
  }
  // Later backups may reuse the memory only when none is kept in it.
  if (!kept) backups_.reset(SIZE_MAX);
}

void UndoLog::restore_all(uintptr_t view_delta) {
  for (const UndoEntry& e : entries_)
    if (e.backup != nullptr)
      std::memcpy(reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(e.object) + view_delta), e.backup, e.size);
}

void UndoLog::clear() {
  entries_.clear();
  backups_.reset(kKeptChunks);  // a few ordinary chunks for the next transaction
}

void UndoLog::visit_references(gc::Visitor& visitor) const {
  for (const UndoEntry& e : entries_) {
    visitor.visit(e.object);
    if (e.backup != nullptr)
      visitor.visit_range(static_cast<const void* const*>(e.backup), e.size / sizeof(void*));
  }
}

}  // namespace pystm::stm
