// stm/page_sharing.h — which pages of the heap each segment shares with the
// canonical copy, and which it holds privately.
// Owns: the mapping of every worker segment's range (the heap's backing file
// mapped again), the per-page private masks, privatizing pages (copy on
// write, done at once) and sharing them again when the collector frees them.
// Must never: change the bytes a segment sees (privatizing copies exactly
// what the segment was already reading); know about transactions.
//
// A page of a segment is either *shared* (the segment maps the backing file
// there: it sees the canonical bytes), *private* (a copy owned by the
// segment) or *stale* (inaccessible until imported, see below). Invariant
// kept by the commit protocol (stm/transaction.cpp): a segment shares a page
// only if no commit since the segment's last validation changed an object on
// it that the segment can reach — committers make the page stale in every
// sharing segment that is running before changing it.
// Page masks: bit (index - 1) of private_mask(page) is set when worker
// segment `index` (1..64) holds the page privately.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>

namespace pystm::stm {

inline constexpr int kMaxSegments = 64;

// Sets up the tables for the heap range (idempotent; the heap must exist).
void initialize_page_sharing();

// Maps worker segment `index`'s range (everything shared); returns its base.
uintptr_t map_segment(int index);

// Union of the private masks of the pages that [object, object + size) covers.
uint64_t private_mask_of(const void* canonical, size_t size);

// Makes every page of [canonical, canonical + size) private in segment
// `index` (based at `segment_base`). Thread-safe; cheap when already private.
void privatize(int index, const void* canonical, size_t size);

// Stale units. A commit about to change a unit that a running segment
// shares does not copy the old bytes for it (the segment may never look
// there); it makes the unit *stale* in that segment (PROT_NONE) and logs the
// changed objects' old bytes. The segment's first access faults and imports
// the unit (stm/stale_units.h): a private copy of the canonical bytes,
// rolled back to the segment's revision from the logged old bytes.
// Units of a segment in `mask` that [canonical, canonical + size) covers and
// that the segment shares become stale there, stamped with `revision` (the
// committing entry's; see stale_since). Returns whether any of them is stale
// in one of those segments (the commit must then log the old bytes); false
// when every segment in `mask` holds them privately.
bool keep_old_bytes_in(uint64_t mask, const void* canonical, size_t size, uint64_t revision);
// Whether `unit` is stale in segment `index` and has been since a commit
// with revision <= `at_most` (at least: the stamp is the newest one given
// for the unit in any segment). A segment whose transaction began at
// revision r cannot have read a byte of a unit stale there since <= r: any
// access would have imported it. Callers hold the commit lock (stamps and
// stale bits are set under it; imports only clear bits).
bool stale_since(int index, uint32_t unit, uint64_t at_most);
// The units [canonical, canonical + size) covers.
struct UnitSpan {
  uint32_t first, last;
};
UnitSpan units_of(const void* canonical, size_t size);
// Union of the stale masks of the units [canonical, canonical + size) covers.
uint64_t stale_mask_of(const void* canonical, size_t size);
// Makes the unit holding `canonical` private in segment `index` with the
// canonical bytes if it is stale there (false if it is not). The caller rolls
// the copy back to the segment's revision.
bool import_stale_unit(int index, const void* canonical);
// Which segment's mapping `address` lies in, and the canonical start and size
// of its unit (false outside every segment's range).
bool unit_of_view(uintptr_t address, int* index, uintptr_t* unit_canonical, size_t* unit_bytes);
// How the collector, tracing an object that segment `index` holds privately
// in some units and stale in others, has the stale ones imported first
// (stm/stale_units.cpp sets it; page sharing knows no revisions).
using StaleImporter = void (*)(int index, const void* canonical, size_t size);
void set_stale_importer(StaleImporter importer);
// Units stale in segment `index` now (tests, stats).
size_t stale_units(int index);

// Copies [canonical, canonical + size) into segment `index` where it holds
// the pages privately (shared pages already show these bytes).
void copy_to_segment(int index, const void* canonical, size_t size);
// Copies the segment's bytes of the object to the canonical copy where the
// segment holds the pages privately.
void copy_from_segment(int index, const void* canonical, size_t size);

// Lazy invalidation: every unit of [canonical, canonical + size) that segment
// `index` holds privately becomes shared again (its copy is dropped; the
// segment sees the canonical bytes from now on). Only for a segment with no
// running transaction and no unpublished work (its view may change).
void share_again(int index, const void* canonical, size_t size);
// The same for every unit the segment holds privately (a thread detaching).
void share_all_again(int index);
// Units of the heap segment `index` holds privately now (tests, stats).
size_t private_units(int index);

// Holds off every privatization while alive (commit publishes new objects
// under it, so no segment copies a page between the commit's look at the
// page's mask and its last write there).
std::unique_lock<std::mutex> hold_page_sharing();

// fork() child only, with no other thread running: copies the heap's
// backing file (gc::copy_backing_after_fork) and maps every segment's shared
// pages from the copy; private pages keep their bytes (they are anonymous
// copies since privatization).
void separate_heap_after_fork();

// Mask of the worker segments that exist.
uint64_t existing_segments();

}  // namespace pystm::stm
