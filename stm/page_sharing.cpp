// stm/page_sharing.cpp — segment mappings and page privatization.
// Must never: call into gc/ while holding g_mutex (the collector calls the
// freed-pages hook with its own locks held).
//
// Privatizing maps the backing file's page MAP_PRIVATE over the segment's
// shared mapping and then breaks copy-on-write in every system page with an
// atomic no-op write, before the committer changes any canonical byte: a
// private page that was only read would otherwise still be the file's page
// and show later canonical changes. MAP_POPULATE breaks it already on Linux
// (a write fault per page inside the mmap call), but qemu-user drops the flag,
// so the touch is what the design relies on; after MAP_POPULATE it costs one
// store per 4 KiB. The segment's own thread may store into the unit
// meanwhile: such a store faults, takes the copy itself and lands in it.
#include "stm/page_sharing.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "gc/heap.h"
#include "gc/race_annotations.h"

namespace pystm::stm {

namespace {
struct Tables {
  gc::HeapBacking heap;
  size_t page_shift = 12;
  std::atomic<uint64_t>* masks = nullptr;  // one per page of the range
  std::atomic<uint64_t>* stale = nullptr;  // one per page: stale_mask_of()
  std::atomic<uint64_t>* staled_at = nullptr;  // one per page: stale_since()
  uintptr_t bases[kMaxSegments + 1] = {};  // [index] = base of worker segment index
  std::atomic<uint64_t> existing{0};
  std::atomic<size_t> high_water{0};  // see privatized_pages()
};
Tables g_tables;
std::mutex g_mutex;  // privatizing, re-sharing, mapping segments
std::once_flag g_once;

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "pystm: %s failed (%s)\n", what, std::strerror(errno));
  std::abort();
}

size_t page_index(uintptr_t canonical) { return (canonical - g_tables.heap.base) >> g_tables.page_shift; }

// Maps the file over segment `index`'s private pages among [first, last)
// (g_mutex held): they show the canonical bytes again and their copies are
// freed.
void share_again_locked(int index, size_t first, size_t last) {
  Tables& t = g_tables;
  uint64_t bit = uint64_t{1} << (index - 1);
  auto held = [&](size_t p) {
    return ((t.masks[p].load(std::memory_order_relaxed) | t.stale[p].load(std::memory_order_relaxed)) & bit) != 0;
  };
  for (size_t p = first; p < last;) {
    if (!held(p)) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < last && held(q)) ++q;
    size_t offset = p << t.page_shift;
    if (mmap(reinterpret_cast<void*>(t.bases[index] + offset), (q - p) << t.page_shift, PROT_READ | PROT_WRITE,
             MAP_SHARED | MAP_FIXED | MAP_NORESERVE, t.heap.fd, static_cast<off_t>(offset)) == MAP_FAILED)
      fail("mmap (sharing a page again)");
    for (size_t r = p; r < q; ++r) {
      t.masks[r].fetch_and(~bit, std::memory_order_relaxed);
      t.stale[r].fetch_and(~bit, std::memory_order_release);
    }
    p = q;
  }
}

// Every page of [begin, end) that is private somewhere becomes shared again
// in every segment: the collector freed them, nobody can reach them.
void share_freed_pages(uintptr_t begin, size_t bytes) {
  std::lock_guard<std::mutex> lock(g_mutex);
  size_t first = page_index(begin), last = page_index(begin + bytes);
  uint64_t mask = 0;
  for (size_t p = first; p < last; ++p)
    mask |= g_tables.masks[p].load(std::memory_order_relaxed) | g_tables.stale[p].load(std::memory_order_relaxed);
  for (uint64_t m = mask; m != 0; m &= m - 1) share_again_locked(std::countr_zero(m) + 1, first, last);
}

// One past the highest page ever privatized in any segment (none beyond).
size_t privatized_pages() { return g_tables.high_water.load(std::memory_order_acquire); }

// Units of the collector's immutable space stay shared in every segment:
// objects there are initialised in place and never published by a commit.
bool immutable_unit(size_t p) {
  return gc::space_of(reinterpret_cast<const void*>(g_tables.heap.base + (p << g_tables.page_shift))) ==
         gc::Space::kImmutable;
}

// Gives [start, start + bytes) of a fresh MAP_PRIVATE mapping its own copy of
// every system page, without changing a byte (see the header comment).
void break_copy_on_write(uintptr_t start, size_t bytes) {
  static const size_t system_page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  for (uintptr_t a = start; a < start + bytes; a += system_page)
    std::atomic_ref<uint64_t>(*reinterpret_cast<uint64_t*>(a)).fetch_add(0, std::memory_order_relaxed);
}

// Units with segment `index`'s bit set in `table` (masks or stale).
size_t units_with_bit(const std::atomic<uint64_t>* table, int index) {
  if (table == nullptr) return 0;
  uint64_t bit = uint64_t{1} << (index - 1);
  size_t n = 0, pages = privatized_pages();
  for (size_t p = 0; p < pages; ++p) n += (table[p].load(std::memory_order_relaxed) & bit) != 0;
  return n;
}

void raise_high_water(size_t q) {
  if (g_tables.high_water.load(std::memory_order_relaxed) < q) g_tables.high_water.store(q, std::memory_order_release);
}

// Privatizes page run [first, last) in segment `index`, pages not yet private
// (units of the immutable space excepted, and stale units: the canonical
// bytes are newer than the segment's view there, so only an import, which
// rolls them back, may make them private).
void privatize_locked(int index, size_t first, size_t last) {
  Tables& t = g_tables;
  uint64_t bit = uint64_t{1} << (index - 1);
  auto skip = [&](size_t p) {
    return ((t.masks[p].load(std::memory_order_relaxed) | t.stale[p].load(std::memory_order_relaxed)) & bit) ||
           immutable_unit(p);
  };
  for (size_t p = first; p < last;) {
    if (skip(p)) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < last && !skip(q)) ++q;
    size_t offset = p << t.page_shift;
    {
      // Deliberate race (gc/race_annotations.h): segment `index` may belong
      // to a running thread that reads these very addresses (or initialises
      // its new objects there) while its mapping is replaced and each system
      // page gets an atomic no-op. The mapping changes under that thread, the
      // bytes it sees do not: the copy is taken from the file before any
      // canonical byte changes, and its stores land in the file before the
      // remap or in the copy after it.
      [[maybe_unused]] gc::DeliberateRace racy;
      if (mmap(reinterpret_cast<void*>(t.bases[index] + offset), (q - p) << t.page_shift, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, t.heap.fd, static_cast<off_t>(offset)) == MAP_FAILED)
        fail("mmap (privatizing a page)");
      break_copy_on_write(t.bases[index] + offset, (q - p) << t.page_shift);
    }
    for (size_t r = p; r < q; ++r) t.masks[r].fetch_or(bit, std::memory_order_release);
    raise_high_water(q);
    p = q;
  }
}

// Calls fn(offset_in_object, length) for each maximal piece of
// [canonical, canonical + size) lying on pages private in segment `index`.
template <class Fn>
void for_private_pieces(int index, uintptr_t canonical, size_t size, Fn&& fn) {
  Tables& t = g_tables;
  uint64_t bit = uint64_t{1} << (index - 1);
  size_t page = size_t{1} << t.page_shift;
  uintptr_t end = canonical + size;
  for (uintptr_t a = canonical; a < end;) {
    uintptr_t page_end = std::min(end, (a & ~(page - 1)) + page);
    if (t.masks[page_index(a)].load(std::memory_order_acquire) & bit) fn(a - canonical, page_end - a);
    a = page_end;
  }
}
}  // namespace

namespace {
// The collector's ObjectViewsFn: the object in every segment holding one of
// its pages privately (the other segments see the canonical bytes).
StaleImporter g_stale_importer = nullptr;

size_t object_views(const gc::ObjectHeader* object, size_t size, gc::ObjectHeader** views, size_t max_views) {
  size_t n = 0;
  auto a = reinterpret_cast<uintptr_t>(object);
  uint64_t mask = private_mask_of(object, size);
  // An object over several units may be private in some and stale in others
  // (its segment touched only part of it): the view must be readable whole.
  if (uint64_t mixed = mask & stale_mask_of(object, size); mixed != 0 && g_stale_importer != nullptr)
    for (uint64_t m = mixed; m != 0; m &= m - 1) g_stale_importer(std::countr_zero(m) + 1, object, size);
  for (uint64_t m = mask; m != 0 && n < max_views; m &= m - 1) {
    int index = std::countr_zero(m) + 1;
    views[n++] = reinterpret_cast<gc::ObjectHeader*>(a + g_tables.bases[index] - g_tables.heap.base);
  }
  return n;
}
// The collector's ViewToCanonicalFn: an address inside some segment's
// mapping of the range is that object's view there.
uintptr_t view_to_canonical(uintptr_t address) {
  const Tables& t = g_tables;
  for (uint64_t m = t.existing.load(std::memory_order_acquire); m != 0; m &= m - 1) {
    uintptr_t base = t.bases[std::countr_zero(m) + 1];
    if (address - base < t.heap.reserved_bytes) return address - base + t.heap.base;
  }
  return 0;
}
}  // namespace

void initialize_page_sharing() {
  std::call_once(g_once, [] {
    Tables& t = g_tables;
    t.heap = gc::backing();
    // Pages are shared or private in 64 KiB units (the collector's page size,
    // or the OS page if larger): 16x fewer mmap calls and mappings than 4 KiB
    // units, and a unit usually holds objects of one size class and kind.
    size_t os_shift = static_cast<size_t>(std::countr_zero(static_cast<uint64_t>(sysconf(_SC_PAGESIZE))));
    t.page_shift = std::max<size_t>(16, os_shift);
    size_t pages = t.heap.reserved_bytes >> t.page_shift;
    void* masks = mmap(nullptr, pages * sizeof(uint64_t), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (masks == MAP_FAILED) fail("mmap (page masks)");
    t.masks = static_cast<std::atomic<uint64_t>*>(masks);
    void* stale = mmap(nullptr, pages * sizeof(uint64_t), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (stale == MAP_FAILED) fail("mmap (stale masks)");
    t.stale = static_cast<std::atomic<uint64_t>*>(stale);
    void* staled_at = mmap(nullptr, pages * sizeof(uint64_t), PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (staled_at == MAP_FAILED) fail("mmap (stale stamps)");
    t.staled_at = static_cast<std::atomic<uint64_t>*>(staled_at);
    gc::set_pages_freed_hook(share_freed_pages);
    gc::set_object_views(object_views);
    gc::set_view_to_canonical(view_to_canonical);
  });
}

uintptr_t map_segment(int index) {
  Tables& t = g_tables;
  void* base = mmap(nullptr, t.heap.reserved_bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, t.heap.fd, 0);
  if (base == MAP_FAILED) fail("mmap (a segment's range)");
  std::lock_guard<std::mutex> lock(g_mutex);
  t.bases[index] = reinterpret_cast<uintptr_t>(base);
  t.existing.fetch_or(uint64_t{1} << (index - 1), std::memory_order_acq_rel);
  return t.bases[index];
}

void separate_heap_after_fork() {
  Tables& t = g_tables;
  gc::HeapBacking fresh = gc::copy_backing_after_fork();
  if (t.masks == nullptr) return;  // no segment was ever mapped
  t.heap.fd = fresh.fd;
  size_t pages = t.heap.reserved_bytes >> t.page_shift;
  uint64_t existing = t.existing.load(std::memory_order_acquire);
  for (uint64_t m = existing; m != 0; m &= m - 1) {
    int index = std::countr_zero(m) + 1;
    uint64_t bit = uint64_t{1} << (index - 1);
    for (size_t p = 0; p < pages;) {
      if (t.masks[p].load(std::memory_order_relaxed) & bit) {
        ++p;
        continue;
      }
      size_t q = p;
      while (q < pages && !(t.masks[q].load(std::memory_order_relaxed) & bit)) ++q;
      size_t offset = p << t.page_shift;
      if (mmap(reinterpret_cast<void*>(t.bases[index] + offset), (q - p) << t.page_shift, PROT_READ | PROT_WRITE,
               MAP_SHARED | MAP_FIXED | MAP_NORESERVE, t.heap.fd, static_cast<off_t>(offset)) == MAP_FAILED)
        fail("mmap (a segment's shared pages after fork)");
      p = q;
    }
  }
  // Mapped again above with the rest: the only thread left is the forking
  // one, inevitable or between transactions, whose view is the canonical one.
  for (size_t p = 0; p < privatized_pages(); ++p) t.stale[p].store(0, std::memory_order_relaxed);
}

uint64_t private_mask_of(const void* canonical, size_t size) {
  auto a = reinterpret_cast<uintptr_t>(canonical);
  size_t first = page_index(a), last = page_index(a + size - 1);
  uint64_t mask = g_tables.masks[first].load(std::memory_order_acquire);
  for (size_t p = first + 1; p <= last; ++p) mask |= g_tables.masks[p].load(std::memory_order_acquire);
  return mask;
}

void privatize(int index, const void* canonical, size_t size) {
  auto a = reinterpret_cast<uintptr_t>(canonical);
  size_t first = page_index(a), last = page_index(a + size - 1) + 1;
  uint64_t bit = uint64_t{1} << (index - 1);
  bool all = true;
  for (size_t p = first; p < last && all; ++p) all = g_tables.masks[p].load(std::memory_order_acquire) & bit;
  if (all) return;
  std::lock_guard<std::mutex> lock(g_mutex);
  privatize_locked(index, first, last);
}

uint64_t stale_mask_of(const void* canonical, size_t size) {
  auto a = reinterpret_cast<uintptr_t>(canonical);
  size_t first = page_index(a), last = page_index(a + size - 1);
  uint64_t mask = 0;
  for (size_t p = first; p <= last; ++p) mask |= g_tables.stale[p].load(std::memory_order_acquire);
  return mask;
}

bool keep_old_bytes_in(uint64_t mask, const void* canonical, size_t size, uint64_t revision) {
  Tables& t = g_tables;
  auto a = reinterpret_cast<uintptr_t>(canonical);
  size_t first = page_index(a), last = page_index(a + size - 1) + 1;
  uint64_t stale = 0, shared = 0;
  auto look = [&] {
    stale = shared = 0;
    for (size_t p = first; p < last; ++p) {
      uint64_t s = t.stale[p].load(std::memory_order_acquire);
      // Private bit before stale bit: an import sets the first, then clears
      // the second, so a unit is never seen as neither while it changes.
      uint64_t m = t.masks[p].load(std::memory_order_acquire);
      stale |= s & mask;
      shared |= mask & ~(m | s);
    }
  };
  look();
  // (Objects of the immutable space are never written: a unit there looks
  // shared, and is skipped below.)
  if (shared == 0) return stale != 0;
  std::lock_guard<std::mutex> lock(g_mutex);
  for (size_t p = first; p < last; ++p) {
    if (immutable_unit(p)) continue;
    uint64_t sharing = mask & ~(t.masks[p].load(std::memory_order_relaxed) | t.stale[p].load(std::memory_order_relaxed));
    if (sharing != 0) t.staled_at[p].store(revision, std::memory_order_relaxed);
    for (uint64_t m = sharing; m != 0; m &= m - 1) {
      int index = std::countr_zero(m) + 1;
      // The bit first: a fault taken once the protection changes finds the
      // unit stale (it waits for this commit's log entry under the log lock).
      t.stale[p].fetch_or(uint64_t{1} << (index - 1), std::memory_order_release);
      if (mprotect(reinterpret_cast<void*>(t.bases[index] + (p << t.page_shift)), size_t{1} << t.page_shift,
                   PROT_NONE) != 0)
        fail("mprotect (a stale unit)");
    }
    raise_high_water(p + 1);
  }
  return true;
}

bool stale_since(int index, uint32_t unit, uint64_t at_most) {
  const Tables& t = g_tables;
  return (t.stale[unit].load(std::memory_order_acquire) >> (index - 1) & 1) &&
         t.staled_at[unit].load(std::memory_order_relaxed) <= at_most;
}

UnitSpan units_of(const void* canonical, size_t size) {
  auto a = reinterpret_cast<uintptr_t>(canonical);
  return {static_cast<uint32_t>(page_index(a)), static_cast<uint32_t>(page_index(a + size - 1))};
}

bool import_stale_unit(int index, const void* canonical) {
  Tables& t = g_tables;
  size_t p = page_index(reinterpret_cast<uintptr_t>(canonical));
  uint64_t bit = uint64_t{1} << (index - 1);
  std::lock_guard<std::mutex> lock(g_mutex);
  if (!(t.stale[p].load(std::memory_order_relaxed) & bit)) return false;
  size_t offset = p << t.page_shift;
  {
    // Deliberate race: committers change canonical bytes of the unit while
    // the copy is taken; each logged the object's old bytes first, and the
    // caller rolls them back.
    [[maybe_unused]] gc::DeliberateRace racy;
    if (mmap(reinterpret_cast<void*>(t.bases[index] + offset), size_t{1} << t.page_shift, PROT_READ | PROT_WRITE,
             MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, t.heap.fd, static_cast<off_t>(offset)) == MAP_FAILED)
      fail("mmap (importing a stale unit)");
    break_copy_on_write(t.bases[index] + offset, size_t{1} << t.page_shift);
  }
  t.masks[p].fetch_or(bit, std::memory_order_release);
  t.stale[p].fetch_and(~bit, std::memory_order_release);
  return true;
}

bool unit_of_view(uintptr_t address, int* index, uintptr_t* unit_canonical, size_t* unit_bytes) {
  const Tables& t = g_tables;
  if (t.stale == nullptr) return false;
  for (uint64_t m = t.existing.load(std::memory_order_acquire); m != 0; m &= m - 1) {
    int i = std::countr_zero(m) + 1;
    uintptr_t offset = address - t.bases[i];
    if (offset >= t.heap.reserved_bytes) continue;
    *index = i;
    *unit_bytes = size_t{1} << t.page_shift;
    *unit_canonical = t.heap.base + (offset & ~(*unit_bytes - 1));
    return true;
  }
  return false;
}

void set_stale_importer(StaleImporter importer) { g_stale_importer = importer; }

size_t stale_units(int index) { return units_with_bit(g_tables.stale, index); }

void copy_to_segment(int index, const void* canonical, size_t size) {
  auto a = reinterpret_cast<uintptr_t>(canonical);
  uintptr_t delta = g_tables.bases[index] - g_tables.heap.base;
  for_private_pieces(index, a, size, [&](size_t offset, size_t length) {
    std::memcpy(reinterpret_cast<void*>(a + delta + offset), reinterpret_cast<const void*>(a + offset), length);
  });
}

void copy_from_segment(int index, const void* canonical, size_t size) {
  auto a = reinterpret_cast<uintptr_t>(canonical);
  uintptr_t delta = g_tables.bases[index] - g_tables.heap.base;
  for_private_pieces(index, a, size, [&](size_t offset, size_t length) {
    std::memcpy(reinterpret_cast<void*>(a + offset), reinterpret_cast<const void*>(a + delta + offset), length);
  });
}

void share_again(int index, const void* canonical, size_t size) {
  auto a = reinterpret_cast<uintptr_t>(canonical);
  size_t first = page_index(a), last = page_index(a + size - 1) + 1;
  uint64_t bit = uint64_t{1} << (index - 1);
  bool any = false;
  for (size_t p = first; p < last && !any; ++p) any = g_tables.masks[p].load(std::memory_order_acquire) & bit;
  if (!any) return;
  std::lock_guard<std::mutex> lock(g_mutex);
  share_again_locked(index, first, last);
}

void share_all_again(int index) {
  if (g_tables.masks == nullptr) return;
  std::lock_guard<std::mutex> lock(g_mutex);
  share_again_locked(index, 0, privatized_pages());
}

size_t private_units(int index) { return units_with_bit(g_tables.masks, index); }

std::unique_lock<std::mutex> hold_page_sharing() { return std::unique_lock<std::mutex>(g_mutex); }
std::mutex& page_sharing_lock_for_fork() { return g_mutex; }

uint64_t existing_segments() { return g_tables.existing.load(std::memory_order_acquire); }

}  // namespace pystm::stm
