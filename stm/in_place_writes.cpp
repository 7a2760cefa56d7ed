// stm/in_place_writes.cpp — writes in place and their withdrawal (see the
// header). Must never: take the commit lock or the registry lock while
// holding the in-place lock (order: commit lock, registry lock, in-place
// lock, page-sharing lock).
#include "stm/in_place_writes.h"

#include <atomic>
#include <cstring>
#include <mutex>

#include "stm/changed_bytes.h"
#include "stm/page_sharing.h"
#include "stm/segment.h"

namespace pystm::stm {

namespace {
// Guards every segment's undo log against a withdrawal reading it while its
// owner appends, and Segment::in_place_writes.
std::mutex g_in_place_mutex;
// Cleared for good the first time two segments are held at once: from then
// on the program is multi-threaded and every transaction privatizes.
std::atomic<bool> g_in_place_allowed{true};
}  // namespace

// Once writes in place have ended and the segment holds none, nothing makes
// a withdrawal read this segment's undo log again (its in_place_writes stays
// empty), so the first writes of a multi-threaded program, many per
// transaction, no longer pass through one global lock: two threads writing
// disjoint data took turns on it, and on its cache line, 30 times per
// transaction.
static void record_write_after_in_place(Segment& s, gc::ObjectHeader* canonical, gc::ObjectHeader* local, size_t size) {
  // The write must not show in any other segment before commit.
  privatize(s.index, canonical, size);
  // The backup still has the flag set. An inevitable transaction never
  // restores one; it keeps those its commit compares with the new bytes.
  if (s.in_transaction && (!s.inevitable || publishes_changed_bytes(local)))
    s.undo.record(canonical, local, size);
  else
    s.undo.record_without_backup(canonical, size);
}

void record_first_write(Segment& s, gc::ObjectHeader* canonical, gc::ObjectHeader* local, size_t size) {
  if (s.in_place_over) return record_write_after_in_place(s, canonical, local, size);
  std::lock_guard<std::mutex> lock(g_in_place_mutex);
  uint64_t own = uint64_t{1} << (s.index - 1);
  // Only objects on units the segment shares: the write lands in the
  // canonical bytes, which equal the backup (nobody else committed since).
  if (s.in_transaction && acquired_segments() == own && g_in_place_allowed.load(std::memory_order_relaxed) &&
      !(private_mask_of(canonical, size) & own)) {
    // Nobody else holds a segment: no running transaction can see the
    // canonical bytes change. The backup is kept even when the transaction
    // is inevitable: a withdrawal needs it.
    s.in_place_writes.push_back(s.undo.entries().size());
    s.undo.record(canonical, local, size);
    return;
  }
  if (!g_in_place_allowed.load(std::memory_order_relaxed) && s.in_place_writes.empty()) s.in_place_over = true;
  record_write_after_in_place(s, canonical, local, size);
}

void end_writes_in_place() {
  std::lock_guard<std::mutex> lock(g_in_place_mutex);
  g_in_place_allowed.store(false, std::memory_order_relaxed);
}

bool writes_in_place_allowed() { return g_in_place_allowed.load(std::memory_order_relaxed); }

void withdraw_writes_in_place_locked(const Segment& acquirer) {
  uint64_t own = uint64_t{1} << (acquirer.index - 1);
  if (acquired_segments() != own) {
    std::lock_guard<std::mutex> lock(g_in_place_mutex);
    g_in_place_allowed.store(false, std::memory_order_relaxed);
  }
  for_each_segment([&](Segment& w) {
    if (&w == &acquirer) return;
    std::lock_guard<std::mutex> lock(g_in_place_mutex);
    if (w.in_place_writes.empty()) return;
    const std::vector<UndoEntry>& entries = w.undo.entries();
    // Units first: once private, the writer's stores (it may be running)
    // land in its own copy, and the canonical bytes are ours to restore.
    for (size_t i : w.in_place_writes) privatize(w.index, entries[i].object, entries[i].size);
    // Only the writes made in place since the last withdrawal: the canonical
    // bytes of any other entry are not the writer's (another transaction
    // may have committed that object since; the writer then aborts).
    for (size_t i : w.in_place_writes) std::memcpy(static_cast<void*>(entries[i].object), entries[i].backup, entries[i].size);
    w.in_place_writes.clear();
  });
}

std::mutex& in_place_lock_for_fork() { return g_in_place_mutex; }

}  // namespace pystm::stm
