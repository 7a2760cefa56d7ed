// stm/undo_log.cpp — backup copies in bump-allocated malloc chunks.
// Must never: keep more than kKeptBytes of chunks past a commit.
#include "stm/undo_log.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace pystm::stm {

namespace {
constexpr size_t kKeptChunks = 4;
}  // namespace

UndoLog::~UndoLog() = default;

void* UndoLog::allocate_backup(size_t size) {
  size = (size + 15) & ~size_t{15};
  while (current_ < chunks_.size()) {
    BackupChunk& c = chunks_[current_];
    if (c.size - used_ >= size) {
      void* p = c.memory.get() + used_;
      used_ += size;
      return p;
    }
    ++current_;
    used_ = 0;
  }
  size_t chunk_size = size > kBackupChunkBytes ? size : kBackupChunkBytes;
  auto* memory = static_cast<char*>(std::aligned_alloc(16, chunk_size));
  if (memory == nullptr) std::abort();
  chunks_.push_back({std::unique_ptr<char, BackupChunk::Free>(memory), chunk_size});
  current_ = chunks_.size() - 1;
  used_ = size;
  return memory;
}

const void* UndoLog::copy_into_backups(const void* bytes, size_t size) {
  void* copy = allocate_backup(size);
  std::memcpy(copy, bytes, size);
  return copy;
}

void UndoLog::trade_backups(BackupChunks& keeper) {
  // Chunks [0, current_] hold backups; those after it are spare and stay.
  // The vectors change places (a commit allocates nothing here), then the
  // spares come back after keeper's chunks.
  size_t used = std::min(used_ > 0 ? current_ + 1 : current_, chunks_.size());
  chunks_.swap(keeper);
  for (size_t i = used; i < keeper.size(); ++i) chunks_.push_back(std::move(keeper[i]));
  keeper.resize(used);
  current_ = 0;
  used_ = 0;
}

void UndoLog::record(gc::ObjectHeader* object, const void* bytes, size_t size) {
  void* backup = allocate_backup(size);
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
  if (!kept) {
    current_ = 0;
    used_ = 0;
  }
}

void UndoLog::restore_all(uintptr_t view_delta) {
  for (const UndoEntry& e : entries_)
    if (e.backup != nullptr)
      std::memcpy(reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(e.object) + view_delta), e.backup, e.size);
}

void UndoLog::clear() {
  entries_.clear();
  // Keep a few ordinary chunks for the next transaction; oversized ones go.
  size_t kept = 0;
  for (BackupChunk& c : chunks_)
    if (c.size == kBackupChunkBytes && kept < kKeptChunks) chunks_[kept++] = std::move(c);
  chunks_.resize(kept);
  current_ = 0;
  used_ = 0;
}

void UndoLog::visit_references(gc::Visitor& visitor) const {
  for (const UndoEntry& e : entries_) {
    visitor.visit(e.object);
    if (e.backup != nullptr)
      visitor.visit_range(static_cast<const void* const*>(e.backup), e.size / sizeof(void*));
  }
}

}  // namespace pystm::stm
