// gc/page_space.cpp — reservation, commit and first-fit page runs.
// Must never: touch object memory except through madvise.
#include "gc/page_space.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>

namespace pystm::gc {

namespace {
// The frontier grows by at least this many pages per mprotect call.
constexpr size_t kCommitChunkPages = 32;  // 2 MiB

void* map_noreserve(size_t bytes, int prot) {
  void* p = mmap(nullptr, bytes, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    std::fprintf(stderr, "pystm: cannot reserve %zu bytes of address space for the heap\n", bytes);
    std::abort();
  }
  return p;
}
}  // namespace

void PageSpace::reserve(size_t reserve_bytes) {
  page_limit_ = (reserve_bytes + kPageSize - 1) >> kPageShift;
  // Over-reserve one page so the base can be page aligned.
  size_t bytes = (page_limit_ + 1) << kPageShift;
  auto raw = reinterpret_cast<uintptr_t>(map_noreserve(bytes, PROT_NONE));
  base_ = (raw + kPageSize - 1) & ~(kPageSize - 1);
  if (base_ != raw) munmap(reinterpret_cast<void*>(raw), base_ - raw);
  uintptr_t end = base_ + (page_limit_ << kPageShift);
  if (end != raw + bytes) munmap(reinterpret_cast<void*>(end), raw + bytes - end);
  // The backing file: sparse, so only pages that hold objects cost memory.
  fd_ = memfd_create("pystm-heap", MFD_CLOEXEC);
  if (fd_ < 0 || ftruncate(fd_, static_cast<off_t>(page_limit_ << kPageShift)) != 0 ||
      mmap(reinterpret_cast<void*>(base_), page_limit_ << kPageShift, PROT_NONE, MAP_SHARED | MAP_FIXED | MAP_NORESERVE,
           fd_, 0) == MAP_FAILED) {
    std::fprintf(stderr, "pystm: cannot create the heap's backing file (%zu bytes)\n", page_limit_ << kPageShift);
    std::abort();
  }
  // Side tables: untouched entries cost nothing.
  infos_ = static_cast<PageInfo*>(map_noreserve(page_limit_ * sizeof(PageInfo), PROT_READ | PROT_WRITE));
  size_t words = (page_limit_ + 63) / 64;
  free_bits_ = static_cast<uint64_t*>(map_noreserve(words * 8, PROT_READ | PROT_WRITE));
  dirty_bits_ = static_cast<uint64_t*>(map_noreserve(words * 8, PROT_READ | PROT_WRITE));
}

PageSpace::~PageSpace() {
  if (base_ == 0) return;
  size_t words = (page_limit_ + 63) / 64;
  munmap(reinterpret_cast<void*>(base_), page_limit_ << kPageShift);
  munmap(infos_, page_limit_ * sizeof(PageInfo));
  munmap(free_bits_, words * 8);
  munmap(dirty_bits_, words * 8);
  for (size_t v = 0; v < view_count_; ++v) munmap(mapped_bits_[v], words * 8);
  close(fd_);
}

int PageSpace::copy_backing_after_fork() {
  int fd = memfd_create("pystm-heap", MFD_CLOEXEC);
  size_t bytes = page_limit_ << kPageShift;
  if (fd < 0 || ftruncate(fd, static_cast<off_t>(bytes)) != 0) {
    std::fprintf(stderr, "pystm: cannot copy the heap's backing file after fork\n");
    std::abort();
  }
  // Only the old file's data extents are copied (it is sparse), read through
  // the canonical mapping: committed pages are readable, the rest is zero.
  size_t committed = frontier_ << kPageShift;
  for (off_t at = 0; static_cast<size_t>(at) < committed;) {
    off_t data = lseek(fd_, at, SEEK_DATA);
    if (data < 0 || static_cast<size_t>(data) >= committed) break;
    off_t hole = lseek(fd_, data, SEEK_HOLE);
    size_t end = hole < 0 ? committed : std::min(committed, static_cast<size_t>(hole));
    // Pages this process has not touched since they were returned to the OS
    // stay holes: the parent's other threads may have taken and written
    // them since the fork, and they must read zeros here.
    for (size_t page = static_cast<size_t>(data) >> kPageShift; page << kPageShift < end; ++page) {
      if (!test(dirty_bits_, page)) continue;
      size_t from = std::max(static_cast<size_t>(data), page << kPageShift);
      size_t to = std::min(end, (page + 1) << kPageShift);
      for (size_t done = from; done < to;) {
        ssize_t n = pwrite(fd, reinterpret_cast<const char*>(base_) + done, to - done, static_cast<off_t>(done));
        if (n <= 0) {
          std::fprintf(stderr, "pystm: cannot copy the heap's backing file after fork\n");
          std::abort();
        }
        done += static_cast<size_t>(n);
      }
    }
    at = static_cast<off_t>(end);
  }
  // The parent's other threads may also have allocated, and written, cells
  // this process sees free, and laid retained pages out anew: no page's free
  // cells are known to be zeros, and no free page's last layout is known.
  // Every view is mapped anew from the copy below.
  for (size_t v = 0; v < view_count_; ++v) set_range(mapped_bits_[v], 0, frontier_, false);
  for (size_t page = 0; page < frontier_; ++page) {
    if (infos_[page].state == PageState::kSmall) infos_[page].clean = false;
    if (infos_[page].state == PageState::kFree) infos_[page].cell_size = 0;
  }
  if (mmap(reinterpret_cast<void*>(base_), committed, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_NORESERVE,
           fd, 0) == MAP_FAILED ||
      (bytes > committed && mmap(reinterpret_cast<void*>(base_ + committed), bytes - committed, PROT_NONE,
                                 MAP_SHARED | MAP_FIXED | MAP_NORESERVE, fd, static_cast<off_t>(committed)) == MAP_FAILED)) {
    std::fprintf(stderr, "pystm: cannot map the heap's copy after fork\n");
    std::abort();
  }
  close(fd_);
  fd_ = fd;
  return fd;
}

void PageSpace::set_range(uint64_t* bits, size_t first, size_t count, bool value) {
  for (size_t i = first; i < first + count;) {
    size_t w = i >> 6, b = i & 63;
    size_t n = count - (i - first);
    if (b == 0 && n >= 64) {
      bits[w] = value ? ~uint64_t{0} : 0;
      i += 64;
      continue;
    }
    uint64_t m = uint64_t{1} << b;
    if (value) bits[w] |= m; else bits[w] &= ~m;
    ++i;
  }
}

size_t PageSpace::next_with(size_t from, bool free, bool resident_only, const uint64_t* also) const {
  if (from >= frontier_) return frontier_;
  auto candidates = [&](size_t w) {
    uint64_t word = free_bits_[w];
    if (resident_only) word &= dirty_bits_[w];
    if (also != nullptr) word &= also[w];
    return free ? word : ~word;
  };
  size_t w = from >> 6;
  uint64_t word = candidates(w) & (~uint64_t{0} << (from & 63));
  while (word == 0) {
    if (++w * 64 >= frontier_) return frontier_;
    word = candidates(w);
  }
  size_t i = w * 64 + static_cast<size_t>(std::countr_zero(word));
  return i < frontier_ ? i : frontier_;
}

size_t PageSpace::find_run(size_t from, size_t count, bool resident_only, bool* at_frontier) {
  *at_frontier = false;
  for (size_t i = next_with(from, true, resident_only); i < frontier_;) {
    size_t end = next_with(i, false, resident_only);
    if (end - i >= count) return i;
    if (end >= frontier_) {
      *at_frontier = true;  // a free tail the frontier can extend
      return i;
    }
    i = next_with(end, true, resident_only);
  }
  return SIZE_MAX;
}

bool PageSpace::commit_up_to(size_t pages) {
  if (pages > page_limit_) return false;
  size_t target = pages;
  if (target < frontier_ + kCommitChunkPages) target = frontier_ + kCommitChunkPages;
  if (target > page_limit_) target = page_limit_;
  void* start = reinterpret_cast<void*>(page_address(frontier_));
  if (mprotect(start, (target - frontier_) << kPageShift, PROT_READ | PROT_WRITE) != 0) return false;
  set_range(free_bits_, frontier_, target - frontier_, true);
  frontier_ = target;
  return true;
}

size_t PageSpace::allocate_run(size_t count, bool* known_zero) {
  bool at_frontier = false;
  size_t start = SIZE_MAX;
  if (retained_pages_ >= count) {
    start = find_run(0, count, true, &at_frontier);
    if (at_frontier) start = SIZE_MAX;  // retained pages never border the frontier's fresh tail usefully
  }
  if (start == SIZE_MAX) {
    first_free_hint_ = next_with(first_free_hint_, true, false);  // nothing below it is free
    start = find_run(first_free_hint_, count, false, &at_frontier);
    if (start == SIZE_MAX) {
      start = frontier_;
      at_frontier = true;
    }
    if (at_frontier && !commit_up_to(start + count)) return SIZE_MAX;
  }
  bool zero = true;
  for (size_t p = start; p < start + count; ++p) {
    if (test(dirty_bits_, p)) {
      zero = false;
      --retained_pages_;
    }
  }
  *known_zero = zero;
  set_range(free_bits_, start, count, false);
  set_range(dirty_bits_, start, count, true);
  pages_in_use_ += count;
  return start;
}

size_t PageSpace::view_index(ptrdiff_t offset) {
  for (size_t v = 0; v < view_count_; ++v)
    if (view_offsets_[v] == offset) return v;
  if (view_count_ == kMaxViews) return kNoView;
  mapped_bits_[view_count_] = static_cast<uint64_t*>(map_noreserve((page_limit_ + 63) / 64 * 8, PROT_READ | PROT_WRITE));
  view_offsets_[view_count_] = offset;
  return view_count_++;
}

size_t PageSpace::take_retained_mapped(size_t view) {
  if (view >= view_count_ || retained_pages_ == 0) return SIZE_MAX;
  size_t page = next_with(0, true, true, mapped_bits_[view]);
  if (page >= frontier_) return SIZE_MAX;
  take_retained(page);
  return page;
}

bool PageSpace::take_retained(size_t page) {
  if (!is_retained(page)) return false;
  set_range(free_bits_, page, 1, false);
  --retained_pages_;
  ++pages_in_use_;
  return true;
}

void PageSpace::punch_hole(const PageRun& run) const {
  // Punching a hole frees the file's pages (MADV_DONTNEED would only drop
  // this mapping's view of them); every shared mapping reads zeros there.
  fallocate(fd_, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, static_cast<off_t>(run.first << kPageShift),
            static_cast<off_t>(run.count << kPageShift));
}

void PageSpace::populate(uintptr_t address, size_t bytes) {
#ifndef MADV_POPULATE_WRITE
  constexpr int MADV_POPULATE_WRITE = 23;  // Linux 5.14; older headers lack it
#endif
  madvise(reinterpret_cast<void*>(address), bytes, MADV_POPULATE_WRITE);
}

void PageSpace::return_punched(const PageRun& run) {
  set_range(dirty_bits_, run.first, run.count, false);
  // The hole unmapped the pages from every mapping of the file.
  for (size_t v = 0; v < view_count_; ++v) set_range(mapped_bits_[v], run.first, run.count, false);
  set_range(free_bits_, run.first, run.count, true);
  pages_in_use_ -= run.count;
  if (run.first < first_free_hint_) first_free_hint_ = run.first;
}

void PageSpace::free_run(size_t first, size_t count, bool retain) {
  for (size_t p = first; p < first + count; ++p) infos_[p].state = PageState::kFree;
  if (!retain) {
    // Still counted in use: return_punched frees it.
    punch_hole({first, count});
    return_punched({first, count});
    return;
  }
  retained_pages_ += count;
  set_range(free_bits_, first, count, true);
  pages_in_use_ -= count;
  if (first < first_free_hint_) first_free_hint_ = first;
}

void PageSpace::take_excess_retained(size_t keep, std::vector<PageRun>& out) {
  if (retained_pages_ <= keep) return;
  // First fit reuses low pages first: the highest retained pages are the
  // ones least likely to be needed again.
  size_t excess = retained_pages_ - keep;
  for (size_t p = frontier_; p-- > 0 && excess > 0;) {
    if (!test(free_bits_, p) || !test(dirty_bits_, p)) continue;
    size_t first = p;
    while (first > 0 && excess > p - first + 1 && test(free_bits_, first - 1) && test(dirty_bits_, first - 1)) --first;
    size_t count = p - first + 1;
    set_range(free_bits_, first, count, false);
    retained_pages_ -= count;
    pages_in_use_ += count;
    out.push_back({first, count});
    excess -= count;
    p = first;
  }
}

void PageSpace::release_retained(size_t keep) {
  std::vector<PageRun> runs;
  take_excess_retained(keep, runs);
  for (const PageRun& run : runs) {
    punch_hole(run);
    return_punched(run);
  }
}

}  // namespace pystm::gc
