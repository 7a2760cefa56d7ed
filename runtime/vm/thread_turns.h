// runtime/vm/thread_turns.h — how Python threads share the machine: in
// parallel, each running optimistic transactions in its own segment (the
// default), or, with PYSTM_THREADS=turns, taking turns on one segment.
// Owns: the choice between the two, made when the first other thread starts;
// the turn (a FIFO hand-off between Python threads) and the rule that it
// goes with the only segment; blocking sections, which leave the turn or the
// segment while they wait; waking threads that wait for a lock's release.
// Must never: let two threads run Python code at once while turns are on,
// or block while holding the turn or a segment.
//
// Until a second thread is started, the main thread's transactions are
// ordinary ones and nothing here costs anything.
//
// Parallel (the default): each thread holds a segment and its transactions
// begin and end at bytecode boundaries; an abort restarts a transaction at
// the boundary where it began (runtime/vm/transaction_restart.h).
//
// Turns (PYSTM_THREADS=turns): the segment limit is one and the turn — a FIFO ticket lock — goes
// with the only segment: a thread takes the turn, then the segment, runs
// transactions, and gives the segment back before it passes the turn on. So
// one thread at a time runs Python code, transactions never conflict, and a
// thread always comes back to the same segment, where every view it held is
// still valid. At a bytecode boundary of the outermost interpreter loop the
// holder passes the turn to the longest-waiting thread once it held it for
// the switch interval.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>

#include "runtime/core/result.h"
#include "runtime/vm/transaction_restart.h"
#include "stm/transaction.h"

namespace pystm {

struct ThreadState;

// True once a second Python thread was started (and for the rest of the run)
// and threads take turns; threads_run_parallel: and they run in parallel.
bool threads_take_turns();
bool threads_run_parallel();
// Called by the thread that starts the first other thread, in an inevitable
// transaction: chooses the way threads share the machine (parallel, or
// turns with PYSTM_THREADS=turns); with turns, this thread takes the turn.
void enable_thread_sharing();
// The FIFO turn itself. take_turn waits (parked if the thread is registered
// with the collector); a thread gives the turn only while it holds no
// segment. A new thread takes its first turn before it attaches.
void take_turn();
void give_turn();
// A thread without a segment: the turn when threads take turns, else a
// segment slot of the scheduler (runtime/vm/segment_scheduler.h).
void take_turn_or_slot();
void leave_turn_or_slot();
// A bytecode boundary: commits and begins the next transaction; with turns
// on, a waiting thread may run first. False when the commit aborted (the
// caller restarts; see transaction_restart.h).
bool next_turn(uint64_t location);

// sys.getswitchinterval/setswitchinterval: how long a thread keeps the turn
// while others wait (5 ms by default, as CPython).
double switch_interval();
void set_switch_interval(double seconds);

// pystm.atomic: while the calling thread's depth is above zero, boundaries do
// not end its transaction (in parallel), or it keeps the
// turn at bytecode boundaries, so no other thread runs inside the block (a
// blocking wait inside it still lets others run).
void enter_atomic();
void leave_atomic();
int atomic_depth();
// A restart puts the depth back to what it was at the restart point.
void set_atomic_depth(int depth);

// How the turn was shared since the start: hand-offs at boundaries, and the
// time threads spent waiting for it or for a released lock.
struct TurnStats {
  uint64_t handoffs = 0;
  uint64_t turn_wait_ns = 0;
  uint64_t lock_waits = 0;
  uint64_t lock_wait_ns = 0;
};
TurnStats turn_stats();
// Counts a wait for a lock (the caller measured it).
void count_lock_wait(uint64_t ns);

// Runs `wait` — which must not touch the heap — outside the turn and the
// segment: makes the transaction inevitable and commits it, gives the segment
// (and the turn) up, waits (parked for the collector), takes them again and
// begins a new transaction (inevitable in parallel: it has no restart point).
// The way to sleep or block. With one Python thread it just runs `wait`
// inside the running transaction, made inevitable. An error when the
// transaction aborted before the wait (nothing waited; a restart is pending).
// Commits the (inevitable) transaction before a wait and wakes the threads
// waiting for a lock it released.
void commit_before_wait();
template <class Wait>
Status wait_outside_turn(ThreadState& ts, Wait&& wait) {
  PY_TRY(enter_inevitable(ts));
  bool turns = threads_take_turns();
  if (!turns && !threads_run_parallel()) {
    wait();
    return ok_status();
  }
  commit_before_wait();
  {
    stm::Unattached away;
    leave_turn_or_slot();
    wait();
    take_turn_or_slot();
  }
  begin_without_restart_point(0);
  return ok_status();
}

// Ends the running transaction here, in any mode (inevitable first, so its
// commit cannot fail), and begins the next (inevitable in parallel); inside
// pystm.atomic it only makes the transaction inevitable. An error when it
// aborted first (a restart is pending).
Status commit_now(ThreadState& ts);

// In a child made by fork() (only the forking thread exists, holding the
// turn): the turn's queue and locks forget the threads that did not come
// along, so the turn is never handed to one of them.
void forget_other_threads_after_fork();

// Wakes the threads in wait_for_release for `lock` (a lock was released;
// the key is the lock object's address: waiters of locks whose keys share a
// wake word wake too and look again). In parallel the release is not visible
// before the transaction commits: the wake-up is held until then (and
// dropped if it aborts).
void notify_release(uint64_t lock);
void release_notice_after_commit();
void drop_release_notice();
// The number a waiter reads before wait_outside_turn and passes to
// wait_for_release, so a release in between is not missed.
uint32_t release_generation(uint64_t lock);
// Waits until notify_release(lock) (or wake_lock_waiters_for_signal) is
// called after `seen` was read or `deadline` passes (none: no limit). Call
// inside wait_outside_turn.
void wait_for_release(uint64_t lock, uint32_t seen, std::optional<std::chrono::steady_clock::time_point> deadline);
// A signal arrived: every lock waiter looks again, so the main thread runs
// the Python handlers (KeyboardInterrupt) while it waits. Async-signal-safe.
void wake_lock_waiters_for_signal();

}  // namespace pystm
