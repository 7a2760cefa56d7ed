// benchmarks/micro/transaction_workload.h — the transaction the throughput,
// scaling and abort-rate figures run: each reads 4096 and writes 16 of the
// thread's own 1024 cells (a short interpreter quantum's worth of work) and,
// with a given probability, also increments one of 8 shared cells. Also the
// same work on plain memory, without the STM (the scaling figure's
// reference for what threads get from the machine).
// Must never: let a collection run while it lives (its cells are reachable
// only from malloc'd vectors, which the collector does not scan).
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "stm/barrier.h"
#include "stm/transaction.h"

namespace pystm::bench {

struct Cell {
  gc::ObjectHeader header;
  uint64_t value[6];  // 64-byte cells
};

// `n` cells allocated and committed by the calling (attached) thread.
inline std::vector<Cell*> committed_cells(size_t n) {
  std::vector<Cell*> cells;
  stm::begin();
  for (size_t i = 0; i < n; ++i) cells.push_back(reinterpret_cast<Cell*>(stm::allocate(sizeof(Cell), 1)));
  stm::commit();
  return cells;
}

// One transaction's work on the thread's own 1024 cells, the `k`th: 4096
// reads, then 16 writes of values that depend on them. `read(cell)` and
// `write(cell)` give the pointer to go through (after the barriers, or the
// cell itself).
template <class Read, class Write>
inline void work_on_own_cells(const std::vector<Cell*>& own, uint64_t k, Read&& read, Write&& write) {
  uint64_t sum = 0;
  for (int j = 0; j < 4096; ++j) sum = sum * 31 + read(own[(k + 37 * j) & 1023])->value[0];
  for (int j = 0; j < 16; ++j) write(own[(k + 11 * j + 5) & 1023])->value[0] = sum + j;
}

class TransactionWorkload {
 public:
  // The calling thread must be attached. `shared` may be empty (no shared
  // writes then, whatever the percentage).
  TransactionWorkload(const std::vector<Cell*>* shared, int shared_percent, uint64_t seed)
      : own_(committed_cells(1024)), shared_(shared), shared_percent_(shared_percent),
        rng_(0x9E3779B97F4A7C15ull * (seed + 1)) {}

  // One committed transaction (retried after aborts, which are counted).
  void run_one() {
    rng_ ^= rng_ << 13;
    rng_ ^= rng_ >> 7;
    rng_ ^= rng_ << 17;
    bool touch_shared = static_cast<int>(rng_ % 100) < shared_percent_ && !shared_->empty();
    for (;;) {
      stm::begin();
      work_on_own_cells(own_, k_, [](Cell* c) { return stm::read(c); }, [](Cell* c) { return stm::write(c); });
      if (touch_shared) ++stm::write((*shared_)[rng_ % shared_->size()])->value[0];
      if (stm::commit()) break;
      ++aborts_;
    }
    ++commits_;
    ++k_;
  }

  uint64_t commits() const { return commits_; }
  uint64_t aborts() const { return aborts_; }

 private:
  gc::NoCollectScope keep_alive_;  // declared first: alive before own_ is built
  std::vector<Cell*> own_;
  const std::vector<Cell*>* shared_;
  int shared_percent_;
  uint64_t rng_;
  uint64_t k_ = 0, commits_ = 0, aborts_ = 0;
};

// The same work in malloc'd cells, with no barriers and no transactions.
class PlainWorkload {
 public:
  PlainWorkload() : cells_(new Cell[1024]()), own_(1024) {
    for (size_t i = 0; i < own_.size(); ++i) own_[i] = &cells_[i];
  }

  void run_one() {
    work_on_own_cells(own_, k_, [](Cell* c) { return c; }, [](Cell* c) { return c; });
    ++k_;
  }

  uint64_t commits() const { return k_; }

 private:
  std::unique_ptr<Cell[]> cells_;
  std::vector<Cell*> own_;
  uint64_t k_ = 0;
};

}  // namespace pystm::bench
