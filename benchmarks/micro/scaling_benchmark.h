// benchmarks/micro/scaling_benchmark.h — the scaling figure: throughput of 2
// threads on disjoint data over 1 thread, measured beside the same work done
// by two independent processes (the machine's own ceiling for two cores) and
// beside the same loop without the STM in two threads (the machine's ceiling
// for two threads of one process).
// Must never: run inside a Google Benchmark loop (it starts its own threads
// and processes, which must have the cores to themselves).
#pragma once

namespace pystm::bench {

// One way of running the workload, with 1 and with 2 workers (medians over
// the rounds).
struct ScalingRow {
  double one = 0;        // transactions per second
  double two = 0;        // both workers together
  double ratio = 0;      // two / one (median round)
  double best_ratio = 0;
  // CPU time per transaction, which time slicing by other programs on a
  // shared machine does not inflate: its 1-over-2 ratio is what 2 workers
  // would scale to on 2 otherwise idle cores.
  double one_cpu_us = 0, two_cpu_us = 0;
};

struct ScalingFigures {
  ScalingRow threads;        // transactions, one segment per thread
  ScalingRow plain_threads;  // the same loop without the STM, in threads
  ScalingRow processes;      // transactions, one child process per worker
  // One thread's CPU microseconds per transaction while another thread of
  // the process runs the plain loop, or transactions of its own: what the
  // other thread's STM work costs this one (threads.one_cpu_us is alone).
  double beside_plain_cpu_us = 0, beside_transactions_cpu_us = 0;
  int rounds = 0;
};

// Interleaves `rounds` rounds of the three rows, each with 1 and then 2
// workers running for `seconds`, and of one thread beside the two kinds of
// neighbour. `self` is this program (children run it
// with --scaling-worker).
ScalingFigures measure_scaling(const char* self, int rounds, double seconds);

// The child's side: builds its data, reports readiness on stdout, waits for
// a byte on stdin, runs for `seconds`, prints its transactions per second
// and its CPU microseconds per transaction.
int scaling_worker_main(double seconds);

}  // namespace pystm::bench
