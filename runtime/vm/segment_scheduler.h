// runtime/vm/segment_scheduler.h — which Python threads run when they
// outnumber the segments (parallel threads, the default), and what the STM's
// conflict records teach about it.
// Owns: admission to the segments — a thread holds a slot while it holds a
// segment, at most segment_limit() slots are held, and a thread that held
// one for a slice gives it up at a boundary while others wait; the choice of
// the next thread when a slot frees (threads that recently conflicted with
// the slot holders wait behind the others, for a bounded number of picks);
// the STM conflict hook that feeds it: conflict counts and time lost per
// kind, conflict counts per pair of threads, the pressure that shortens the
// transactions of a thread others keep losing work to, and the pairs of
// TransactionQueue tasks whose transactions conflicted.
// Must never: be entered or left by a thread holding a segment (it may
// wait); touch the heap or take its own lock from the conflict hook.
//
// With threads taking turns (the default) only the conflict hook is used:
// the turn already admits one thread at a time.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <vector>

namespace pystm {

// Called when the first other thread starts: installs the conflict hook;
// in parallel the calling thread (it holds a segment) takes a slot.
void scheduler_start(bool parallel);

// Without a segment: waits (parked) for a slot / gives the slot back and
// admits waiting threads.
void scheduler_enter();
void scheduler_leave();

// At a boundary of the outermost loop, between a commit (or abort) and the
// next begin, in parallel: once the thread held its slot for a slice (the
// switch interval) and others wait, it gives slot and segment to the thread
// chosen next and waits for its own turn.
void scheduler_maybe_yield();

// True (once) when other threads lost work to this thread's transactions
// since the last call: its next transactions should be shorter.
bool scheduler_take_pressure();

// The location word (stm::begin) of the calling thread's transaction that
// just began; while a TransactionQueue task is set, its key is noted with it
// so conflict records can name both tasks.
void scheduler_note_begin(uint64_t location);
// The task the calling thread runs (a nonzero key), or 0 for none.
void scheduler_set_task(uint64_t key);
// Whether transactions of tasks `a` and `b` conflicted (recently enough).
bool scheduler_tasks_conflicted(uint64_t a, uint64_t b);

// Per conflict kind (stm::ConflictKind order: write-write, read-write,
// inevitable, lock): records seen, of which aborts, and the time lost.
struct ConflictKindTotals {
  uint64_t records = 0;
  uint64_t aborts = 0;
  uint64_t time_lost_ns = 0;
};
std::array<ConflictKindTotals, 4> conflict_kind_totals();
// Segment hand-offs the scheduler made (a waiting thread admitted) and how
// many of them passed over a waiter that had conflicted with a slot holder.
struct SchedulerStats {
  uint64_t admissions = 0;
  uint64_t conflict_deferrals = 0;
  uint64_t slot_wait_ns = 0;
};
SchedulerStats scheduler_stats();

// In a child made by fork(): only the calling thread exists.
void scheduler_forget_other_threads_after_fork();

// The choice itself (pure; unit-tested): among `waiters` (oldest first, with
// how often each was passed over), the index of the one to admit. A waiter
// passed over kMaxSkips times goes first; otherwise the one with the fewest
// recent conflicts with `holders`, the oldest among equals.
inline constexpr int kMaxSkips = 2;
struct WaiterView {
  uint64_t thread;
  int skipped;
};
size_t choose_waiter(const std::vector<WaiterView>& waiters, const std::vector<uint64_t>& holders,
                     const std::function<uint64_t(uint64_t, uint64_t)>& recent_conflicts);

}  // namespace pystm
