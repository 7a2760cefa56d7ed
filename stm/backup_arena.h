// stm/backup_arena.h — bump-allocated memory for backups and old bytes, in
// malloc'd chunks reused from one transaction (or commit entry) to the next.
// Owns: the chunks and what lies in them. Must never: move bytes it has
// handed out (pointers stay valid until reset or trade); keep big chunks
// once reset.
//
// An undo log (stm/undo_log.h) keeps its backups in one; a commit entry
// (stm/commit_log.h) keeps its old bytes in another. A small transaction's
// commit hands its backups to its entry as they are (trade): no copy. An
// entry that copies old bytes instead starts with a small chunk, and each
// new chunk is as large as all before it together (up to an ordinary
// chunk): a few copied objects take a few hundred bytes, not 64 KiB.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <memory>
#include <vector>

namespace pystm::stm {

// Ordinary chunk size; a larger chunk holds one block that does not fit.
inline constexpr size_t kBackupChunkBytes = 64 << 10;

class BackupArena {
 public:
  // `first_chunk_bytes`: the size of the first chunk allocated (at most
  // kBackupChunkBytes; ordinary chunks only by default).
  explicit BackupArena(size_t first_chunk_bytes = kBackupChunkBytes) : first_chunk_bytes_(first_chunk_bytes) {}
  // `size` bytes, 16-byte aligned.
  void* allocate(size_t size);
  // A copy of `size` bytes at `bytes`.
  const void* copy(const void* bytes, size_t size);
  // Whether the bytes handed out since the last reset lie in more than one
  // chunk (more than kBackupChunkBytes of them, or one large block).
  bool spans_chunks() const { return current_ > 0; }
  // Forgets every byte handed out; keeps up to `chunks` ordinary chunks for
  // reuse and frees the rest (the smaller ones too).
  void reset(size_t chunks);
  // `keeper` takes the chunks holding the bytes handed out here (they stay
  // where they are) and gives its own chunks, whose bytes nobody reads any
  // more, in exchange; this arena is then empty. Allocates nothing when
  // both sides use the same number of chunks.
  void trade(BackupArena& keeper);
  // Whether `keeper` has as many ordinary chunks to give back as trade
  // would take from here: else a trade leaves this arena short, and its
  // next bytes cost a new chunk.
  bool can_trade_with(const BackupArena& keeper) const;
  // The bytes of all chunks held (used or not).
  size_t reserved_bytes() const;
  // Whether `p` lies in one of the chunks (tests).
  bool holds(const void* p) const;

 private:
  struct Free {
    void operator()(char* memory) const { std::free(memory); }
  };
  struct Chunk {
    std::unique_ptr<char, Free> memory;
    size_t size = 0;
  };
  std::vector<Chunk> chunks_;
  size_t first_chunk_bytes_;
  size_t current_ = 0;  // chunk being filled
  size_t used_ = 0;     // bytes used in chunks_[current_]
  size_t next_chunk_bytes() const;
  size_t chunks_in_use() const { return std::min(used_ > 0 ? current_ + 1 : current_, chunks_.size()); }
};

}  // namespace pystm::stm
