// stm/commit_log.h — the global log of committed write sets.
// Owns: the entries (one per commit that changed shared state), their
// revisions, trimming entries every segment has applied. Must never: be
// touched without the commit lock (stm/transaction.cpp holds it).
//
// Entry r lists the objects the commit with revision r published: objects it
// wrote (`written`: other segments that read them must abort) and objects it
// created (only copied), and for kinds that publish them, which bytes of a
// written object changed. The canonical copy holds their bytes as of the
// newest revision; a segment validating from revision a to the newest copies
// the canonical bytes of every object listed after a.
//
// Old bytes: a written object whose unit was stale in a running segment
// (stm/page_sharing.h) also carries the bytes it had before the commit, so
// that segment can roll an imported copy back to its revision. A small
// transaction's are its backups, whose chunks the entry's contents take
// (stm/undo_log.h, trade_backups): no copy is made. A large one (backups
// over one chunk) copies those it keeps instead, so that its backups do not
// outlive its commit; so does one whose entry has no chunk to trade back. The import
// runs in a fault handler, without the commit lock: entries change and are
// read for old bytes under entries_lock() as well (order: commit lock, then
// entries lock, then the page-sharing lock).
//
// Units: an entry also lists the heap units (stm/page_sharing.h) its objects
// lie on, so that a validating segment that cannot have seen any of them
// (they are stale there) skips the entry without reading its objects.
//
// An entry's contents (objects, old bytes) are kept per committing segment
// (its owner) and reused by its later commits: only the committer's core
// writes them. Buffers shared by all committers made every commit's old
// bytes move between cores, and trimming other segments' entries did too.
#pragma once
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>
#include <vector>

#include "gc/object_header.h"
#include "stm/commit_lock.h"
#include "stm/backup_arena.h"

namespace pystm::stm {

struct LoggedObject {
  gc::ObjectHeader* object;  // canonical reference
  uint32_t size;
  bool written;
  // A written object of a kind that publishes its changed bytes
  // (track_changed_bytes): every byte the commit changed lies in
  // [changed_begin, changed_end) (offsets, 16-byte granules). A transaction
  // conflicts only if it read the whole object (its header's marker) or
  // one of those granules (stm::read_bytes).
  bool bytes_tracked = false;
  uint32_t changed_begin = 0, changed_end = 0;
  // The object's old bytes (in the entry's old_bytes arena), or null.
  const void* old_bytes = nullptr;
};

// An entry's first chunk for copied old bytes: a few objects' worth. A
// segment that lags behind keeps every later entry in the log, and an
// ordinary chunk each made that cost 64 KiB per commit.
inline constexpr size_t kFirstCopiedOldBytesChunk = 1024;

// What a commit published, kept with the other commits of the same segment
// (its owner): only the committer's core writes it.
struct CommitContents {
  uint64_t revision = 0;
  uint64_t thread = 0;    // conflict records: the committer
  uint64_t location = 0;
  std::vector<LoggedObject> objects;
  // Where the objects' old bytes lie: the committer's backups, traded to the
  // entry, or copies of those it keeps (a large transaction; or any while
  // the entry has no chunk to give back, see stm/transaction.cpp), which
  // start in a small chunk.
  BackupArena old_bytes{kFirstCopiedOldBytesChunk};
};

// One cache line: what a validating segment reads first, and often only (the
// revision and the units), and where the rest is.
struct alignas(64) CommitEntry {
  uint64_t revision = 0;
  // The units the objects lie on, each once, unless there were more than
  // kMaxUnits (units_complete is false then).
  static constexpr size_t kMaxUnits = 8;
  uint8_t unit_count = 0;
  bool units_complete = true;
  uint32_t units[kMaxUnits];
  CommitContents* contents = nullptr;

  std::vector<LoggedObject>& objects() const { return contents->objects; }
  uint64_t thread() const { return contents->thread; }
  uint64_t location() const { return contents->location; }
  BackupArena& old_bytes() const { return contents->old_bytes; }
  // Notes that an object of the entry covers units [first, last].
  void note_units(uint32_t first, uint32_t last);
};

class CommitLog {
 public:
  CommitLog();
  ~CommitLog();
  uint64_t newest_revision() const { return newest_; }
  // Appends an entry with revision newest + 1 for a commit of segment
  // `owner` by `thread` at `location`, and returns it to be filled.
  CommitEntry& append(int owner, uint64_t thread, uint64_t location);
  // The newest entry is complete: its units are copied into the header.
  void finish_newest();
  // Whether pred(unit) holds for every unit entry e lists; false when e lists
  // too many to keep. The newest entry's units are read from the header's
  // copy when they fit there: a validating segment usually reads only the
  // newest entry, written by another core, and this spares it that line.
  template <class Pred>
  bool every_unit(const CommitEntry& e, Pred&& pred) const {
    if (&e == &ring_[newest_ & mask_] && copied_revision_.load(std::memory_order_relaxed) == newest_) {
      for (const std::atomic<uint32_t>& copy : newest_units_)
        if (uint32_t u = copy.load(std::memory_order_relaxed); u != kNoUnit && !pred(u)) return false;
      return true;
    }
    if (!e.units_complete) return false;
    for (uint8_t i = 0; i < e.unit_count; ++i)
      if (!pred(e.units[i])) return false;
    return true;
  }
  // The same for the entry with revision `revision`, without the log's locks
  // (commits may append meanwhile), from the header's copy: false also when
  // the copy is not that entry's (it had more than two units, or a later
  // entry's were copied since) or is being rewritten. Then the caller asks
  // every_unit under the locks.
  template <class Pred>
  bool every_newest_unit_unlocked(uint64_t revision, Pred&& pred) const {
    // A sequence lock whose odd values are 0: revisions only grow, so the
    // same value before and after the copy is read means no finish_newest
    // wrote it in between.
    if (copied_revision_.load(std::memory_order_acquire) != revision) return false;
    uint32_t units[2] = {newest_units_[0].load(std::memory_order_relaxed),
                         newest_units_[1].load(std::memory_order_relaxed)};
    std::atomic_thread_fence(std::memory_order_acquire);
    if (copied_revision_.load(std::memory_order_relaxed) != revision) return false;
    for (uint32_t u : units)
      if (u != kNoUnit && !pred(u)) return false;
    return true;
  }
  // Calls fn(const CommitEntry&) for every entry with revision > after.
  template <class Fn>
  void for_each_after(uint64_t after, Fn&& fn) const {
    if (after >= newest_) return;
    for (uint64_t r = std::max(after + 1, oldest_); r <= newest_; ++r) fn(ring_[r & mask_]);
  }
  // The same, newest entry first.
  template <class Fn>
  void for_each_after_newest_first(uint64_t after, Fn&& fn) const {
    if (after >= newest_) return;
    for (uint64_t r = newest_, first = std::max(after + 1, oldest_); r >= first; --r) fn(ring_[r & mask_]);
  }
  // Drops the entries with revision <= upto (every segment has applied them).
  // Their contents are reused by their owner's next commits.
  void trim(uint64_t upto) { oldest_ = std::max(oldest_, std::min(upto, newest_) + 1); }
  CommitLock& entries_lock() { return entries_lock_; }
  // Forgets objects the collector found dead (their cells may be reused).
  template <class IsLive>
  void drop_dead(IsLive&& is_live) {
    for (uint64_t r = oldest_; r <= newest_; ++r) {
      std::vector<LoggedObject>& objects = ring_[r & mask_].objects();
      size_t kept = 0;
      for (const LoggedObject& o : objects)
        if (is_live(o.object)) objects[kept++] = o;
      objects.resize(kept);
    }
  }
  size_t size() const { return newest_ + 1 - oldest_; }
  // Whether `owner` has few enough entries in the log that each one's
  // contents come back for its reuse once trimmed (so chunks traded to
  // them come back too). More mean a segment lags behind.
  bool reuses_entries_of(int owner) const;
  // The memory the entries in the log hold for old bytes (used or not).
  size_t old_bytes_reserved() const {
    size_t total = 0;
    for (uint64_t r = oldest_; r <= newest_; ++r) total += ring_[r & mask_].old_bytes().reserved_bytes();
    return total;
  }

 private:
  // The header, 48 bytes: stm/transaction.cpp puts it on the commit lock's
  // cache line. Entries [oldest_, newest_] live in a ring, entry r at
  // ring_[r & mask_] (the ring doubles when full). Trimming moves oldest_
  // and touches nothing else: the entries' contents stay where their owners
  // put them until the owners' next commits reuse them. newest_units_: the
  // units of entry copied_revision_ if it has at most two (kNoUnit fills the
  // rest); copied_revision_ is 0 while they change, and lags newest_ when
  // the newest entry's units are not there. Atomics: read without the locks
  // by every_newest_unit_unlocked.
  CommitLock entries_lock_;
  uint32_t mask_;
  uint64_t newest_ = 0;
  uint64_t oldest_ = 1;
  CommitEntry* ring_;
  static constexpr uint32_t kNoUnit = UINT32_MAX;
  std::atomic<uint32_t> newest_units_[2] = {kNoUnit, kNoUnit};
  std::atomic<uint64_t> copied_revision_{0};
  std::unique_ptr<CommitEntry[]> storage_;
  // Per owner, on lines of their own: the contents of its entries still in
  // the log (oldest first; a deque, so entries' pointers stay valid) and
  // those free for reuse.
  struct alignas(64) OwnerContents {
    std::deque<CommitContents> in_log;
    std::vector<CommitContents> free;
  };
  std::vector<std::unique_ptr<OwnerContents>> owners_;
  CommitContents& take_contents(int owner);
  void grow();
};

}  // namespace pystm::stm
