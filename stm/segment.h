// stm/segment.h — a worker segment: one replica of the heap range that one
// thread at a time runs its transactions in, with its read-marker table and
// its transaction state.
// Owns: segment creation (up to the segment limit), acquisition and release,
// the read-marker tables, the per-segment transaction state and counters.
// Must never: know about Python; be touched by a thread other than its owner
// except under the commit lock (validation of an idle segment), by the
// collector (world stopped) and by stats().
//
// Segments are numbered 1..64 (bit index-1 in the page masks); the limit on
// segments in use defaults to the number of cores, PYSTM_SEGMENTS sets it,
// set_segment_limit() changes it. A thread that finds every segment taken
// waits (parked for the collector) until one is released.
//
// Read markers: one ReadVersion per 16 heap bytes over the whole reserved
// range (mmap NORESERVE: only touched pages cost memory). A transaction
// stores its read version; the version advances per transaction, so old
// markers need no clearing until it reaches kClearMarkersEvery: then the
// table's committed prefix is returned to the OS (reads back as zero) and the
// version restarts at 1. The interval trades the clearing's cost (a TLB
// flush on every core running the process, then a fault per marker page
// touched again) against memory: the table keeps a page per 32 KiB of heap
// read since the last clearing. A detaching thread's segment clears it too.
#pragma once
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/heap.h"
#include "stm/barrier.h"
#include "stm/undo_log.h"

namespace pystm::stm {

// Cache-line aligned, and the counters on a line of their own: segments are
// allocated one after the other, and the hot fields of one must not share a
// line with another's counters (each thread bumps its own on every first
// write).
struct alignas(64) Segment {
  int index = 0;            // 1..64
  uintptr_t base = 0;       // where this segment's replica of the range starts
  uintptr_t base_delta = 0; // base - canonical base
  ReadVersion* read_markers = nullptr;
  size_t marker_bytes = 0;
  uintptr_t marker_bias = 0;
  ReadVersion read_version = 1;

  bool acquired = false;    // some thread runs in it (guarded by the registry lock)
  // The commit log revision this segment's view shows. Written by the owner
  // under the commit lock, or without it when the owner skips a commit it
  // cannot have seen (stm/transaction.cpp, skip_unseen_newest); read by
  // other threads under the commit lock (trims).
  std::atomic<uint64_t> revision{0};
  uint64_t began_at = 0;    // the revision the running transaction began at

  bool in_transaction = false;
  bool inevitable = false;
  uint64_t location = 0;
  uint64_t thread = 0;      // stm::thread_id() of the owner
  int consecutive_aborts = 0;
  std::chrono::steady_clock::time_point began;  // the running transaction's start, while conflict hooks are installed
  UndoLog undo;             // the write set (with backups unless inevitable)
  // Indices (in `undo`) of the writes made in place, in the canonical bytes,
  // and not withdrawn yet (stm/in_place_writes.h). Appended by the owner and
  // cleared by a withdrawal under the in-place lock; cleared by the owner
  // under the commit lock (commit, abort), which a withdrawal holds too.
  std::vector<size_t> in_place_writes;
  // Set by the owner once writes in place have ended for good and this
  // segment has none left: its first writes then skip the in-place lock,
  // which a withdrawal can no longer need (stm/in_place_writes.cpp).
  bool in_place_over = false;
  std::vector<gc::ObjectHeader*> new_objects;  // weak: dead ones are dropped
  // New objects to finalize once unreachable: handed to the collector's
  // registry by the commit, forgotten by an abort; roots until then (one the
  // transaction already dropped is finalized after the commit).
  std::vector<gc::ObjectHeader*> new_finalizable;

  alignas(64) std::atomic<uint64_t> commits{0};
  std::atomic<uint64_t> aborts{0};
  std::atomic<uint64_t> slow_paths{0};

  void bump(std::atomic<uint64_t>& counter) { counter.store(counter.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); }
  static constexpr ReadVersion kClearMarkersEvery = 4096;
  // Advances the read version, clearing the marker table every
  // kClearMarkersEvery versions.
  void advance_read_version();
  // Returns the marker table's pages to the OS; the next version is 1.
  void clear_read_markers();
  bool read_marked(const void* canonical) const {
    return read_markers[(reinterpret_cast<uintptr_t>(canonical) >> 4) - marker_bias] == read_version;
  }
  template <class T>
  T* local(T* canonical) const {
    return reinterpret_cast<T*>(reinterpret_cast<uintptr_t>(canonical) + base_delta);
  }
};

// Sets `bits` in the flags of an object's header in the calling thread's own
// view, where no other thread writes: the unit is private to the segment,
// or the object is new and no other thread can reach it. A plain load and
// store, no locked read-modify-write.
inline void set_flag_in_own_view(gc::ObjectHeader* local, uint64_t bits) {
  local->flags.store(local->flags.load(std::memory_order_relaxed) | bits, std::memory_order_relaxed);
}
inline void clear_flag_in_own_view(gc::ObjectHeader* local, uint64_t bits) {
  local->flags.store(local->flags.load(std::memory_order_relaxed) & ~bits, std::memory_order_relaxed);
}

// The calling thread's segment, or null when it holds none.
Segment* current_segment();

// Takes a free segment (preferring `preferred`), creating one if the limit
// allows, else waits. The caller then validates it (its view may be old).
Segment* acquire_segment(Segment* preferred);
void release_segment(Segment* segment);
// Mask of the segments some thread holds (bit index - 1). Changes under the
// registry lock; a thread that acquires a segment then takes the commit lock
// to validate, so a committer that read the mask without its bit is done
// before that segment looks at the heap.
uint64_t acquired_segments();
void set_current_segment(Segment* segment);
// Threads waiting in acquire_segment().
int segment_waiters();

void set_segment_limit(int limit);  // 1..64
int segment_limit();

// Calls fn on every segment ever created (acquired or not).
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
