// tests/unit/gc/heap_churn_test.cpp — a long allocation churn (10 GB in total,
// mixed small, medium and large objects, a bounded working set) must keep the
// peak resident set under 200 MB: freed cells are reused and empty pages go
// back to the OS.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "gc/heap.h"
#include "tests/unit/gc/test_objects.h"

namespace pystm::gc {
namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// Sanitizer builds run the same churn scaled down to 3 GB (still far beyond
// what fits under the limit without reclamation) to keep the test time
// reasonable.
constexpr uint64_t kTotalBytes = uint64_t{3} << 30;
#else
constexpr uint64_t kTotalBytes = uint64_t{10} << 30;
#endif
#if defined(__SANITIZE_THREAD__)
// Under TSan most of the process's resident set is TSan's shadow memory:
// several bytes per heap byte the churn touched, which TSan keeps after the
// heap returns the page (it has no view of a hole punched in the backing
// file). What the heap itself holds is its backing file's resident pages, so
// that is what is measured there (sampled: the kernel keeps no peak of it).
size_t resident() { return test::resident_shared_bytes(); }
constexpr bool kKernelPeak = false;
constexpr const char* kSampledWhat = "heap file, sampled";
#else
size_t resident() { return test::resident_bytes(); }
constexpr bool kKernelPeak = true;
constexpr const char* kSampledWhat = "sampled";
#endif
// How far resident memory may rise above where it stood before the churn.
// Measured from that start, not from zero: the process's own size (the test
// binary, and ASan's shadow of it) grows with the code linked in and says
// nothing about the heap.
constexpr size_t kPeakGrowthLimit = size_t{180} << 20;
constexpr size_t kSlots = 2000;

struct Rng {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

size_t pick_size(Rng& rng) {
  uint64_t r = rng.next();
  unsigned bucket = r % 100;
  r >>= 8;
  if (bucket < 85) return 16 + r % 500;         // small
  if (bucket < 97) return 512 + r % (8192 - 512);  // medium
  return 8192 + r % (1u << 20);                  // large: up to 1 MiB
}

// Runs in its own frame so nothing of the churn stays on the test's stack.
__attribute__((noinline)) uint64_t churn(void** slots, size_t* sampled_peak) {
  Rng rng;
  uint64_t total = 0, n = 0;
  while (total < kTotalBytes) {
    size_t size = pick_size(rng);
    ObjectHeader* o = allocate(size, test::kWordsKind);
    if (o == nullptr) return total;
    // Use the memory: one store per 4 KiB page, so it is really resident.
    auto* bytes = reinterpret_cast<char*>(o);
    for (size_t off = sizeof(ObjectHeader); off < size; off += 4096) bytes[off] = 1;
    slots[rng.next() % kSlots] = o;
    total += size;
    if ((++n & 1023) == 0) *sampled_peak = std::max(*sampled_peak, resident());
  }
  return total;
}

TEST(HeapChurnTest, PeakResidentStaysBoundedOverTenGigabytes) {
  test::TracerScope tracer;
  auto slots = std::make_unique<void*[]>(kSlots);
  add_root_range(slots.get(), kSlots);
  test::collect_clean();
  bool exact_peak = kKernelPeak && test::reset_peak_resident();
  size_t start_resident = resident();
  size_t sampled_peak = start_resident;
  uint64_t collections_before = stats().collections;

  uint64_t total = churn(slots.get(), &sampled_peak);

  size_t peak = exact_peak ? test::peak_resident_bytes() : sampled_peak;
  remove_root_range(slots.get());
  HeapStats s = stats();
  EXPECT_GE(total, kTotalBytes);
  EXPECT_GT(s.collections, collections_before + 10);
  EXPECT_LT(peak - start_resident, kPeakGrowthLimit) << "start resident " << (start_resident >> 20) << " MiB, sampled peak "
                                                         << (sampled_peak >> 20) << " MiB, mapped " << (s.bytes_mapped >> 20) << " MiB";
  RecordProperty("peak_resident_mib", static_cast<int>(peak >> 20));
  std::printf("churn: %llu MiB allocated, peak resident %zu MiB (%s), %llu collections\n",
              static_cast<unsigned long long>(total >> 20), peak >> 20, exact_peak ? "VmHWM" : kSampledWhat,
              static_cast<unsigned long long>(s.collections - collections_before));
  test::collect_clean();
}

}  // namespace
}  // namespace pystm::gc
