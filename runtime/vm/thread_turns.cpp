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
#include "runtime/vm/segment_scheduler.h"
#include "runtime/vm/wake_word.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

std::atomic<bool> g_turns{false};
std::atomic<bool> g_parallel{false};
// One bit per wake word: releases the running transaction made.
thread_local uint64_t tls_release_unpublished = 0;

struct Turn {
  std::mutex mutex;
  std::condition_variable served;  // now_serving advanced
  uint64_t next_ticket = 0;
  uint64_t now_serving = 0;
};
Turn g_turn;

// Lock waiters sleep until their lock's word moves: at a release of a lock
// that hashes to it, and when a signal arrives (so the main thread's
// handlers run while it waits). Waking only the waiters of one word keeps a
// busy lock from waking every thread blocked on another.
constexpr size_t kReleaseWords = 64;
WakeWord g_releases[kReleaseWords];

size_t word_of(uint64_t lock) { return static_cast<size_t>((lock >> 4) * 0x9e3779b97f4a7c15ull >> 58); }
static_assert(kReleaseWords == 64, "word_of keeps 6 bits");

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

void take_turn_or_slot() {
  if (threads_take_turns()) take_turn();
  else scheduler_enter();
}
void leave_turn_or_slot() {
  if (threads_take_turns()) give_turn();
  else scheduler_leave();
}

void enable_thread_sharing() {
  if (threads_take_turns() || threads_run_parallel()) return;
  // Parallel unless PYSTM_THREADS=turns asks for one thread at a time.
  const char* mode = std::getenv("PYSTM_THREADS");
  if (mode == nullptr || std::strcmp(mode, "turns") != 0) {
    scheduler_start(true);  // this thread holds a segment: it takes a slot
    g_parallel.store(true, std::memory_order_release);
    return;
  }
  scheduler_start(false);
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
    scheduler_maybe_yield();
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

Status commit_now(ThreadState& ts) {
  if (!stm::in_transaction()) return ok_status();
  PY_TRY(enter_inevitable(ts));
  if (tls_atomic_depth > 0) return ok_status();  // pystm.atomic: the block stays one transaction
  commit_before_wait();
  begin_without_restart_point(0);
  return ok_status();
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
  scheduler_forget_other_threads_after_fork();
}

uint32_t release_generation(uint64_t lock) { return g_releases[word_of(lock)].current(); }

void notify_release(uint64_t lock) {
  if (threads_run_parallel() && stm::in_transaction()) {
    tls_release_unpublished |= uint64_t{1} << word_of(lock);
    return;
  }
  g_releases[word_of(lock)].bump();
}

void release_notice_after_commit() {
  uint64_t words = tls_release_unpublished;
  tls_release_unpublished = 0;
  for (; words != 0; words &= words - 1) g_releases[__builtin_ctzll(words)].bump();
}
void drop_release_notice() { tls_release_unpublished = 0; }

void wake_lock_waiters_for_signal() {
  for (WakeWord& word : g_releases) word.bump();
}

void wait_for_release(uint64_t lock, uint32_t seen, std::optional<std::chrono::steady_clock::time_point> deadline) {
  WakeWord& word = g_releases[word_of(lock)];
  while (word.current() == seen && (!deadline || std::chrono::steady_clock::now() < *deadline))
    word.wait(seen, deadline);
}

}  // namespace pystm
