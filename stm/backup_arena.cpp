// stm/backup_arena.cpp — chunks, bump allocation, reset and trade.
// Must never: free a chunk that holds bytes handed out since the last reset.
#include "stm/backup_arena.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace pystm::stm {

void* BackupArena::allocate(size_t size) {
  size = (size + 15) & ~size_t{15};
  while (current_ < chunks_.size()) {
    Chunk& c = chunks_[current_];
    if (c.size - used_ >= size) {
      void* p = c.memory.get() + used_;
      used_ += size;
      return p;
    }
    ++current_;
    used_ = 0;
  }
  size_t chunk_size = std::max(size, next_chunk_bytes());
  auto* memory = static_cast<char*>(std::aligned_alloc(16, chunk_size));
  if (memory == nullptr) std::abort();
  chunks_.push_back({std::unique_ptr<char, Free>(memory), chunk_size});
  current_ = chunks_.size() - 1;
  used_ = size;
  return memory;
}

const void* BackupArena::copy(const void* bytes, size_t size) {
  void* p = allocate(size);
  std::memcpy(p, bytes, size);
  return p;
}

void BackupArena::reset(size_t chunks) {
  size_t kept = 0;
  for (Chunk& c : chunks_)
    if (c.size == kBackupChunkBytes && kept < chunks) chunks_[kept++] = std::move(c);
  chunks_.resize(kept);
  current_ = 0;
  used_ = 0;
}

void BackupArena::trade(BackupArena& keeper) {
  // The vectors change places, then the spare chunks (after those in use)
  // come back after keeper's.
  size_t in_use = chunks_in_use();
  chunks_.swap(keeper.chunks_);
  for (size_t i = in_use; i < keeper.chunks_.size(); ++i) chunks_.push_back(std::move(keeper.chunks_[i]));
  keeper.chunks_.resize(in_use);
  keeper.current_ = keeper.chunks_.size();  // full: a later allocation takes a new chunk
  keeper.used_ = 0;
  current_ = 0;
  used_ = 0;
}

size_t BackupArena::next_chunk_bytes() const {
  // Each new chunk doubles what the arena holds, from the first chunk's size
  // up to an ordinary chunk. Stops counting there: a large transaction's
  // undo log holds thousands of chunks.
  size_t held = 0;
  for (const Chunk& c : chunks_)
    if ((held += c.size) >= kBackupChunkBytes) return kBackupChunkBytes;
  return std::min(kBackupChunkBytes, std::max(first_chunk_bytes_, held));
}

bool BackupArena::can_trade_with(const BackupArena& keeper) const {
  auto ordinary = std::count_if(keeper.chunks_.begin(), keeper.chunks_.end(),
                                [](const Chunk& c) { return c.size == kBackupChunkBytes; });
  return static_cast<size_t>(ordinary) >= chunks_in_use();
}

size_t BackupArena::reserved_bytes() const {
  size_t total = 0;
  for (const Chunk& c : chunks_) total += c.size;
  return total;
}

bool BackupArena::holds(const void* p) const {
  auto a = reinterpret_cast<uintptr_t>(p);
  return std::any_of(chunks_.begin(), chunks_.end(), [&](const Chunk& c) {
    auto begin = reinterpret_cast<uintptr_t>(c.memory.get());
    return a >= begin && a < begin + c.size;
  });
}

}  // namespace pystm::stm
