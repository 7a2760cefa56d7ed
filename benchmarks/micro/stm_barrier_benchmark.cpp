// benchmarks/micro/stm_barrier_benchmark.cpp — the STM barriers: read fast
// path (marker store), write fast path (flag test), write slow path (backup +
// write-set entry, with the commit that re-arms the flag amortized in), and
// transactional allocation. Compare with BM_PlainLoad and BM_PlainStore for
// the bare cost.
#include <benchmark/benchmark.h>

#include <vector>

#include "stm/barrier.h"
#include "stm/transaction.h"

namespace {

using pystm::gc::ObjectHeader;
namespace stm = pystm::stm;

struct Cell {
  ObjectHeader header;
  uint64_t value;
};

Cell* committed_cell() {
  stm::begin();
  auto* c = reinterpret_cast<Cell*>(stm::allocate(sizeof(Cell), 1));
  stm::commit();
  return c;
}

void BM_PlainLoad(benchmark::State& state) {
  stm::attach();
  Cell* c = committed_cell();
  stm::begin();
  for (auto _ : state) {
    benchmark::DoNotOptimize(c);
    benchmark::DoNotOptimize(c->value);
  }
  stm::commit();
  stm::detach();
}
BENCHMARK(BM_PlainLoad);

void BM_PlainStore(benchmark::State& state) {
  stm::attach();
  Cell* c = committed_cell();
  stm::begin();
  Cell* local = stm::write(c);
  uint64_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(c);
    local->value = ++i;
    benchmark::ClobberMemory();
  }
  stm::commit();
  stm::detach();
}
BENCHMARK(BM_PlainStore);

void BM_ReadBarrierFastPath(benchmark::State& state) {
  stm::attach();
  Cell* c = committed_cell();
  stm::begin();
  for (auto _ : state) {
    benchmark::DoNotOptimize(c);
    benchmark::DoNotOptimize(stm::read(c)->value);
  }
  stm::commit();
  stm::detach();
}
BENCHMARK(BM_ReadBarrierFastPath);

void BM_WriteBarrierFastPath(benchmark::State& state) {
  stm::attach();
  Cell* c = committed_cell();
  stm::begin();
  stm::write(c)->value = 0;  // first write takes the slow path once
  uint64_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(c);
    stm::write(c)->value = ++i;
    benchmark::ClobberMemory();
  }
  stm::commit();
  stm::detach();
}
BENCHMARK(BM_WriteBarrierFastPath);

void BM_WriteBarrierSlowPath(benchmark::State& state) {
  stm::attach();
  auto batch = static_cast<size_t>(state.range(0));
  std::vector<Cell*> cells;
  for (size_t i = 0; i < batch; ++i) cells.push_back(committed_cell());
  stm::begin();
  size_t i = 0;
  for (auto _ : state) {
    stm::write(cells[i])->value = i;
    if (++i == batch) {
      stm::commit_and_begin();
      i = 0;
    }
  }
  stm::commit();
  stm::detach();
  state.SetLabel("per first write, commit amortized over the batch");
}
BENCHMARK(BM_WriteBarrierSlowPath)->Arg(16)->Arg(1024);

void BM_TransactionalAllocate(benchmark::State& state) {
  stm::attach();
  stm::begin();
  size_t n = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(stm::allocate(32, 1));
    if (++n == 4096) {
      stm::commit_and_begin();
      n = 0;
    }
  }
  stm::commit();
  stm::detach();
}
BENCHMARK(BM_TransactionalAllocate);

void BM_EmptyCommitAndBegin(benchmark::State& state) {
  stm::attach();
  stm::begin();
  for (auto _ : state) stm::commit_and_begin();
  stm::commit();
  stm::detach();
}
BENCHMARK(BM_EmptyCommitAndBegin);

}  // namespace
