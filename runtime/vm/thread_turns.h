// runtime/vm/thread_turns.h — how Python threads share the interpreter until
// they run as parallel optimistic transactions (issue #7).
// Owns: the turn (a FIFO hand-off between Python threads) and the rule that
// it goes with the only segment while more than one Python thread exists;
// blocking sections that give the turn away.
// Must never: let two threads run Python code at once while turns are on
// (malloc-side runtime tables rely on it), or block while holding the turn.
//
// Until a second thread is started, the main thread's transactions are
// ordinary ones and nothing here costs anything. From the first
// start_new_thread on, the segment limit is one and the turn — a FIFO ticket
// lock — goes with the only segment: a thread takes the turn, then the
// segment, runs transactions, and gives the segment back before it passes
// the turn on. So one thread at a time runs Python code, transactions never
// conflict (no other segment exists), and a thread always comes back to the
// same segment, where every view it held is still valid. At a bytecode
// boundary of the outermost interpreter loop the holder passes the turn to
// the longest-waiting thread once it held it for the switch interval.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>

#include "stm/transaction.h"

namespace pystm {

struct ThreadState;

// True once a second Python thread was started (and for the rest of the run).
bool threads_take_turns();
// Called by the thread that starts the first other thread (it holds the only
// segment, in a transaction): it takes the turn.
void enable_thread_turns();
// The FIFO turn itself. take_turn waits (parked if the thread is registered
// with the collector); a thread gives the turn only while it holds no
// segment. A new thread takes its first turn before it attaches.
void take_turn();
void give_turn();
// A bytecode boundary: commits and begins the next transaction; with turns
// on, a waiting thread may run first. False when the commit aborted (the
// caller drops what it derived from the aborted transaction's state).
bool next_turn(uint64_t location);

// sys.getswitchinterval/setswitchinterval: how long a thread keeps the turn
// while others wait (5 ms by default, as CPython).
double switch_interval();
void set_switch_interval(double seconds);

// pystm.atomic: while the calling thread's depth is above zero, it keeps the
// turn at bytecode boundaries, so no other thread runs inside the block (a
// blocking wait inside it still lets others run).
void enter_atomic();
void leave_atomic();
int atomic_depth();

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

// Runs `wait` — which must not touch the heap — outside the turn: commits,
// gives the segment and the turn up, waits (parked for the collector), takes
// both again and begins a new transaction: the way to sleep or block. With
// one Python thread it just runs `wait` inside the running transaction, made
// inevitable.
template <class Wait>
void wait_outside_turn(Wait&& wait) {
  if (!threads_take_turns()) {
    stm::become_inevitable();
    wait();
    return;
  }
  stm::commit();
  {
    stm::Unattached away;
    give_turn();
    wait();
    take_turn();
  }
  stm::begin(0);
}

// In a child made by fork() (only the forking thread exists, holding the
// turn): the turn's queue and locks forget the threads that did not come
// along, so the turn is never handed to one of them.
void forget_other_threads_after_fork();

// Wakes every thread in wait_for_release (a lock was released).
void notify_release();
// The number a waiter reads before wait_outside_turn and passes to wait_for_release,
// so a release in between is not missed.
uint64_t release_generation();
// Waits until notify_release is called after `seen` was read or `deadline`
// passes (none: no limit). Call inside wait_outside_turn.
void wait_for_release(uint64_t seen, std::optional<std::chrono::steady_clock::time_point> deadline);

}  // namespace pystm
