// benchmarks/micro/stm_memory_benchmark.cpp — resident memory against the
// number of segments on a heap-heavy workload: a 256 MiB heap, half of it
// immutable objects (never written) and half mutable cells; one thread per
// segment then runs transactions that each write a few random mutable cells.
// Reported per run, after building the heap and after the writers ran:
// the heap file's allocated pages (counted once, however many segments map
// them) plus the process's anonymous resident memory (private page copies
// and everything malloc'd); RSS itself would count a shared page once per
// mapping that touched it. Segments outlive their threads, so each segment
// count needs a fresh process: the summary table runs every count as a child
// (--segment-memory N); alone:
//   pystm_micro_benchmarks --benchmark_filter=SegmentMemory/2/
#include <benchmark/benchmark.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "benchmarks/micro/memory_benchmark.h"
#include "stm/barrier.h"
#include "stm/transaction.h"

namespace {

using pystm::gc::ObjectHeader;
namespace stm = pystm::stm;
namespace gc = pystm::gc;

// Kilobytes of one field of /proc/self/status.
long status_kb(const char* field) {
  FILE* f = std::fopen("/proc/self/status", "r");
  char line[256];
  long kb = -1;
  size_t n = std::strlen(field);
  while (f && std::fgets(line, sizeof line, f))
    if (std::strncmp(line, field, n) == 0) kb = std::atol(line + n + 1);
  if (f) std::fclose(f);
  return kb;
}
long heap_file_kb() {
  struct stat st;
  return fstat(gc::backing().fd, &st) == 0 ? static_cast<long>(st.st_blocks) / 2 : -1;
}
long resident_kb() { return status_kb("RssAnon") + heap_file_kb(); }

struct Cell {
  ObjectHeader header;
  uint64_t value[6];  // 64-byte cells
};

}  // namespace

namespace pystm::bench {

SegmentMemoryFigures measure_segment_memory(int segments) {
  constexpr size_t kHalf = size_t{128} << 20, kCell = sizeof(Cell);
  SegmentMemoryFigures figures;
  {
    stm::set_segment_limit(segments);
    stm::attach();
    std::vector<Cell*> mutable_cells;
    std::vector<ObjectHeader*> immutable_objects;
    gc::NoCollectScope keep;  // everything here is garbage to the collector
    long before = resident_kb();
    for (size_t done = 0; done < kHalf; done += 4096) {
      stm::begin();
      for (size_t i = 0; i < 4096 / kCell; ++i) {
        mutable_cells.push_back(reinterpret_cast<Cell*>(stm::allocate(kCell, 1)));
        immutable_objects.push_back(stm::allocate_immutable(kCell, 1));
      }
      stm::commit();
    }
    long built = resident_kb();
    std::latch ready(segments), written(segments + 1), measured(1);
    long running = 0;
    std::vector<std::thread> writers;
    {
      stm::Unattached away;
      for (int t = 0; t < segments; ++t)
        writers.emplace_back([&, t] {
          stm::attach();
          ready.arrive_and_wait();
          uint64_t rng = 0x9E3779B97F4A7C15ull * (t + 1);
          for (int n = 0; n < 20000; ++n) {
            for (;;) {
              stm::begin();
              for (int k = 0; k < 8; ++k) {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                Cell* c = mutable_cells[rng % mutable_cells.size()];
                stm::write(c)->value[0] += 1;
              }
              if (stm::commit()) break;
            }
          }
          written.arrive_and_wait();
          measured.wait();  // still attached while the main thread measures
          stm::detach();
        });
      written.arrive_and_wait();
      running = resident_kb();
      measured.count_down();
      for (auto& w : writers) w.join();
    }
    long after = resident_kb();
    figures.heap_mib = static_cast<double>(2 * kHalf >> 20);
    figures.built_mib = static_cast<double>(built - before) / 1024;
    figures.running_mib = static_cast<double>(running - before) / 1024;
    figures.after_writers_mib = static_cast<double>(after - before) / 1024;
    figures.anonymous_mib = static_cast<double>(status_kb("RssAnon")) / 1024;
    figures.segments_created = static_cast<int>(stm::stats().segments);
    stm::detach();
  }
  return figures;
}

}  // namespace pystm::bench

namespace {

void BM_SegmentMemory(benchmark::State& state) {
  for (auto _ : state) {
    pystm::bench::SegmentMemoryFigures f = pystm::bench::measure_segment_memory(static_cast<int>(state.range(0)));
    state.counters["heap_MiB"] = f.heap_mib;
    state.counters["resident_built_MiB"] = f.built_mib;
    state.counters["resident_running_MiB"] = f.running_mib;
    state.counters["resident_after_writers_MiB"] = f.after_writers_mib;
    state.counters["anonymous_MiB"] = f.anonymous_mib;
    state.counters["segments_created"] = f.segments_created;
  }
}
BENCHMARK(BM_SegmentMemory)->Arg(1)->Arg(2)->Arg(8)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
