// benchmarks/micro/gc_allocation_benchmark.cpp — cost of gc::allocate for
// small objects of several sizes (garbage; collections amortized in).
#include <benchmark/benchmark.h>

#include "gc/heap.h"

namespace {

void BM_AllocateSmall(benchmark::State& state) {
  pystm::gc::initialize();
  pystm::gc::register_current_thread();
  auto size = static_cast<size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(pystm::gc::allocate(size, 1));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
  pystm::gc::unregister_current_thread();
}
BENCHMARK(BM_AllocateSmall)->Arg(16)->Arg(32)->Arg(64)->Arg(128)->Arg(256)->Arg(1024)->Arg(8192);

void BM_AllocateLarge(benchmark::State& state) {
  pystm::gc::initialize();
  auto size = static_cast<size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(pystm::gc::allocate(size, 1));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
}
BENCHMARK(BM_AllocateLarge)->Arg(64 << 10)->Arg(1 << 20);

}  // namespace
