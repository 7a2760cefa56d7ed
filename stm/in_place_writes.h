// stm/in_place_writes.h — writes in place: a transaction running in the only
// segment any thread holds writes committed objects where they are (in the
// canonical bytes, through its shared units) instead of privatizing their
// 64 KiB units first; the undo log keeps the committed bytes.
// Owns: the decision, in the write barrier's slow path, between writing in
// place and privatizing, and taking the writes out of the canonical copy
// when a second segment is acquired. Must never: let a thread that acquires
// a segment look at the heap while another segment has writes in place;
// drop the backup of an object written in place.
//
// Protocol (docs/STM.md, "Writes in place"): the slow path runs under the
// in-place lock; it writes in place only inside a transaction and only when
// the acquired-segments mask is its own bit. A thread that acquires a
// segment sets its bit first (registry lock) and then, under the commit lock
// and the in-place lock, before it validates, *withdraws* every other
// segment's writes in place: privatizes the written objects' units in the
// writer's segment (the writer keeps seeing exactly its own bytes) and then
// copies their backups over the canonical bytes (everyone else sees the
// committed state again). From then on the writer privatizes. The first
// time a segment is acquired while another is held, writes in place end for
// good: the program is multi-threaded. (Allowing them again whenever one
// segment is left held lost updates in the stm/py stress tests; with units
// privatized by an earlier withdrawal and commits of other threads in
// between, a backup is not always the canonical bytes. Only units the writer
// shares are written in place for the same reason.)
#pragma once
#include <cstddef>

#include "gc/object_header.h"

namespace pystm::stm {

struct Segment;

// The write barrier's slow path for `canonical` (its view `local`, `size`
// bytes) in `s`, the calling thread's segment: records the write in the undo
// log, in place or after privatizing the object's units.
void record_first_write(Segment& s, gc::ObjectHeader* canonical, gc::ObjectHeader* local, size_t size);

// Takes every other segment's writes in place out of the canonical copy
// (see above). Called with the commit lock held by a thread that has just
// acquired `acquirer`, before it touches the heap.
void withdraw_writes_in_place_locked(const Segment& acquirer);

// Ends writes in place for good. Called by a thread about to let another
// run transactions in parallel, before it commits: that commit publishes its
// writes in place, so the new thread's acquisition finds none to withdraw
// (a withdrawal privatizes a running writer's units, which races with the
// writer's allocations on them).
void end_writes_in_place();
// False once writes in place have ended (tests).
bool writes_in_place_allowed();

}  // namespace pystm::stm
