// benchmarks/micro/scaling_benchmark.cpp — 2 threads on disjoint data against
// 1 thread, beside two references: the same transactions in 1 and 2
// independent processes, and the same loop without the STM in 1 and 2
// threads. On a shared VM two cores rarely give 2x even to processes that
// share nothing, or to a plain loop in two threads, so those pairs are the
// ceilings our thread pair is read against.
// Must never: run while Google Benchmark threads run (it wants both cores).
//
// Each round runs the six configurations one after another, then one thread
// beside a plain-loop thread and beside a transaction thread, every other
// round in the mirrored order (beside transactions, beside plain, 2
// processes, 1 process, ...):
// a host getting busier or quieter during a round then favours the 2-worker
// runs in one round and the 1-worker runs in the next, instead of always the
// same side of the ratio. Figures are medians over rounds.
#include "benchmarks/micro/scaling_benchmark.h"

#include <unistd.h>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "benchmarks/micro/child_process.h"
#include "benchmarks/micro/transaction_workload.h"

namespace pystm::bench {

namespace {
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Throughput {
  double per_second = 0;  // transactions, all workers together
  double cpu_us = 0;      // CPU microseconds per transaction
};

// The calling thread attached while it lives.
struct Attachment {
  Attachment() { stm::attach(); }
  ~Attachment() { stm::detach(); }
};

// Transactions on the thread's own cells, in its own segment.
struct DisjointTransactions {
  Attachment attached;  // first: attached before the cells are built
  std::vector<Cell*> none;
  TransactionWorkload work{&none, 0, 0};
};

// The same loop on plain memory.
struct DisjointPlainWork {
  PlainWorkload work;
};

// `threads` threads, each running its own Worker's work, for `seconds`.
template <class Worker>
Throughput run_threads(int threads, double seconds) {
  std::atomic<int> ready{0};
  std::atomic<bool> go{false}, stop{false};
  std::vector<double> rates(static_cast<size_t>(threads)), cpu(static_cast<size_t>(threads)),
      count(static_cast<size_t>(threads));
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      Worker worker;
      ready.fetch_add(1);
      while (!go.load(std::memory_order_acquire)) std::this_thread::yield();
      Clock::time_point t0 = Clock::now();
      double cpu0 = thread_cpu_seconds();
      while (!stop.load(std::memory_order_relaxed)) worker.work.run_one();
      auto i = static_cast<size_t>(t);
      rates[i] = static_cast<double>(worker.work.commits()) / seconds_since(t0);
      cpu[i] = thread_cpu_seconds() - cpu0;
      count[i] = static_cast<double>(worker.work.commits());
    });
  while (ready.load() < threads) std::this_thread::yield();
  go.store(true, std::memory_order_release);
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop.store(true);
  for (auto& w : workers) w.join();
  Throughput total;
  double cpu_total = 0, transactions = 0;
  for (size_t i = 0; i < rates.size(); ++i) {
    total.per_second += rates[i];
    cpu_total += cpu[i];
    transactions += count[i];
  }
  total.cpu_us = transactions > 0 ? 1e6 * cpu_total / transactions : 0;
  return total;
}

// One thread's CPU microseconds per transaction over `seconds` while another
// thread runs Neighbour's work without pause.
template <class Neighbour>
double cpu_beside(double seconds) {
  std::atomic<bool> ready{false}, stop{false};
  std::thread neighbour([&] {
    Neighbour n;
    ready.store(true);
    while (!stop.load(std::memory_order_relaxed)) n.work.run_one();
  });
  while (!ready.load()) std::this_thread::yield();
  double cpu_us = run_threads<DisjointTransactions>(1, seconds).cpu_us;
  stop.store(true);
  neighbour.join();
  return cpu_us;
}

// `processes` children, each one thread on its own heap, for `seconds`.
Throughput run_processes(const char* self, int processes, double seconds) {
  std::vector<Child> children;
  for (int i = 0; i < processes; ++i) children.push_back(spawn_self(self, {"--scaling-worker", std::to_string(seconds)}));
  for (Child& c : children) read_line(c.from);  // "ready"
  for (Child& c : children)
    if (write(c.to, "g", 1) != 1) std::perror("write");
  Throughput total;
  for (Child& c : children) {
    double rate = 0, cpu_us = 0;
    std::sscanf(read_line(c.from).c_str(), "%lf %lf", &rate, &cpu_us);
    total.per_second += rate;
    total.cpu_us += cpu_us / processes;  // equal shares: each ran as long
    finish(c);
  }
  return total;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}
}  // namespace

int scaling_worker_main(double seconds) {
  double rate, cpu_us;
  {
    DisjointTransactions worker;
    TransactionWorkload& work = worker.work;
    std::printf("ready\n");
    std::fflush(stdout);
    char go;
    if (read(0, &go, 1) != 1) return 1;
    Clock::time_point t0 = Clock::now();
    double cpu0 = thread_cpu_seconds();
    while (seconds_since(t0) < seconds) work.run_one();
    rate = static_cast<double>(work.commits()) / seconds_since(t0);
    cpu_us = 1e6 * (thread_cpu_seconds() - cpu0) / static_cast<double>(std::max<uint64_t>(1, work.commits()));
  }
  std::printf("%f %f\n", rate, cpu_us);
  return 0;
}

namespace {
// One row's runs over the rounds.
struct RowRuns {
  std::vector<double> one, two, ratio, one_cpu, two_cpu;
  void add(const Throughput& a, const Throughput& b) {
    one.push_back(a.per_second);
    two.push_back(b.per_second);
    ratio.push_back(b.per_second / a.per_second);
    one_cpu.push_back(a.cpu_us);
    two_cpu.push_back(b.cpu_us);
  }
  ScalingRow medians() const {
    ScalingRow r;
    r.one = median(one);
    r.two = median(two);
    r.ratio = median(ratio);
    r.best_ratio = ratio.empty() ? 0 : *std::max_element(ratio.begin(), ratio.end());
    r.one_cpu_us = median(one_cpu);
    r.two_cpu_us = median(two_cpu);
    return r;
  }
};
}  // namespace

ScalingFigures measure_scaling(const char* self, int rounds, double seconds) {
  stm::set_segment_limit(2);
  RowRuns threads, plain, processes;
  std::vector<double> beside_plain, beside_transactions;
  for (int r = 0; r < rounds; ++r) {
    Throughput run[6];  // 1 and 2 workers: threads, plain threads, processes
    auto measure = [&](int i) {
      int workers = i % 2 + 1;
      if (i < 2)
        run[i] = run_threads<DisjointTransactions>(workers, seconds);
      else if (i < 4)
        run[i] = run_threads<DisjointPlainWork>(workers, seconds);
      else if (i < 6)
        run[i] = run_processes(self, workers, seconds);
      else if (i == 6)
        beside_plain.push_back(cpu_beside<DisjointPlainWork>(seconds));
      else
        beside_transactions.push_back(cpu_beside<DisjointTransactions>(seconds));
    };
    for (int k = 0; k < 8; ++k) measure(r % 2 == 0 ? k : 7 - k);
    threads.add(run[0], run[1]);
    plain.add(run[2], run[3]);
    processes.add(run[4], run[5]);
    std::fprintf(stderr,
                 "scaling round %d: threads %.0f -> %.0f tx/s (%.2fx, %.2f -> %.2f us CPU/tx), "
                 "plain threads %.2fx, processes %.0f -> %.0f tx/s (%.2fx, %.2f -> %.2f us CPU/tx), "
                 "1 thread beside plain %.2f, beside transactions %.2f us CPU/tx\n",
                 r + 1, run[0].per_second, run[1].per_second, threads.ratio.back(), run[0].cpu_us, run[1].cpu_us,
                 plain.ratio.back(), run[4].per_second, run[5].per_second, processes.ratio.back(), run[4].cpu_us,
                 run[5].cpu_us, beside_plain.back(), beside_transactions.back());
  }
  ScalingFigures f;
  f.threads = threads.medians();
  f.plain_threads = plain.medians();
  f.processes = processes.medians();
  f.beside_plain_cpu_us = median(beside_plain);
  f.beside_transactions_cpu_us = median(beside_transactions);
  f.rounds = rounds;
  return f;
}

}  // namespace pystm::bench
