// benchmarks/micro/stm_transaction_benchmark.cpp — whole transactions:
// commit latency for 1, 10 and 100 written objects; throughput of 1 and 2
// threads and the abort rate when 0%, 1%, 10% and 50% of the transactions
// also write one object of a small shared set (transaction_workload.h). The
// scaling figure itself (2 threads on disjoint data over 1, beside two
// processes) is measured by scaling_benchmark.cpp.
#include <benchmark/benchmark.h>

#include <atomic>
#include <vector>

#include "benchmarks/micro/transaction_workload.h"

namespace {

namespace stm = pystm::stm;
using pystm::bench::Cell;
using pystm::bench::committed_cells;

void BM_CommitLatency(benchmark::State& state) {
  stm::attach();
  auto n = static_cast<size_t>(state.range(0));
  std::vector<Cell*> cells = committed_cells(n);
  uint64_t i = 0;
  for (auto _ : state) {
    stm::begin();
    for (Cell* c : cells) stm::write(c)->value[0] = ++i;
    stm::commit();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  stm::detach();
}
BENCHMARK(BM_CommitLatency)->Arg(1)->Arg(10)->Arg(100);

// Shared by the threads of one run; thread 0 builds it before the others
// start their timed loop (Google Benchmark starts the loop of every thread
// together).
std::vector<Cell*> g_shared;

void BM_Transactions(benchmark::State& state) {
  stm::set_segment_limit(2);
  stm::attach();
  if (state.thread_index() == 0) g_shared = committed_cells(8);
  pystm::bench::TransactionWorkload work(&g_shared, static_cast<int>(state.range(0)), state.thread_index());
  for (auto _ : state) work.run_one();
  state.SetItemsProcessed(static_cast<int64_t>(work.commits()));
  double tries = static_cast<double>(work.commits() + work.aborts());
  state.counters["abort_pct"] = benchmark::Counter(tries > 0 ? 100.0 * static_cast<double>(work.aborts()) / tries : 0,
                                                   benchmark::Counter::kAvgThreads);
  stm::detach();
}
BENCHMARK(BM_Transactions)->Arg(0)->Arg(1)->Arg(10)->Arg(50)->Threads(1)->Threads(2)->UseRealTime();

}  // namespace
