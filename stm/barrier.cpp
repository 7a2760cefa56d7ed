// stm/barrier.cpp — the calling thread's segment view and the write
// barrier's slow path.
// Must never: allocate from the gc heap; run for an object twice in one
// transaction (the cleared flag sends later writes down the fast path).
#include "stm/barrier.h"

#include "stm/page_sharing.h"
#include "stm/segment.h"

namespace pystm::stm {

constinit thread_local SegmentView tls_segment{};

void write_slow_path(gc::ObjectHeader* canonical) {
  Segment* segment = current_segment();
  if (segment == nullptr) return;  // not attached: there is only the canonical copy
  gc::ObjectHeader* local = segment->local(canonical);
  if (!(local->flags.load(std::memory_order_relaxed) & kWriteBarrierFlag)) return;
  size_t size = gc::object_size(canonical);
  // The write must not show in any other segment before commit.
  privatize(segment->index, canonical, size);
  // A written object counts as read: a commit that writes it too conflicts.
  segment->read_markers[(reinterpret_cast<uintptr_t>(canonical) >> 4) - segment->marker_bias] = tls_segment.read_version;
  if (segment->in_transaction && !segment->inevitable)
    segment->undo.record(canonical, local, size);  // the backup still has the flag set
  else
    segment->undo.record_without_backup(canonical, size);
  clear_flag_in_own_view(local, kWriteBarrierFlag);  // the unit is private here now
  segment->bump(segment->slow_paths);
}

}  // namespace pystm::stm
