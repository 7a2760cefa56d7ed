// benchmarks/micro/stm_transaction_benchmark.cpp — whole transactions:
// commit latency for 1, 10 and 100 written objects; throughput of 1 and 2
// threads on disjoint data (the scaling figure: items_per_second of
// threads:2 over threads:1); abort rate and throughput when 1%, 10% and 50%
// of the transactions also write one object of a small shared set.
#include <benchmark/benchmark.h>

#include <atomic>
#include <vector>

#include "stm/barrier.h"
#include "stm/transaction.h"

namespace {

using pystm::gc::ObjectHeader;
namespace stm = pystm::stm;

struct Cell {
  ObjectHeader header;
  uint64_t value[6];
};

std::vector<Cell*> committed_cells(size_t n) {
  std::vector<Cell*> cells;
  stm::begin();
  for (size_t i = 0; i < n; ++i) cells.push_back(reinterpret_cast<Cell*>(stm::allocate(sizeof(Cell), 1)));
  stm::commit();
  return cells;
}

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

// Shared by the threads of one run; thread 0 builds it.
std::vector<Cell*> g_shared;
std::atomic<int> g_ready{0};

// Each transaction reads 4096 and writes 16 of the thread's own cells (a
// short interpreter quantum's worth of work); with probability range(0)/100
// it also increments one of 8 shared cells.
void BM_Transactions(benchmark::State& state) {
  int shared_percent = static_cast<int>(state.range(0));
  stm::set_segment_limit(2);
  stm::attach();
  if (state.thread_index() == 0) {
    g_shared = committed_cells(8);
    g_ready.store(state.threads());
  }
  std::vector<Cell*> own = committed_cells(1024);
  uint64_t rng = 0x9E3779B97F4A7C15ull * (state.thread_index() + 1);
  uint64_t commits = 0, aborts = 0, k = 0;
  for (auto _ : state) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    bool touch_shared = static_cast<int>(rng % 100) < shared_percent && !g_shared.empty();
    for (;;) {
      stm::begin();
      uint64_t sum = 0;
      for (int j = 0; j < 4096; ++j) sum = sum * 31 + stm::read(own[(k + 37 * j) & 1023])->value[0];
      for (int j = 0; j < 16; ++j) stm::write(own[(k + 11 * j + 5) & 1023])->value[0] = sum + j;
      if (touch_shared) ++stm::write(g_shared[rng % 8])->value[0];
      if (stm::commit()) break;
      ++aborts;
    }
    ++commits;
    ++k;
  }
  state.SetItemsProcessed(static_cast<int64_t>(commits));
  state.counters["abort_pct"] = benchmark::Counter(commits ? 100.0 * static_cast<double>(aborts) / static_cast<double>(commits + aborts) : 0,
                                                   benchmark::Counter::kAvgThreads);
  stm::detach();
}
BENCHMARK(BM_Transactions)->Arg(0)->Arg(1)->Arg(10)->Arg(50)->Threads(1)->Threads(2)->UseRealTime();

}  // namespace
