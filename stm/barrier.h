// stm/barrier.h — the only way runtime code touches heap objects.
// Owns: the inline fast paths of the read barrier, the write barrier and
// segment-local dereference. Must never: know about Python objects; allocate.
//
// A reference is the object's address in the canonical segment. A thread
// dereferences it in the segment it is attached to:
//   view(ref)   -> pointer for immutable fields or objects this transaction
//                  created (no barrier);
//   read(ref)   -> pointer after recording the read (read marker store);
//   read_bytes(begin, size) -> records a read of those bytes only (kinds
//                  that publish their changed bytes, see below);
//   write(ref)  -> pointer after the write barrier (flag test; the slow path
//                  saves a backup of the object the first time it is written
//                  in the running transaction).
// Fast paths: read = one 16-bit store of the transaction's read version into
// the marker table (one marker per 16 heap bytes); write = one test of
// kWriteBarrierFlag in the header.
// Preconditions: the thread is attached (stm::attach) and `ref` is a heap
// reference (gc::contains): the marker table covers exactly the heap range.
#pragma once
#include <cstddef>
#include <cstdint>

#include "gc/object_header.h"

namespace pystm::stm {

// Set in an object's header while a write needs the slow path (the object is
// committed and not yet written by the running transaction).
inline constexpr uint64_t kWriteBarrierFlag = 1ull << 8;

// A transaction's read version, as its read markers hold it. 16 bits, so
// that the table can be cleared less often than every 255 transactions: a
// clearing (MADV_DONTNEED) interrupts every other core running the process
// to flush its TLB, a cost threads pay and processes do not (see
// stm/segment.h for how often it is cleared).
using ReadVersion = uint16_t;

struct SegmentView {
  uintptr_t base_delta = 0;      // added to a canonical reference to reach this segment
  ReadVersion* read_markers = nullptr;  // indexed by (ref >> 4) - marker_bias
  uintptr_t marker_bias = 0;
  ReadVersion read_version = 1;
};

// The calling thread's segment; the JIT keeps base_delta in a register.
extern constinit thread_local SegmentView tls_segment;

void write_slow_path(gc::ObjectHeader* canonical);

template <class T>
inline T* view(T* ref) {
  return reinterpret_cast<T*>(reinterpret_cast<uintptr_t>(ref) + tls_segment.base_delta);
}

template <class T>
inline const T* read(T* ref) {
#if PYSTM_STM_BARRIERS
  tls_segment.read_markers[(reinterpret_cast<uintptr_t>(ref) >> 4) - tls_segment.marker_bias] = tls_segment.read_version;
#endif
  return view(ref);
}

// Records a read of bytes [begin, begin + size) of an object instead of the
// whole object: `begin` is a canonical address inside an object whose kind
// publishes the bytes its commits change (stm::track_changed_bytes), so a
// commit that changed only other bytes of it is no conflict. The caller
// reads those bytes through view(); it must not depend on any other byte of
// the object that can change (fields fixed for the object's life are fine).
inline void read_bytes(const void* begin, size_t size) {
#if PYSTM_STM_BARRIERS
  uintptr_t first = reinterpret_cast<uintptr_t>(begin) >> 4;
  uintptr_t last = (reinterpret_cast<uintptr_t>(begin) + size - 1) >> 4;
  for (uintptr_t g = first; g <= last; ++g) tls_segment.read_markers[g - tls_segment.marker_bias] = tls_segment.read_version;
#else
  (void)begin;
  (void)size;
#endif
}

template <class T>
inline T* write(T* ref) {
  T* local = view(ref);
#if PYSTM_STM_BARRIERS
  auto* header = reinterpret_cast<gc::ObjectHeader*>(local);
  if (header->flags.load(std::memory_order_relaxed) & kWriteBarrierFlag) [[unlikely]]
    write_slow_path(reinterpret_cast<gc::ObjectHeader*>(ref));
#endif
  return local;
}

}  // namespace pystm::stm
