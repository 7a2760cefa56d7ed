// runtime/vm/thread_turns.cpp — the turn between Python threads (see the
// header). The turn is a ticket lock: tickets are served in the order they
// were drawn, so a thread that gives the turn up at a boundary while others
// wait runs again only after each of them had a turn.
#include "runtime/vm/thread_turns.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <new>

#include "gc/heap.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

std::atomic<bool> g_turns{false};

struct Turn {
  std::mutex mutex;
  std::condition_variable served;  // now_serving advanced
  uint64_t next_ticket = 0;
  uint64_t now_serving = 0;
};
Turn g_turn;

struct Releases {
  std::mutex mutex;
  std::condition_variable changed;
  std::atomic<uint64_t> generation{0};
};
Releases g_releases;

thread_local bool tls_has_turn = false;

void take_turn() {
  if (tls_has_turn) return;
  std::unique_lock<std::mutex> lock(g_turn.mutex);
  uint64_t ticket = g_turn.next_ticket++;
  if (g_turn.now_serving != ticket) {
    // Parked: the turn's holder may collect while this thread waits.
    gc::BlockingScope parked;
    g_turn.served.wait(lock, [&] { return g_turn.now_serving == ticket; });
  }
  tls_has_turn = true;
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

bool others_waiting() {
  std::lock_guard<std::mutex> lock(g_turn.mutex);
  return g_turn.next_ticket - g_turn.now_serving > 1;
}

// With turns on, a transaction that started before this thread had the turn
// read nothing yet, so becoming inevitable cannot find a conflict.
void become_inevitable_with_turn() {
  if (!stm::become_inevitable()) std::abort();
}

}  // namespace

bool threads_take_turns() { return g_turns.load(std::memory_order_acquire); }

void enable_thread_turns() {
  if (threads_take_turns()) return;
  // Each thread keeps a segment of its own (see the header).
  stm::set_segment_limit(64);
  take_turn();
  // The only thread so far: nothing can have conflicted with it.
  become_inevitable_with_turn();
  g_turns.store(true, std::memory_order_release);
}

void begin_turn(uint64_t location) {
  stm::begin(location);
  if (!threads_take_turns()) return;
  take_turn();
  become_inevitable_with_turn();
}

void next_turn(uint64_t location) {
  if (!threads_take_turns()) {
    stm::commit_and_begin(location);
    return;
  }
  stm::commit();  // inevitable: cannot abort
  if (others_waiting()) give_turn();
  begin_turn(location);
}

void end_turn() {
  stm::commit();
  give_turn();
}

void forget_other_threads_after_fork() {
  // The locks may have been held by a thread that is gone: make them anew.
  new (&g_turn.mutex) std::mutex();
  new (&g_turn.served) std::condition_variable();
  new (&g_releases.mutex) std::mutex();
  new (&g_releases.changed) std::condition_variable();
  if (tls_has_turn) g_turn.next_ticket = g_turn.now_serving + 1;
  else g_turn.next_ticket = g_turn.now_serving;
}

uint64_t release_generation() { return g_releases.generation.load(std::memory_order_acquire); }

void notify_release() {
  {
    std::lock_guard<std::mutex> lock(g_releases.mutex);
    g_releases.generation.fetch_add(1, std::memory_order_acq_rel);
  }
  g_releases.changed.notify_all();
}

void wait_for_release(uint64_t seen, std::optional<std::chrono::steady_clock::time_point> deadline) {
  std::unique_lock<std::mutex> lock(g_releases.mutex);
  auto released = [&] { return g_releases.generation.load(std::memory_order_acquire) != seen; };
  if (deadline)
    g_releases.changed.wait_until(lock, *deadline, released);
  else
    g_releases.changed.wait(lock, released);
}

}  // namespace pystm
