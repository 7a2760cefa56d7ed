// runtime/vm/thread_turns.cpp — how Python threads share the machine (see
// the header). The turn is a ticket lock: tickets are served in the order they
// were drawn, so a thread that gives the turn up at a boundary while others
// wait runs again only after each of them had a turn.
#include "runtime/vm/thread_turns.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <cstdlib>
#include <cstring>
#include <new>

#include "gc/heap.h"
#include "runtime/vm/wake_word.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

std::atomic<bool> g_turns{false};
std::atomic<bool> g_parallel{false};
thread_local bool tls_release_unpublished = false;

struct Turn {
  std::mutex mutex;
  std::condition_variable served;  // now_serving advanced
  uint64_t next_ticket = 0;
  uint64_t now_serving = 0;
};
Turn g_turn;

// Lock waiters sleep until this word moves: at every release, and when a
// signal arrives (so the main thread's handlers run while it waits).
WakeWord g_releases;

void wake_waiters() { g_releases.bump(); }

thread_local bool tls_has_turn = false;
thread_local std::chrono::steady_clock::time_point tls_turn_start;
// CPython's default switch interval: a turn handed over sooner would spend
// much of its time waking the next thread.
std::atomic<int64_t> g_switch_interval_ns{5'000'000};
thread_local int tls_atomic_depth = 0;

std::atomic<uint64_t> g_handoffs{0}, g_turn_wait_ns{0}, g_lock_waits{0}, g_lock_wait_ns{0};

bool others_waiting() {
  std::lock_guard<std::mutex> lock(g_turn.mutex);
  return g_turn.next_ticket - g_turn.now_serving > 1;
}

}  // namespace

bool threads_take_turns() { return g_turns.load(std::memory_order_acquire); }
bool threads_run_parallel() { return g_parallel.load(std::memory_order_acquire); }

void take_turn() {
  if (tls_has_turn) return;
  std::unique_lock<std::mutex> lock(g_turn.mutex);
  uint64_t ticket = g_turn.next_ticket++;
  if (g_turn.now_serving != ticket) {
    auto start = std::chrono::steady_clock::now();
    {
      // Parked: the turn's holder may collect while this thread waits.
      gc::BlockingScope parked;
      g_turn.served.wait(lock, [&] { return g_turn.now_serving == ticket; });
    }
    g_turn_wait_ns.fetch_add(static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::steady_clock::now() - start).count()),
                             std::memory_order_relaxed);
  }
  tls_has_turn = true;
  tls_turn_start = std::chrono::steady_clock::now();
}

void give_turn() {
  if (!tls_has_turn) return;
  tls_has_turn = false;
  {
    std::lock_guard<std::mutex> lock(g_turn.mutex);
    ++g_turn.now_serving;
  }
  g_turn.served.notify_all();
}

void enable_thread_sharing() {
  if (threads_take_turns() || threads_run_parallel()) return;
  // Parallel is opt-in until a crash in the collector's marking, seen under
  // GC stress (tests/stm/CMakeLists.txt), is found (issue #7).
  const char* mode = std::getenv("PYSTM_THREADS");
  if (mode != nullptr && std::strcmp(mode, "parallel") == 0) {
    g_parallel.store(true, std::memory_order_release);
    return;
  }
  // The turn goes with the only segment (see the header); this thread has it.
  stm::set_segment_limit(1);
  take_turn();
  g_turns.store(true, std::memory_order_release);
}

bool next_turn(uint64_t location) {
  if (!threads_take_turns()) {
    bool committed = stm::commit();
    if (committed) release_notice_after_commit();
    else drop_release_notice();
    stm::begin(location);
    return committed;
  }
  stm::commit();  // the only segment: nothing can conflict
  if (tls_atomic_depth == 0 &&
      std::chrono::steady_clock::now() - tls_turn_start >=
          std::chrono::nanoseconds(g_switch_interval_ns.load(std::memory_order_relaxed)) &&
      others_waiting()) {
    {
      stm::Unattached away;
      give_turn();
      take_turn();
    }
    g_handoffs.fetch_add(1, std::memory_order_relaxed);
  }
  stm::begin(location);
  return true;
}

void commit_before_wait() {
  stm::commit();  // inevitable: it cannot abort
  release_notice_after_commit();
}

double switch_interval() { return static_cast<double>(g_switch_interval_ns.load()) * 1e-9; }
void set_switch_interval(double seconds) { g_switch_interval_ns.store(static_cast<int64_t>(seconds * 1e9)); }

void enter_atomic() { ++tls_atomic_depth; }
void leave_atomic() {
  if (tls_atomic_depth > 0) --tls_atomic_depth;
}
void set_atomic_depth(int depth) { tls_atomic_depth = depth; }
int atomic_depth() { return tls_atomic_depth; }

TurnStats turn_stats() {
  return TurnStats{g_handoffs.load(), g_turn_wait_ns.load(), g_lock_waits.load(), g_lock_wait_ns.load()};
}
void count_lock_wait(uint64_t ns) {
  g_lock_waits.fetch_add(1, std::memory_order_relaxed);
  g_lock_wait_ns.fetch_add(ns, std::memory_order_relaxed);
}

void forget_other_threads_after_fork() {
  // The locks may have been held by a thread that is gone: make them anew.
  new (&g_turn.mutex) std::mutex();
  new (&g_turn.served) std::condition_variable();
  if (tls_has_turn) g_turn.next_ticket = g_turn.now_serving + 1;
  else g_turn.next_ticket = g_turn.now_serving;
}

uint32_t release_generation() { return g_releases.current(); }

void notify_release() {
  if (threads_run_parallel() && stm::in_transaction()) {
    tls_release_unpublished = true;
    return;
  }
  wake_waiters();
}

void release_notice_after_commit() {
  if (!tls_release_unpublished) return;
  tls_release_unpublished = false;
  wake_waiters();
}
void drop_release_notice() { tls_release_unpublished = false; }

void wake_lock_waiters_for_signal() { g_releases.bump(); }

void wait_for_release(uint32_t seen, std::optional<std::chrono::steady_clock::time_point> deadline) {
  while (g_releases.current() == seen && (!deadline || std::chrono::steady_clock::now() < *deadline))
    g_releases.wait(seen, deadline);
}

}  // namespace pystm
