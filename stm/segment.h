// stm/segment.h — a segment: the view of the heap one attached thread runs
// in, with its read-marker table and its transaction state.
// Owns: segment creation and reuse, the read-marker tables, the per-segment
// transaction state and counters. Must never: know about Python; be touched
// by a thread other than its owner except by the collector (stopped world)
// and stats().
//
// Today there is one address space (base_delta = 0) and a segment is created
// per attached thread (reused after detach). The STM issue gives each segment
// its own replica of the heap range; nothing in this interface changes.
//
// Read markers: one byte per 16 heap bytes over the whole reserved range
// (mmap NORESERVE: only touched pages cost memory). A transaction stores its
// read version; the version advances per transaction, so old markers never
// need clearing, except when the 8-bit version wraps: then the table's
// committed prefix is returned to the OS (reads back as zero) and the version
// restarts at 1.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/heap.h"
#include "stm/barrier.h"
#include "stm/undo_log.h"

namespace pystm::stm {

struct Segment {
  uint8_t* read_markers = nullptr;
  size_t marker_bytes = 0;
  uintptr_t marker_bias = 0;
  uint8_t read_version = 1;  // saved here while detached
  int attachments = 0;       // attach() nests

  bool in_transaction = false;
  bool inevitable = false;
  uint64_t location = 0;
  UndoLog undo;
  std::vector<gc::ObjectHeader*> new_objects;  // weak: dead ones are dropped

  std::atomic<uint64_t> commits{0};
  std::atomic<uint64_t> aborts{0};
  std::atomic<uint64_t> slow_paths{0};

  void bump(std::atomic<uint64_t>& counter) { counter.store(counter.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); }
  // Advances the read version, clearing the marker table when it wraps.
  void advance_read_version();
};

// The calling thread's segment, or null when it is not attached.
Segment* current_segment();

Segment* acquire_segment();
void release_segment(Segment* segment);
void set_current_segment(Segment* segment);

// Calls fn on every segment ever created (attached or not).
template <class Fn>
void for_each_segment(Fn&& fn);

void lock_segments();
void unlock_segments();
const std::vector<Segment*>& all_segments_locked();

template <class Fn>
void for_each_segment(Fn&& fn) {
  lock_segments();
  for (Segment* s : all_segments_locked()) fn(*s);
  unlock_segments();
}

}  // namespace pystm::stm
