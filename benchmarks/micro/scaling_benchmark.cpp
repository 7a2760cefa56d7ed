// benchmarks/micro/scaling_benchmark.cpp — 2 threads on disjoint data against
// 1 thread, and the same work in 1 and 2 independent processes: on a shared
// VM two cores rarely give 2x even to processes that share nothing, so the
// process pair is the ceiling our thread pair is read against.
// Must never: run while Google Benchmark threads run (it wants both cores).
//
// Each round runs the four configurations one after another, every other
// round in the mirrored order (2 processes, 1 process, 2 threads, 1 thread):
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

// `threads` threads, each on its own cells, for `seconds`.
Throughput run_threads(int threads, double seconds) {
  stm::set_segment_limit(2);
  std::atomic<int> ready{0};
  std::atomic<bool> go{false}, stop{false};
  std::vector<double> rates(static_cast<size_t>(threads)), cpu(static_cast<size_t>(threads)),
      count(static_cast<size_t>(threads));
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      stm::attach();
      std::vector<Cell*> none;
      {
        TransactionWorkload work(&none, 0, static_cast<uint64_t>(t));
        ready.fetch_add(1);
        while (!go.load(std::memory_order_acquire)) std::this_thread::yield();
        Clock::time_point t0 = Clock::now();
        double cpu0 = thread_cpu_seconds();
        while (!stop.load(std::memory_order_relaxed)) work.run_one();
        auto i = static_cast<size_t>(t);
        rates[i] = static_cast<double>(work.commits()) / seconds_since(t0);
        cpu[i] = thread_cpu_seconds() - cpu0;
        count[i] = static_cast<double>(work.commits());
      }
      stm::detach();
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
  stm::attach();
  std::vector<Cell*> none;
  double rate, cpu_us;
  {
    TransactionWorkload work(&none, 0, 0);
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
  stm::detach();
  std::printf("%f %f\n", rate, cpu_us);
  return 0;
}

ScalingFigures measure_scaling(const char* self, int rounds, double seconds) {
  ScalingFigures f;
  std::vector<double> one_t, two_t, one_p, two_p, ratio_t, ratio_p, cpu[4];
  for (int r = 0; r < rounds; ++r) {
    Throughput run[4];
    auto measure = [&](int i) {
      run[i] = i < 2 ? run_threads(i + 1, seconds) : run_processes(self, i - 1, seconds);
    };
    for (int k = 0; k < 4; ++k) measure(r % 2 == 0 ? k : 3 - k);
    one_t.push_back(run[0].per_second);
    two_t.push_back(run[1].per_second);
    one_p.push_back(run[2].per_second);
    two_p.push_back(run[3].per_second);
    for (int i = 0; i < 4; ++i) cpu[i].push_back(run[i].cpu_us);
    ratio_t.push_back(two_t.back() / one_t.back());
    ratio_p.push_back(two_p.back() / one_p.back());
    std::fprintf(stderr,
                 "scaling round %d: threads %.0f -> %.0f tx/s (%.2fx, %.2f -> %.2f us CPU/tx), "
                 "processes %.0f -> %.0f tx/s (%.2fx, %.2f -> %.2f us CPU/tx)\n",
                 r + 1, one_t.back(), two_t.back(), ratio_t.back(), run[0].cpu_us, run[1].cpu_us, one_p.back(),
                 two_p.back(), ratio_p.back(), run[2].cpu_us, run[3].cpu_us);
  }
  f.one_thread_cpu_us = median(cpu[0]);
  f.two_threads_cpu_us = median(cpu[1]);
  f.one_process_cpu_us = median(cpu[2]);
  f.two_processes_cpu_us = median(cpu[3]);
  f.rounds = rounds;
  f.one_thread = median(one_t);
  f.two_threads = median(two_t);
  f.one_process = median(one_p);
  f.two_processes = median(two_p);
  f.thread_ratio = median(ratio_t);
  f.process_ratio = median(ratio_p);
  f.best_thread_ratio = *std::max_element(ratio_t.begin(), ratio_t.end());
  f.best_process_ratio = *std::max_element(ratio_p.begin(), ratio_p.end());
  return f;
}

}  // namespace pystm::bench
