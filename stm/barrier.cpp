// stm/barrier.cpp — the calling thread's segment view and the write
// barrier's slow path.
// Must never: allocate from the gc heap; run for an object twice in one
// transaction (the cleared flag sends later writes down the fast path).
#include "stm/barrier.h"

#include "stm/segment.h"

namespace pystm::stm {

constinit thread_local SegmentView tls_segment{};

void write_slow_path(gc::ObjectHeader* canonical) {
  Segment* segment = current_segment();
  // Outside a transaction a write cannot be undone, so there is nothing to
  // record; the flag stays set.
  if (segment == nullptr || !segment->in_transaction) return;
  gc::ObjectHeader* local = view(canonical);
  if (!(local->flags.load(std::memory_order_relaxed) & kWriteBarrierFlag)) return;
  if (segment->inevitable)
    segment->undo.record_without_backup(canonical);
  else
    segment->undo.record(local, gc::object_size(canonical));  // the copy still has the flag set
  local->flags.fetch_and(~kWriteBarrierFlag, std::memory_order_relaxed);
  segment->bump(segment->slow_paths);
}

}  // namespace pystm::stm
