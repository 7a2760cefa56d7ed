// runtime/vm/segment_scheduler.cpp — see segment_scheduler.h.
//
// Conflict counts live in oneTBB concurrent hash maps: the STM's hook adds
// to them on every victim's thread at once, and the admission code reads
// them, with no lock of ours held by the hook. Per-thread tables (pressure,
// the recent task of each transaction) are small arrays indexed by the STM
// thread id modulo their size: a collision only blurs a hint.
#include "runtime/vm/segment_scheduler.h"

#include <oneapi/tbb/concurrent_hash_map.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <new>

#include "gc/heap.h"
#include "runtime/vm/thread_turns.h"
#include "stm/conflict.h"
#include "stm/transaction.h"

namespace pystm {

namespace {

using Clock = std::chrono::steady_clock;

uint64_t now_ns() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count());
}

// --- Conflict records ----------------------------------------------------------

struct KindCounters {
  std::atomic<uint64_t> records{0}, aborts{0}, time_lost_ns{0};
};
KindCounters g_kinds[4];

// A conflict between two threads counts for this long, one between two
// tasks (which run for a whole queue run) longer: the scheduler cares about
// what conflicts now, not what conflicted once.
constexpr uint64_t kRecentThreadsNs = 200'000'000;
constexpr uint64_t kRecentTasksNs = 2'000'000'000;

struct PairCount {
  uint64_t count = 0;
  uint64_t last_ns = 0;
};
using PairMap = tbb::concurrent_hash_map<uint64_t, PairCount>;
PairMap g_thread_pairs;  // key: the two thread ids, smaller first
PairMap g_task_pairs;    // key: a hash of the two task keys, smaller first

uint64_t pair_key(uint64_t a, uint64_t b) {
  if (a > b) std::swap(a, b);
  // Thread ids are small; task keys are object addresses (16-byte aligned).
  uint64_t h = a * 0x9e3779b97f4a7c15ull;
  return (h ^ (h >> 29)) + b * 0xbf58476d1ce4e5b9ull;
}

void count_pair(PairMap& map, uint64_t recent_ns, uint64_t a, uint64_t b) {
  PairMap::accessor acc;
  map.insert(acc, pair_key(a, b));
  uint64_t now = now_ns();
  // An old entry starts again: "recent" is what the count means.
  if (now - acc->second.last_ns > recent_ns) acc->second.count = 0;
  ++acc->second.count;
  acc->second.last_ns = now;
}

uint64_t recent_count(const PairMap& map, uint64_t recent_ns, uint64_t a, uint64_t b) {
  PairMap::const_accessor acc;
  if (!map.find(acc, pair_key(a, b))) return 0;
  return now_ns() - acc->second.last_ns > recent_ns ? 0 : acc->second.count;
}

constexpr size_t kThreadSlots = 256;
constexpr size_t kRing = 64;

// Work other threads lost to a thread's commits since it last looked.
std::atomic<uint32_t> g_pressure[kThreadSlots];

// The task of each of a thread's recent transactions, by location word. The
// owner writes; victims of its commits read.
struct TaskRing {
  std::atomic<uint64_t> location[kRing];
  std::atomic<uint64_t> key[kRing];
  uint64_t next = 0;  // owner only
};
TaskRing g_rings[kThreadSlots];

thread_local uint64_t tls_task = 0;
thread_local uint64_t tls_location = 0;

uint64_t task_of(uint64_t thread, uint64_t location) {
  if (thread == 0 || location == 0) return 0;
  TaskRing& ring = g_rings[thread % kThreadSlots];
  for (size_t i = 0; i < kRing; ++i)
    if (ring.location[i].load(std::memory_order_acquire) == location) return ring.key[i].load(std::memory_order_relaxed);
  return 0;
}

void note_task(uint64_t location, uint64_t key) {
  if (location == 0) return;
  TaskRing& ring = g_rings[stm::thread_id() % kThreadSlots];
  size_t i = ring.next++ % kRing;
  ring.location[i].store(0, std::memory_order_relaxed);
  ring.key[i].store(key, std::memory_order_relaxed);
  ring.location[i].store(location, std::memory_order_release);
}

// The STM's hook: on the victim's thread, no STM lock held.
void on_conflict(const stm::ConflictRecord& r, void*) {
  KindCounters& k = g_kinds[static_cast<size_t>(r.kind) & 3];
  k.records.fetch_add(1, std::memory_order_relaxed);
  if (r.aborted) k.aborts.fetch_add(1, std::memory_order_relaxed);
  k.time_lost_ns.fetch_add(r.time_lost_ns, std::memory_order_relaxed);
  if (!r.aborted || r.other_thread == 0 || r.other_thread == r.victim_thread) return;
  count_pair(g_thread_pairs, kRecentThreadsNs, r.victim_thread, r.other_thread);
  g_pressure[r.other_thread % kThreadSlots].fetch_add(1, std::memory_order_relaxed);
  uint64_t mine = task_of(r.victim_thread, r.victim_location);
  uint64_t theirs = task_of(r.other_thread, r.other_location);
  if (mine != 0 && theirs != 0) count_pair(g_task_pairs, kRecentTasksNs, mine, theirs);
}

// --- Admission -------------------------------------------------------------------

struct Waiter {
  uint64_t thread;
  int skipped = 0;
  bool admitted = false;
};

struct Slots {
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<uint64_t> holders;
  std::vector<Waiter*> waiters;  // oldest first
  std::atomic<int> waiting{0};
};
Slots g_slots;
std::atomic<bool> g_parallel{false};
thread_local Clock::time_point tls_slot_start;
thread_local bool tls_holds_slot = false;
std::atomic<uint64_t> g_admissions{0}, g_deferrals{0}, g_slot_wait_ns{0};

size_t slot_count() { return static_cast<size_t>(stm::segment_limit()); }

// Gives free slots to waiters, best first. Called with the mutex held.
void admit_locked() {
  size_t limit = slot_count();
  while (!g_slots.waiters.empty() && g_slots.holders.size() < limit) {
    std::vector<WaiterView> views;
    views.reserve(g_slots.waiters.size());
    for (Waiter* w : g_slots.waiters) views.push_back({w->thread, w->skipped});
    size_t pick = choose_waiter(views, g_slots.holders, [](uint64_t a, uint64_t b) {
      return recent_count(g_thread_pairs, kRecentThreadsNs, a, b);
    });
    if (pick > 0) g_deferrals.fetch_add(1, std::memory_order_relaxed);
    for (size_t i = 0; i < pick; ++i) ++g_slots.waiters[i]->skipped;
    Waiter* w = g_slots.waiters[pick];
    g_slots.waiters.erase(g_slots.waiters.begin() + static_cast<std::ptrdiff_t>(pick));
    g_slots.waiting.fetch_sub(1, std::memory_order_relaxed);
    w->admitted = true;
    g_slots.holders.push_back(w->thread);
    g_admissions.fetch_add(1, std::memory_order_relaxed);
  }
}

}  // namespace

size_t choose_waiter(const std::vector<WaiterView>& waiters, const std::vector<uint64_t>& holders,
                     const std::function<uint64_t(uint64_t, uint64_t)>& recent_conflicts) {
  size_t best = 0;
  uint64_t best_score = UINT64_MAX;
  for (size_t i = 0; i < waiters.size(); ++i) {
    if (waiters[i].skipped >= kMaxSkips) return i;
    uint64_t score = 0;
    for (uint64_t h : holders) score += recent_conflicts(waiters[i].thread, h);
    if (score < best_score) {
      best = i;
      best_score = score;
    }
  }
  return best;
}

void scheduler_start(bool parallel) {
  static std::once_flag hook_once;
  std::call_once(hook_once, [] { stm::add_conflict_hook(on_conflict, nullptr); });
  if (!parallel) return;
  g_parallel.store(true, std::memory_order_release);
  std::lock_guard<std::mutex> lock(g_slots.mutex);
  g_slots.holders.push_back(stm::thread_id());
  tls_holds_slot = true;
  tls_slot_start = Clock::now();
}

void scheduler_enter() {
  if (!g_parallel.load(std::memory_order_acquire) || tls_holds_slot) return;
  uint64_t me = stm::thread_id();
  std::unique_lock<std::mutex> lock(g_slots.mutex);
  if (g_slots.waiters.empty() && g_slots.holders.size() < slot_count()) {
    g_slots.holders.push_back(me);
  } else {
    Waiter w{me};
    g_slots.waiters.push_back(&w);
    g_slots.waiting.fetch_add(1, std::memory_order_relaxed);
    Clock::time_point start = Clock::now();
    lock.unlock();
    {
      // Parked: a slot holder may collect meanwhile. The lock is let go
      // before the scope ends, which waits for a running collection.
      gc::BlockingScope parked;
      std::unique_lock<std::mutex> relock(g_slots.mutex);
      g_slots.changed.wait(relock, [&] { return w.admitted; });
    }
    g_slot_wait_ns.fetch_add(static_cast<uint64_t>(
                                 std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count()),
                             std::memory_order_relaxed);
  }
  tls_holds_slot = true;
  tls_slot_start = Clock::now();
}

void scheduler_leave() {
  if (!tls_holds_slot) return;
  tls_holds_slot = false;
  uint64_t me = stm::thread_id();
  {
    std::lock_guard<std::mutex> lock(g_slots.mutex);
    auto it = std::find(g_slots.holders.begin(), g_slots.holders.end(), me);
    if (it != g_slots.holders.end()) g_slots.holders.erase(it);
    admit_locked();
  }
  g_slots.changed.notify_all();
}

void scheduler_maybe_yield() {
  if (g_slots.waiting.load(std::memory_order_relaxed) == 0 || !tls_holds_slot || atomic_depth() > 0) return;
  if (Clock::now() - tls_slot_start < std::chrono::duration<double>(switch_interval())) return;
  stm::Unattached away;
  scheduler_leave();
  scheduler_enter();
}

bool scheduler_take_pressure() {
  std::atomic<uint32_t>& p = g_pressure[stm::thread_id() % kThreadSlots];
  if (p.load(std::memory_order_relaxed) == 0) return false;
  p.store(0, std::memory_order_relaxed);
  return true;
}

void scheduler_note_begin(uint64_t location) {
  tls_location = location;
  if (tls_task != 0) note_task(location, tls_task);
}

void scheduler_set_task(uint64_t key) {
  tls_task = key;
  // The running transaction began before the task was known.
  if (key != 0) note_task(tls_location, key);
}

bool scheduler_tasks_conflicted(uint64_t a, uint64_t b) { return recent_count(g_task_pairs, kRecentTasksNs, a, b) > 0; }

std::array<ConflictKindTotals, 4> conflict_kind_totals() {
  std::array<ConflictKindTotals, 4> out;
  for (size_t i = 0; i < 4; ++i)
    out[i] = {g_kinds[i].records.load(), g_kinds[i].aborts.load(), g_kinds[i].time_lost_ns.load()};
  return out;
}

SchedulerStats scheduler_stats() { return {g_admissions.load(), g_deferrals.load(), g_slot_wait_ns.load()}; }

void scheduler_forget_other_threads_after_fork() {
  new (&g_slots.mutex) std::mutex();
  new (&g_slots.changed) std::condition_variable();
  g_slots.waiters.clear();
  g_slots.waiting.store(0);
  g_slots.holders.clear();
  if (tls_holds_slot) g_slots.holders.push_back(stm::thread_id());
}

}  // namespace pystm
