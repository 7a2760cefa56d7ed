// benchmarks/micro/scaling_benchmark.h — the scaling figure: throughput of 2
// threads on disjoint data over 1 thread, measured beside the same work done
// by two independent processes (the machine's own ceiling for two cores).
// Must never: run inside a Google Benchmark loop (it starts its own threads
// and processes, which must have the cores to themselves).
#pragma once

namespace pystm::bench {

struct ScalingFigures {
  double one_thread = 0;     // transactions per second
  double two_threads = 0;    // both threads together
  double one_process = 0;    // the same work in a child process
  double two_processes = 0;  // two child processes together
  double thread_ratio = 0;   // two_threads / one_thread (median round)
  double process_ratio = 0;  // two_processes / one_process (median round)
  double best_thread_ratio = 0;
  double best_process_ratio = 0;
  // CPU time per transaction (median round), which time slicing by other
  // programs on a shared machine does not inflate: its 1-over-2 ratio is
  // what 2 workers would scale to on 2 otherwise idle cores.
  double one_thread_cpu_us = 0, two_threads_cpu_us = 0;
  double one_process_cpu_us = 0, two_processes_cpu_us = 0;
  int rounds = 0;
};

// Interleaves `rounds` rounds of: 1 thread, 2 threads, 1 child process, 2
// child processes, each running the workload for `seconds`. `self` is this
// program (children run it with --scaling-worker).
ScalingFigures measure_scaling(const char* self, int rounds, double seconds);

// The child's side: builds its data, reports readiness on stdout, waits for
// a byte on stdin, runs for `seconds`, prints its transactions per second
// and its CPU microseconds per transaction.
int scaling_worker_main(double seconds);

}  // namespace pystm::bench
