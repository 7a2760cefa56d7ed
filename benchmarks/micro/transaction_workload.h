// benchmarks/micro/transaction_workload.h — the transaction the throughput,
// scaling and abort-rate figures run: each reads 4096 and writes 16 of the
// thread's own 1024 cells (a short interpreter quantum's worth of work) and,
// with a given probability, also increments one of 8 shared cells.
// Must never: let a collection run while it lives (its cells are reachable
// only from malloc'd vectors, which the collector does not scan).
#pragma once
#include <cstdint>
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
      uint64_t sum = 0;
      for (int j = 0; j < 4096; ++j) sum = sum * 31 + stm::read(own_[(k_ + 37 * j) & 1023])->value[0];
      for (int j = 0; j < 16; ++j) stm::write(own_[(k_ + 11 * j + 5) & 1023])->value[0] = sum + j;
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

}  // namespace pystm::bench
