// stm/in_place_writes.cpp — writes in place and their withdrawal (see the
// header). Must never: take the commit lock or the registry lock while
// holding the in-place lock (order: commit lock, registry lock, in-place
// lock, page-sharing lock).
#include "stm/in_place_writes.h"

#include <cstring>
#include <mutex>

#include "stm/page_sharing.h"
#include "stm/segment.h"

namespace pystm::stm {

namespace {
// Guards every segment's undo log against a withdrawal reading it while its
// owner appends, and Segment::writes_in_place.
std::mutex g_in_place_mutex;
}  // namespace

void record_first_write(Segment& s, gc::ObjectHeader* canonical, gc::ObjectHeader* local, size_t size) {
  std::lock_guard<std::mutex> lock(g_in_place_mutex);
  uint64_t own = uint64_t{1} << (s.index - 1);
  if (s.in_transaction && acquired_segments() == own) {
    // Nobody else holds a segment: no running transaction can see the
    // canonical bytes change. The backup is kept even when the transaction
    // is inevitable: a withdrawal needs it.
    s.undo.record(canonical, local, size);
    s.writes_in_place = true;
    return;
  }
  // The write must not show in any other segment before commit.
  privatize(s.index, canonical, size);
  if (s.in_transaction && !s.inevitable)
    s.undo.record(canonical, local, size);  // the backup still has the flag set
  else
    s.undo.record_without_backup(canonical, size);
}

void withdraw_writes_in_place_locked(const Segment& acquirer) {
  for_each_segment([&](Segment& w) {
    if (&w == &acquirer) return;
    std::lock_guard<std::mutex> lock(g_in_place_mutex);
    if (!w.writes_in_place) return;
    // Units first: once private, the writer's stores (it may be running)
    // land in its own copy, and the canonical bytes are ours to restore.
    for (const UndoEntry& e : w.undo.entries()) privatize(w.index, e.object, e.size);
    for (const UndoEntry& e : w.undo.entries())
      if (e.backup != nullptr) std::memcpy(static_cast<void*>(e.object), e.backup, e.size);
    w.writes_in_place = false;
  });
}

}  // namespace pystm::stm
