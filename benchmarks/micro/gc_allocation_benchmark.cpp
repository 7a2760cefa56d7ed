// benchmarks/micro/gc_allocation_benchmark.cpp — cost of gc::allocate for
// small objects of several sizes (garbage; collections amortized in), and of
// jemalloc's malloc and free for the same sizes (the process allocator pystm
// links; here called through its own mallocx/dallocx so the figure is
// jemalloc's even where the benchmark is built without it as malloc).
#include <benchmark/benchmark.h>

#if PYSTM_BENCH_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

#include <cstring>
#include <vector>

#include "gc/heap.h"

namespace {

void BM_AllocateSmall(benchmark::State& state) {
  pystm::gc::initialize();
  pystm::gc::register_current_thread();
  auto size = static_cast<size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(pystm::gc::allocate(size, 1));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  pystm::gc::unregister_current_thread();
}
BENCHMARK(BM_AllocateSmall)->Arg(16)->Arg(32)->Arg(64)->Arg(128)->Arg(256)->Arg(1024)->Arg(8192);

#if PYSTM_BENCH_JEMALLOC
// malloc of a batch of 1024 blocks (each zeroed like a gc cell, header
// included in the size), then free of the batch: per op, one malloc and one
// free — what the collector's sweep is to gc::allocate.
void BM_JemallocMalloc(benchmark::State& state) {
  auto size = static_cast<size_t>(state.range(0));
  constexpr size_t kBatch = 1024;
  std::vector<void*> blocks(kBatch);
  size_t n = 0;
  for (auto _ : state) {
    void* p = mallocx(size, MALLOCX_ZERO);
    benchmark::DoNotOptimize(p);
    blocks[n] = p;
    if (++n == kBatch) {
      for (void* b : blocks) sdallocx(b, size, 0);
      n = 0;
    }
  }
  for (size_t i = 0; i < n; ++i) sdallocx(blocks[i], size, 0);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_JemallocMalloc)->Arg(16)->Arg(32)->Arg(64)->Arg(128)->Arg(256)->Arg(1024)->Arg(8192);
#endif

void BM_AllocateLarge(benchmark::State& state) {
  pystm::gc::initialize();
  auto size = static_cast<size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(pystm::gc::allocate(size, 1));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
}
BENCHMARK(BM_AllocateLarge)->Arg(64 << 10)->Arg(1 << 20);

}  // namespace
