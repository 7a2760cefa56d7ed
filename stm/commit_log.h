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
// that segment can roll an imported copy back to its revision. The import
// runs in a fault handler, without the commit lock: entries change and are
// read for old bytes under entries_lock() as well (order: commit lock, then
// entries lock, then the page-sharing lock).
//
// Units: an entry also lists the heap units (stm/page_sharing.h) its objects
// lie on, so that a validating segment that cannot have seen any of them
// (they are stale there) skips the entry without reading its objects.
//
// An entry's buffers are reused by later commits of the same segment (its
// owner): the committer writes them, and only then, in its own cache; a pool
// shared by all committers made every commit's old bytes move between cores.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "gc/object_header.h"
#include "stm/commit_lock.h"

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
  // Offset of the object's old bytes in the entry's old_bytes, or kNoOldBytes.
  static constexpr uint32_t kNoOldBytes = UINT32_MAX;
  uint32_t old_bytes = kNoOldBytes;
};

// One cache line holds what a validating segment reads first, and often
// only: the revision and the units (the line comes from the committer's
// core).
struct alignas(64) CommitEntry {
  uint64_t revision = 0;
  // The units the objects lie on, each once, unless there were more than
  // kMaxUnits (units_complete is false then).
  static constexpr size_t kMaxUnits = 8;
  uint8_t unit_count = 0;
  bool units_complete = true;
  int owner = 0;          // the committing segment's index (buffer reuse)
  uint32_t units[kMaxUnits];
  uint64_t thread = 0;    // conflict records: the committer
  uint64_t location = 0;
  std::vector<LoggedObject> objects;
  std::vector<std::byte> old_bytes;
  // Notes that an object of the entry covers units [first, last].
  void note_units(uint32_t first, uint32_t last);
  const void* old_bytes_of(const LoggedObject& o) const { return old_bytes.data() + o.old_bytes; }
  // Appends a copy of `size` bytes as o's old bytes.
  void keep_old_bytes(LoggedObject& o, const void* bytes, size_t size);
};

class CommitLog {
 public:
  uint64_t newest_revision() const { return newest_; }
  // Appends an entry with revision newest + 1 for segment `owner`'s commit
  // and returns it to be filled.
  CommitEntry& append(int owner);
  // Calls fn(const CommitEntry&) for every entry with revision > after.
  template <class Fn>
  void for_each_after(uint64_t after, Fn&& fn) const {
    if (entries_.empty() || after >= newest_) return;
    size_t start = after < entries_.front().revision ? 0 : after + 1 - entries_.front().revision;
    for (size_t i = start; i < entries_.size(); ++i) fn(entries_[i]);
  }
  // The same, newest entry first.
  template <class Fn>
  void for_each_after_newest_first(uint64_t after, Fn&& fn) const {
    if (entries_.empty() || after >= newest_) return;
    size_t start = after < entries_.front().revision ? 0 : after + 1 - entries_.front().revision;
    for (size_t i = entries_.size(); i-- > start;) fn(entries_[i]);
  }
  // Drops the entries with revision <= upto (every segment has applied them).
  void trim(uint64_t upto);
  CommitLock& entries_lock() { return entries_lock_; }
  // Forgets objects the collector found dead (their cells may be reused).
  template <class IsLive>
  void drop_dead(IsLive&& is_live) {
    for (CommitEntry& e : entries_) {
      size_t kept = 0;
      for (const LoggedObject& o : e.objects)
        if (is_live(o.object)) e.objects[kept++] = o;
      e.objects.resize(kept);
    }
  }
  size_t size() const { return entries_.size(); }

 private:
  // The header first (stm/transaction.cpp puts it beside the commit lock).
  CommitLock entries_lock_;
  uint64_t newest_ = 0;
  std::deque<CommitEntry> entries_;
  struct Spare {
    std::vector<LoggedObject> objects;
    std::vector<std::byte> old_bytes;
  };
  std::vector<std::vector<Spare>> spare_;  // [owner]: vectors reused by append()
};

}  // namespace pystm::stm
