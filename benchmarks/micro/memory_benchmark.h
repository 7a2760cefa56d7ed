// benchmarks/micro/memory_benchmark.h — resident memory against the number
// of segments on a heap-heavy workload (stm_memory_benchmark.cpp).
// Must never: run twice in one process (segments outlive their threads).
#pragma once

namespace pystm::bench {

struct SegmentMemoryFigures {
  double heap_mib = 0;           // objects allocated
  double built_mib = 0;          // resident growth after building the heap
  double running_mib = 0;        // ... when every writer is done, still attached
  double after_writers_mib = 0;  // ... after the writers detached
  double anonymous_mib = 0;      // anonymous resident memory: private copies and malloc
  int segments_created = 0;
};

SegmentMemoryFigures measure_segment_memory(int segments);

}  // namespace pystm::bench
