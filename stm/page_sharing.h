// stm/page_sharing.h — which pages of the heap each segment shares with the
// canonical copy, and which it holds privately.
// Owns: the mapping of every worker segment's range (the heap's backing file
// mapped again), the per-page private masks, privatizing pages (copy on
// write, done at once) and sharing them again when the collector frees them.
// Must never: change the bytes a segment sees (privatizing copies exactly
// what the segment was already reading); know about transactions.
//
// A page of a segment is either *shared* (the segment maps the backing file
// there: it sees the canonical bytes) or *private* (a copy owned by the
// segment). Invariant kept by the commit protocol (stm/transaction.cpp): a
// segment shares a page only if no commit since the segment's last
// validation changed an object on it that the segment can reach — committers
// privatize the page in every sharing segment before changing it.
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
// Same, for every segment in `mask` except those that already hold a page.
void privatize_in(uint64_t mask, const void* canonical, size_t size);

// Copies [canonical, canonical + size) into segment `index` where it holds
// the pages privately (shared pages already show these bytes).
void copy_to_segment(int index, const void* canonical, size_t size);
// Copies the segment's bytes of the object to the canonical copy where the
// segment holds the pages privately.
void copy_from_segment(int index, const void* canonical, size_t size);

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
