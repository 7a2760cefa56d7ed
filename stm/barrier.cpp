// stm/barrier.cpp — the calling thread's segment view and the write
// barrier's slow path.
// Must never: allocate from the gc heap; run for an object twice in one
// transaction (the cleared flag sends later writes down the fast path).
#include "stm/barrier.h"

#include "stm/in_place_writes.h"
#include "stm/segment.h"

namespace pystm::stm {

constinit thread_local SegmentView tls_segment{};

void write_slow_path(gc::ObjectHeader* canonical) {
  Segment* segment = current_segment();
  if (segment == nullptr) return;  // not attached: there is only the canonical copy
  gc::ObjectHeader* local = segment->local(canonical);
  if (!(local->flags.load(std::memory_order_relaxed) & kWriteBarrierFlag)) return;
  size_t size = gc::object_size(canonical);
  record_first_write(*segment, canonical, local, size);
  // A written object counts as read: a commit that writes it too conflicts.
  segment->read_markers[(reinterpret_cast<uintptr_t>(canonical) >> 4) - segment->marker_bias] = tls_segment.read_version;
  // The unit is private here now, or no other segment is held (a withdrawal
  // of the write in place restores the flag in the canonical bytes).
  clear_flag_in_own_view(local, kWriteBarrierFlag);
  segment->bump(segment->slow_paths);
}

}  // namespace pystm::stm
