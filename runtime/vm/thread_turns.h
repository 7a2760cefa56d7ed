// runtime/vm/thread_turns.h — how Python threads share the interpreter until
// they run as parallel optimistic transactions (issue #7).
// Owns: the turn (a FIFO hand-off between Python threads), the rule that a
// transaction of the interpreter runs inevitable while more than one Python
// thread exists, and blocking sections that give the turn away.
// Must never: let two threads run Python code at once while turns are on
// (malloc-side runtime tables rely on it), or block while holding the turn.
//
// Until a second thread is started, the main thread's transactions are
// ordinary (optimistic) ones and nothing here costs anything. From the first
// start_new_thread on, each interpreter transaction holds the turn and is
// inevitable, so it never aborts and an abort never has to rewind the C++
// stack; at each bytecode boundary of the outermost interpreter loop the
// holder passes the turn to the longest-waiting thread, like CPython's
// switch interval. Every thread then also gets a segment of its own (up to
// 64), so a thread never changes segment under C++ code holding views.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>

#include "gc/heap.h"
#include "runtime/core/result.h"
#include "stm/transaction.h"

namespace pystm {

struct ThreadState;

// True once a second Python thread was started (and for the rest of the run).
bool threads_take_turns();
// Called by the thread that starts the first other thread: its running
// transaction becomes inevitable and it takes the turn.
void enable_thread_turns();
// Begins an interpreter transaction: with turns on, waits (parked, holding
// its segment) for the turn, then becomes inevitable.
void begin_turn(uint64_t location);
// A bytecode boundary: commits and begins the next transaction; with turns
// on, a waiting thread runs first.
void next_turn(uint64_t location);
// Commits the running transaction and gives the turn back (the thread stops
// running Python). end_turn then begin_turn brackets a blocking wait.
void end_turn();

// Runs `wait` — which must not touch the heap — after ending the turn, then
// begins a new interpreter transaction: the way to sleep or block. The thread
// keeps its segment (views held by C++ callers stay valid) and is parked for
// the collector meanwhile. With one Python thread it just runs `wait` inside
// the running transaction, made inevitable.
template <class Wait>
void wait_outside_turn(Wait&& wait) {
  if (!threads_take_turns()) {
    stm::become_inevitable();
    wait();
    return;
  }
  end_turn();
  {
    gc::BlockingScope parked;
    wait();
  }
  begin_turn(0);
}

// In a child made by fork() (only the forking thread exists, holding the
// turn): the turn's queue and locks forget the threads that did not come
// along, so the turn is never handed to one of them.
void forget_other_threads_after_fork();

// Wakes every thread in wait_for_release (a lock was released).
void notify_release();
// The number a waiter reads before end_turn and passes to wait_for_release,
// so a release in between is not missed.
uint64_t release_generation();
// Waits until notify_release is called after `seen` was read or `deadline`
// passes (none: no limit). Call inside wait_outside_turn.
void wait_for_release(uint64_t seen, std::optional<std::chrono::steady_clock::time_point> deadline);

}  // namespace pystm
