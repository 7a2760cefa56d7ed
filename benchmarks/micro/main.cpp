// benchmarks/micro/main.cpp — runs the micro benchmarks and prints one table
// of the figures issue #3 asks for: barrier fast paths against plain loads
// and stores, commit latency, allocation against jemalloc, scaling beside
// the process-pair ceiling, abort rates under shared writes, resident memory
// per segment count. Also the entry of the child processes the scaling and
// memory figures need (--scaling-worker, --segment-memory).
// Must never: run the scaling or memory measurements inside a Google
// Benchmark run (they need fresh processes and idle cores).
//
//   pystm_micro_benchmarks                    everything, then the table
//   pystm_micro_benchmarks --benchmark_filter=Barrier   those only (the
//                                             scaling and memory sections are
//                                             skipped unless --scaling/--memory)
//   --scaling-rounds=N --scaling-seconds=S    (default 9 rounds of 1 s)
//   --no-scaling --no-memory                  skip those sections
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "benchmarks/micro/child_process.h"
#include "benchmarks/micro/memory_benchmark.h"
#include "benchmarks/micro/scaling_benchmark.h"

namespace {

using Run = benchmark::BenchmarkReporter::Run;

// The console output as usual, and every run kept by name for the table.
class CollectingReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Iteration) runs_[r.benchmark_name()] = r;
    ConsoleReporter::ReportRuns(runs);
  }
  const Run* find(const std::string& name) const {
    auto it = runs_.find(name);
    return it == runs_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, Run> runs_;
};

// CPU nanoseconds per iteration (the machine is shared: wall time would
// count other people's work), or a negative number when it did not run.
double cpu_ns(const CollectingReporter& r, const std::string& name) {
  const Run* run = r.find(name);
  if (run == nullptr) return -1;
  return run->GetAdjustedCPUTime() * benchmark::GetTimeUnitMultiplier(benchmark::kNanosecond) /
         benchmark::GetTimeUnitMultiplier(run->time_unit);
}
double counter(const CollectingReporter& r, const std::string& name, const char* key) {
  const Run* run = r.find(name);
  if (run == nullptr) return -1;
  auto it = run->counters.find(key);
  return it == run->counters.end() ? -1 : it->second.value;
}

std::string cell(double value, const char* format) {
  if (value < 0) return "-";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

void row(const char* label, const std::string& a, const std::string& b = "", const std::string& c = "",
         const std::string& d = "") {
  std::printf("  %-44s %14s %14s %14s %14s\n", label, a.c_str(), b.c_str(), c.c_str(), d.c_str());
}

void print_table(const CollectingReporter& r, const pystm::bench::ScalingFigures* scaling,
                 const std::vector<pystm::bench::SegmentMemoryFigures>& memory, const std::vector<int>& counts) {
  std::printf("\n=== pystm STM micro benchmarks (CPU time per operation) ===\n");
  std::printf("\nBarriers                                            ns/op   over plain\n");
  double load = cpu_ns(r, "BM_PlainLoad"), store = cpu_ns(r, "BM_PlainStore");
  double rd = cpu_ns(r, "BM_ReadBarrierFastPath"), wr = cpu_ns(r, "BM_WriteBarrierFastPath");
  row("plain load", cell(load, "%.2f"));
  row("read barrier fast path (marker store + load)", cell(rd, "%.2f"),
      load > 0 && rd > 0 ? cell(rd - load, "%+.2f") : "-");
  row("plain store", cell(store, "%.2f"));
  row("write barrier fast path (flag test + store)", cell(wr, "%.2f"),
      store > 0 && wr > 0 ? cell(wr - store, "%+.2f") : "-");
  row("write barrier slow path (first write, /1024)", cell(cpu_ns(r, "BM_WriteBarrierSlowPath/1024"), "%.1f"));

  std::printf("\nCommit latency (begin + writes + commit)            ns\n");
  for (int n : {1, 10, 100})
    row((std::to_string(n) + " written object" + (n > 1 ? "s" : "")).c_str(),
        cell(cpu_ns(r, "BM_CommitLatency/" + std::to_string(n)), "%.0f"));
  row("empty commit_and_begin", cell(cpu_ns(r, "BM_EmptyCommitAndBegin"), "%.0f"));

  std::printf("\nAllocation, ns per object                   gc::allocate  jemalloc+free   gc/jemalloc\n");
  for (int size : {16, 32, 64, 128, 256, 1024, 8192}) {
    double g = cpu_ns(r, "BM_AllocateSmall/" + std::to_string(size));
    double j = cpu_ns(r, "BM_JemallocMalloc/" + std::to_string(size));
    row((std::to_string(size) + " B").c_str(), cell(g, "%.1f"), cell(j, "%.1f"),
        g > 0 && j > 0 ? cell(g / j, "%.2fx") : "-");
  }
  row("stm::allocate 32 B (in a transaction)", cell(cpu_ns(r, "BM_TransactionalAllocate"), "%.1f"));

  if (scaling != nullptr) {
    const pystm::bench::ScalingFigures& s = *scaling;
    std::printf("\nScaling, disjoint data (median of %d rounds)      1 x tx/s      2 x tx/s       2 over 1     best round\n",
                s.rounds);
    auto throughput = [](const char* label, const pystm::bench::ScalingRow& x) {
      row(label, cell(x.one, "%.0f"), cell(x.two, "%.0f"), cell(x.ratio, "%.2fx"), cell(x.best_ratio, "%.2fx"));
    };
    throughput("threads (2 segments, one process)", s.threads);
    throughput("processes (ceiling: nothing shared)", s.processes);
    throughput("plain threads (ceiling: the loop, no STM)", s.plain_threads);
    row("threads' share of the process ceiling", cell(100 * s.threads.ratio / s.processes.ratio, "%.0f%%"));
    row("threads' share of the plain-thread ceiling", cell(100 * s.threads.ratio / s.plain_threads.ratio, "%.0f%%"));
    std::printf("  CPU us per transaction (immune to time slicing)       1 x           2 x    1 over 2 x2\n");
    auto cpu = [](const char* label, const pystm::bench::ScalingRow& x) {
      row(label, cell(x.one_cpu_us, "%.2f"), cell(x.two_cpu_us, "%.2f"), cell(2 * x.one_cpu_us / x.two_cpu_us, "%.2fx"));
    };
    cpu("threads", s.threads);
    cpu("processes", s.processes);
    cpu("plain threads", s.plain_threads);
    std::printf("  1 thread's CPU us per transaction beside          nothing     plain loop   transactions\n");
    row("another thread of the process running", cell(s.threads.one_cpu_us, "%.2f"), cell(s.beside_plain_cpu_us, "%.2f"),
        cell(s.beside_transactions_cpu_us, "%.2f"));
  }

  std::printf("\nShared writes (wall time)                     1 thread tx/s  2 threads tx/s  abort %% (2 thr)\n");
  for (int pct : {0, 1, 10, 50}) {
    std::string base = "BM_Transactions/" + std::to_string(pct) + "/real_time/threads:";
    row((std::to_string(pct) + "% of transactions write a shared cell").c_str(),
        cell(counter(r, base + "1", "items_per_second"), "%.0f"), cell(counter(r, base + "2", "items_per_second"), "%.0f"),
        cell(counter(r, base + "2", "abort_pct"), "%.2f"));
  }

  if (!memory.empty()) {
    std::printf("\nResident memory growth, MiB (%.0f MiB heap,      after build  writers done  writers gone  anonymous at end\n"
                "  half immutable; one writer per segment)\n",
                memory[0].heap_mib);
    for (size_t i = 0; i < memory.size(); ++i)
      row((std::to_string(counts[i]) + " segment" + (counts[i] > 1 ? "s" : "")).c_str(), cell(memory[i].built_mib, "%.0f"),
          cell(memory[i].running_mib, "%.0f"), cell(memory[i].after_writers_mib, "%.0f"),
          cell(memory[i].anonymous_mib, "%.0f"));
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--scaling-worker") == 0)
    return pystm::bench::scaling_worker_main(std::atof(argv[2]));
  if (argc == 3 && std::strcmp(argv[1], "--segment-memory") == 0) {
    pystm::bench::SegmentMemoryFigures f = pystm::bench::measure_segment_memory(std::atoi(argv[2]));
    std::printf("%f %f %f %f %f\n", f.heap_mib, f.built_mib, f.running_mib, f.after_writers_mib, f.anonymous_mib);
    return 0;
  }
  bool scaling = true, memory = true, filtered = false, force_scaling = false, force_memory = false;
  int rounds = 9;  // a round is 8 runs of 1 s; the host makes single rounds scatter
  double seconds = 1.0;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-scaling") == 0) {
      scaling = false;
    } else if (std::strcmp(argv[i], "--no-memory") == 0) {
      memory = false;
    } else if (std::strcmp(argv[i], "--scaling") == 0) {
      force_scaling = true;
    } else if (std::strcmp(argv[i], "--memory") == 0) {
      force_memory = true;
    } else if (std::strncmp(argv[i], "--scaling-rounds=", 17) == 0) {
      rounds = std::max(1, std::atoi(argv[i] + 17));
    } else if (std::strncmp(argv[i], "--scaling-seconds=", 18) == 0) {
      seconds = std::atof(argv[i] + 18);
    } else {
      if (std::strncmp(argv[i], "--benchmark_filter", 18) == 0) filtered = true;
      args.push_back(argv[i]);
    }
  }
  // The memory benchmark builds segments that would stay for the others:
  // by default it runs only as children, one per segment count.
  std::string default_filter = "--benchmark_filter=-BM_SegmentMemory";
  if (!filtered) args.push_back(default_filter.data());
  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;
  CollectingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);

  const char* self = "/proc/self/exe";
  pystm::bench::ScalingFigures figures;
  bool have_scaling = force_scaling || (scaling && !filtered);
  if (have_scaling) figures = pystm::bench::measure_scaling(self, rounds, seconds);
  std::vector<pystm::bench::SegmentMemoryFigures> memory_figures;
  std::vector<int> counts{1, 2, 8};
  if (force_memory || (memory && !filtered))
    for (int n : counts) {
      pystm::bench::Child c = pystm::bench::spawn_self(self, {"--segment-memory", std::to_string(n)});
      pystm::bench::SegmentMemoryFigures f;
      std::sscanf(pystm::bench::read_line(c.from).c_str(), "%lf %lf %lf %lf %lf", &f.heap_mib, &f.built_mib,
                  &f.running_mib, &f.after_writers_mib, &f.anonymous_mib);
      pystm::bench::finish(c);
      memory_figures.push_back(f);
    }
  print_table(reporter, have_scaling ? &figures : nullptr, memory_figures, counts);
  benchmark::Shutdown();
  return 0;
}
