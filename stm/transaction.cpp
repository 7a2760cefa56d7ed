// stm/transaction.cpp — begin, validation, commit, abort, inevitable mode,
// transactional allocation, attach and detach, over multiple segments.
// Must never: abort an inevitable transaction; change a running
// transaction's view except at its own validation points (begin, commit,
// become_inevitable, validate); change canonical bytes of an object on a page
// some segment shares before privatizing the page there; hold the commit lock
// while a conflict hook runs.
//
// The commit lock (g_commit_mutex) orders commits: it guards the commit log,
// the canonical copy's published bytes and g_inevitable. Lock order: commit
// lock, then the segment registry lock, then the in-place lock
// (stm/in_place_writes.cpp), then the page-sharing lock. The
// collector never takes the commit lock (a thread may park holding it).
#include "stm/transaction.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "gc/finalization.h"
#include "stm/changed_bytes.h"
#include "stm/commit_lock.h"
#include "stm/commit_log.h"
#include "stm/conflict.h"
#include "stm/in_place_writes.h"
#include "stm/page_sharing.h"
#include "stm/segment.h"
#include "stm/stale_units.h"

namespace pystm::stm {

namespace {
using Clock = std::chrono::steady_clock;

// What every commit touches, packed from one cache-line boundary: those lines
// move from core to core with the commits, and each one more is a miss per
// commit. The commit lock, the newest revision and the log's header (its
// entries lock first, the newest entry's units last) share the first line.
// The inevitable transaction, read by every commit but rarely written, lies
// beyond it: a line only read stays in every core's cache.
struct alignas(64) CommitState {
  CommitLock lock;
  std::atomic<uint64_t> newest_revision{0};
  CommitLog log;
  Segment* inevitable = nullptr;
};
CommitState g_commit;
CommitLock& g_commit_mutex = g_commit.lock;
CommitLog& g_log = g_commit.log;
Segment*& g_inevitable = g_commit.inevitable;
std::atomic<uint64_t>& g_newest_revision = g_commit.newest_revision;
std::condition_variable_any g_inevitable_released;
std::atomic<int> g_aborts_before_inevitable{4};
// The log is trimmed (and idle segments caught up) when it has this many
// entries, not at every commit: that walk takes the segment registry lock.
constexpr size_t kTrimEvery = 32;

std::once_flag g_hooks_once;

// The collector may reuse the cells of dead logged objects: forget them. Runs
// with the world stopped; must not take the commit lock (a parked thread
// may hold it).
void drop_dead_logged_objects(void*) {
  std::lock_guard<CommitLock> entries_lock(g_log.entries_lock());
  g_log.drop_dead([](const gc::ObjectHeader* o) { return gc::is_marked(o); });
}

// Roots: logged old bytes may be all that references an object in a
// segment's view until it has imported the unit (or moved past the entry).
// The logged object itself is not one: if nothing else reaches it, no view
// does, and the sweep drops it from the log before its cell is reused.
// Only entries after the oldest revision of a held segment count: a segment
// nobody holds never rolls a unit back (it shares again what commits since
// its revision changed, when it is taken).
void visit_logged_old_bytes(gc::Visitor& visitor, void*) {
  uint64_t oldest = UINT64_MAX;
  for_each_segment([&](Segment& s) {
    if (s.acquired) oldest = std::min(oldest, s.revision.load(std::memory_order_relaxed));
  });
  std::lock_guard<CommitLock> entries_lock(g_log.entries_lock());
  g_log.for_each_after(oldest, [&](const CommitEntry& e) {
    for (const LoggedObject& o : e.objects()) {
      if (o.old_bytes == nullptr) continue;
      visitor.visit_range(static_cast<const void* const*>(o.old_bytes), o.size / sizeof(void*));
    }
  });
}

thread_local int tls_attachments = 0;
thread_local Segment* tls_last_segment = nullptr;

[[noreturn]] void fatal(const char* message) {
  std::fprintf(stderr, "pystm: %s\n", message);
  std::abort();
}

uint64_t bit_of(const Segment& s) { return uint64_t{1} << (s.index - 1); }

uint64_t elapsed_ns(Clock::time_point since) {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - since).count());
}

// Whether segment s cannot have seen any object of entry e while running
// from revision `since`: every unit they lie on has been stale there since
// then (stm/page_sharing.h, stale_since). Validation then skips the entry
// without reading its objects: the usual case for threads on disjoint data,
// whose units go stale in each other's segments.
bool unseen_by(const Segment& s, const CommitEntry& e, uint64_t since) {
  return g_log.every_unit(e, [&](uint32_t unit) { return stale_since(s.index, unit, since); });
}

// How a segment's private units catch up with commits after its revision.
enum class Apply {
  kCopy,  // copy each committed object's canonical bytes into the unit
  // Lazy invalidation: drop the unit's private copy (it shares the canonical
  // bytes again) instead. Only for a segment whose view may change wholesale:
  // no running transaction, no unpublished work (idle, or just acquired).
  kShareAgain,
};

// Brings the segment's view to the newest revision: shared units already
// show it; private units holding an object committed since get it copied in,
// or are shared again.
void apply_log_locked(Segment& s, Apply how = Apply::kCopy) {
  g_log.for_each_after(s.revision.load(std::memory_order_relaxed), [&](const CommitEntry& e) {
    if (unseen_by(s, e, UINT64_MAX)) return;  // stale units are not private: nothing to copy
    for (const LoggedObject& o : e.objects()) {
      if (how == Apply::kCopy)
        copy_to_segment(s.index, o.object, o.size);
      else
        share_again(s.index, o.object, o.size);
    }
  });
  s.revision.store(g_log.newest_revision(), std::memory_order_relaxed);
}

// Brings the segment's view to revision `newest` without the commit lock, if
// that is the one commit after its revision and the segment cannot have seen
// it: every unit it lies on has been stale here since `since` (no later than
// the running transaction's start, or any time when none runs). Applying it
// under the lock would then copy nothing, and validating against it find no
// conflict. That is the usual case for threads on disjoint data, which would
// otherwise take the lock at every begin for nothing. The answer cannot
// change while it is read: only this thread makes a unit stale here fresh
// again (it imports it), and commits only add stale units.
bool skip_unseen_newest(Segment& s, uint64_t newest, uint64_t since) {
  if (newest != s.revision.load(std::memory_order_relaxed) + 1) return false;
  if (!g_log.every_newest_unit_unlocked(newest, [&](uint32_t unit) { return stale_since(s.index, unit, since); }))
    return false;
  s.revision.store(newest, std::memory_order_relaxed);
  return true;
}

// Whether the running transaction read what the logged write changed: the
// whole object (its header's marker; writes mark it too) or, for a kind that
// publishes its changed bytes, one of the changed granules.
bool read_what_changed(const Segment& s, const LoggedObject& o) {
  if (s.read_marked(o.object)) return true;
  if (!o.bytes_tracked) return false;
  auto base = reinterpret_cast<uintptr_t>(o.object);
  for (uint32_t offset = o.changed_begin; offset < o.changed_end; offset += 16)
    if (s.read_marked(reinterpret_cast<const void*>(base + offset))) return true;
  return false;
}

// The first object written by a commit after the segment's revision that the
// running transaction has read (or written), if any.
bool find_conflict_locked(Segment& s, ConflictRecord* record) {
  bool found = false;
  g_log.for_each_after(s.revision.load(std::memory_order_relaxed), [&](const CommitEntry& e) {
    if (found || unseen_by(s, e, s.began_at)) return;
    for (const LoggedObject& o : e.objects()) {
      if (!o.written || !read_what_changed(s, o)) continue;
      // A unit stale here was not written here (a write would have imported
      // it), and looking at its flags would import it for nothing.
      bool written_here = !(stale_mask_of(o.object, o.size) & bit_of(s)) &&
                          !(s.local(o.object)->flags.load(std::memory_order_relaxed) & kWriteBarrierFlag);
      *record = ConflictRecord{written_here ? ConflictKind::kWriteWrite : ConflictKind::kReadWrite,
                               true, o.object, s.thread, e.thread(), s.location, e.location(), 0};
      found = true;
      return;
    }
  });
  return found;
}

void forget_transaction(Segment& s) {
  s.undo.clear();
  s.in_place_writes.clear();  // published or restored: the canonical bytes are committed ones
  s.new_objects.clear();
  s.new_finalizable.clear();  // after an abort, those objects never existed
  s.in_transaction = false;
}

// Restores the write set, drops the new objects and brings the view to the
// newest revision.
void abort_locked(Segment& s) {
  s.undo.restore_all(s.base_delta);  // backups carry the flag
  forget_transaction(s);
  apply_log_locked(s);
}

// After validation found `record`'s conflict: abort, let go of the commit
// lock, count the abort and report it.
void abort_for_conflict(Segment& s, std::unique_lock<CommitLock>& lock, ConflictRecord& record) {
  abort_locked(s);
  lock.unlock();
  ++s.consecutive_aborts;
  s.bump(s.aborts);
  if (has_conflict_hooks()) {
    record.time_lost_ns = s.began == Clock::time_point{} ? 0 : elapsed_ns(s.began);
    report_conflict(record);
  }
}

// Makes the segment's writes and new objects the newest revision: in other
// segments in use, a written unit they share becomes stale and the log keeps
// the object's old bytes for them (stm/page_sharing.h), then the canonical
// copy takes the new bytes. A segment no thread holds needs no old bytes (it
// catches up before anyone uses it), so its units are left alone.
void publish_locked(Segment& s) {
  uint64_t running = acquired_segments() & ~bit_of(s);
  uint64_t others = existing_segments() & ~bit_of(s);
  // New objects on units that went stale here since they were made (another
  // object there was committed) are read below under locks the fault
  // handler takes: import those units first. Nothing goes stale while the
  // commit lock is held. (Written objects' units were imported by the write.)
  for (gc::ObjectHeader* o : s.new_objects) import_stale_range(s, o, gc::object_size(o));
  std::lock_guard<CommitLock> entries_lock(g_log.entries_lock());
  CommitEntry* entry = nullptr;
  // Old bytes: a small transaction's entry keeps the backups themselves,
  // their chunks traded below for the chunk the entry reuses (none while
  // the first entries of the segment fill the pool of reused ones). A large
  // transaction's entry copies those it keeps, and so does a small one's
  // with nothing to give back while a running segment lags behind and the
  // log grows: trading then would make each commit's next transaction take
  // a new chunk for its backups, 64 KiB per commit for as long as the lag
  // lasts.
  bool keep_backups = false;
  auto log = [&](gc::ObjectHeader* o, size_t size, bool written, UnitSpan units) -> LoggedObject& {
    if (entry == nullptr) {
      entry = &g_log.append(s.index, s.thread, s.location);
      keep_backups = !s.undo.backups_span_chunks() &&
                     (s.undo.can_trade_backups(entry->old_bytes()) || g_log.reuses_entries_of(s.index));
    }
    entry->note_units(units.first, units.last);
    entry->objects().push_back({o, static_cast<uint32_t>(size), written});
    return entry->objects().back();
  };
  // keep_old_bytes_in's answer for the last unit asked about: the same for
  // every object on that unit in this commit (nothing else makes units stale
  // while the commit lock is held; an import that makes one private
  // meanwhile only makes a logged copy unneeded).
  uint32_t asked_unit = UINT32_MAX;
  bool asked_keep = false;
  auto must_keep_old_bytes = [&](const UndoEntry& u, UnitSpan units) {
    if (running == 0) return false;
    bool one_unit = units.first == units.last;
    if (one_unit && units.first == asked_unit) return asked_keep;
    bool keep = keep_old_bytes_in(running, u.object, u.size, entry->revision);
    if (one_unit) {
      asked_unit = units.first;
      asked_keep = keep;
    }
    return keep;
  };
  bool kept_backups = false;
  for (const UndoEntry& u : s.undo.entries()) {
    gc::ObjectHeader* local = s.local(u.object);
    set_flag_in_own_view(local, kWriteBarrierFlag);
    UnitSpan units = units_of(u.object, u.size);
    LoggedObject& logged = log(u.object, u.size, true, units);
    // Old bytes: the backup, or while there is none the canonical bytes the
    // copy below replaces (a write without backup is never made in place).
    if (must_keep_old_bytes(u, units)) {
      const void* old = u.backup != nullptr ? u.backup : static_cast<const void*>(u.object);
      if (keep_backups) {
        // A copy made here goes with the backups' chunks.
        logged.old_bytes = u.backup != nullptr ? u.backup : s.undo.copy_into_backups(old, u.size);
        kept_backups = true;
      } else {
        logged.old_bytes = entry->old_bytes().copy(old, u.size);
      }
    }
    copy_from_segment(s.index, u.object, u.size);
    if (publishes_changed_bytes(local)) {
      logged.bytes_tracked = true;
      logged.changed_end = static_cast<uint32_t>(u.size);  // no backup (inevitable): any byte may have changed
      if (u.backup != nullptr)
        changed_range(u.backup, local, u.size, &logged.changed_begin, &logged.changed_end);
    }
  }
  if (kept_backups) s.undo.trade_backups(entry->old_bytes());
  // A new object is logged only for the segments that hold its page
  // privately; no segment may copy the page between that look at the mask
  // and the object's final bytes (it would keep a half-published copy).
  std::unique_lock<std::mutex> sharing;
  if (!s.new_objects.empty()) sharing = hold_page_sharing();
  for (gc::ObjectHeader* o : s.new_objects) {
    size_t size = gc::object_size(o);
    set_flag_in_own_view(s.local(o), kWriteBarrierFlag);
    uint64_t mask = private_mask_of(o, size);
    if (mask & bit_of(s)) copy_from_segment(s.index, o, size);
    if (mask & others) log(o, size, false, units_of(o, size));
  }
  if (entry != nullptr) {
    g_log.finish_newest();
    g_newest_revision.store(g_log.newest_revision(), std::memory_order_release);
  }
  s.revision.store(g_log.newest_revision(), std::memory_order_relaxed);
}

// After publish_locked, outside the entries lock (the collector's registry
// has its own lock).
void register_new_finalizable(Segment& s) {
  for (gc::ObjectHeader* o : s.new_finalizable) gc::register_finalizable(o);
  s.new_finalizable.clear();
}

// Idle segments are kept at the newest revision, so only running
// transactions hold the log's tail; then the applied prefix is dropped. An
// idle segment runs nothing: its stale private units are shared again
// rather than copied into.
void catch_up_and_trim_locked() {
  uint64_t oldest = g_log.newest_revision();
  for_each_segment([&](Segment& s) {
    if (!s.acquired) apply_log_locked(s, Apply::kShareAgain);
    oldest = std::min(oldest, s.revision.load(std::memory_order_relaxed));
  });
  std::lock_guard<CommitLock> entries_lock(g_log.entries_lock());
  g_log.trim(oldest);
}

// Waits (parked for the collector) while another transaction is inevitable.
void wait_for_inevitable_locked(Segment& s, std::unique_lock<CommitLock>& lock) {
  if (g_inevitable == nullptr || g_inevitable == &s) return;
  Clock::time_point start = Clock::now();
  Segment* other = g_inevitable;
  ConflictRecord record{ConflictKind::kInevitable, false, nullptr, s.thread, other->thread, s.location,
                        other->location, 0};
  while (g_inevitable != nullptr && g_inevitable != &s) {
    {
      // Parked while waiting. The lock is let go before the scope ends:
      // leaving it waits for a running collection, and meanwhile nobody may
      // be kept waiting for the commit lock (a thread spinning on it is not
      // parked, so the collection would wait for it forever).
      gc::BlockingScope parked;
      g_inevitable_released.wait(lock);
      lock.unlock();
    }
    lock.lock();
  }
  if (has_conflict_hooks()) {
    record.time_lost_ns = elapsed_ns(start);
    lock.unlock();
    report_conflict(record);
    lock.lock();
    // The lock was let go: another transaction may have become inevitable.
    wait_for_inevitable_locked(s, lock);
  }
}

void release_inevitable_locked(Segment& s) {
  if (!s.inevitable) return;
  s.inevitable = false;
  g_inevitable = nullptr;
  g_inevitable_released.notify_all();
}

Segment& attached_segment() {
  Segment* s = current_segment();
  if (s == nullptr) fatal("stm: the calling thread holds no segment (attach() first)");
  return *s;
}

// Gives the thread a segment if it has none (after a commit released it
// for a waiting thread) and brings its view to the newest revision.
Segment& ensure_segment() {
  if (Segment* s = current_segment()) return *s;
  if (tls_attachments == 0) fatal("stm: the calling thread is not attached");
  Segment* s = acquire_segment(tls_last_segment);
  s->thread = thread_id();
  tls_last_segment = s;
  set_current_segment(s);
  std::lock_guard<CommitLock> lock(g_commit_mutex);
  withdraw_writes_in_place_locked(*s);  // before this thread sees the canonical bytes
  apply_log_locked(*s, Apply::kShareAgain);  // nothing runs in it yet
  return *s;
}

// Work done outside a transaction (writes, allocations) is published as a
// commit that cannot conflict: there was no transaction to abort.
void publish_open_work(Segment& s) {
  if (s.undo.entries().empty() && s.new_objects.empty()) return;
  std::unique_lock<CommitLock> lock(g_commit_mutex);
  wait_for_inevitable_locked(s, lock);
  apply_log_locked(s);
  publish_locked(s);
  register_new_finalizable(s);
  forget_transaction(s);
}

// After a commit or an abort: let a waiting thread have the segment.
void maybe_yield_segment(Segment& s) {
  if (segment_waiters() == 0 || s.in_transaction) return;
  publish_open_work(s);
  set_current_segment(nullptr);
  release_segment(&s);
}
}  // namespace

void attach() {
  gc::initialize();
  std::call_once(g_hooks_once, [] {
    gc::add_sweep_hook(drop_dead_logged_objects, nullptr);
    gc::add_root_enumerator(visit_logged_old_bytes, nullptr);
    install_stale_unit_handler();
  });
  if (tls_attachments++ > 0) return;
  gc::register_current_thread();
  ensure_segment();
}

void detach() {
  if (tls_attachments == 0) return;
  if (tls_attachments > 1) {
    --tls_attachments;
    return;
  }
  if (Segment* s = current_segment(); s != nullptr && s->in_transaction) commit();
  // The commit may have handed the segment to a waiting thread already.
  if (Segment* s = current_segment()) {
    publish_open_work(*s);
    // The thread is gone: its private copies would only be kept up to date
    // for nobody. Shared again, they cost no memory until the segment's next
    // thread writes there. Its read markers mark nothing any more.
    share_all_again(s->index);
    s->clear_read_markers();
    set_current_segment(nullptr);
    release_segment(s);
  }
  tls_attachments = 0;
  tls_last_segment = nullptr;
  gc::unregister_current_thread();
}

bool is_attached() { return tls_attachments > 0; }

Unattached::Unattached() {
  if (Segment* s = current_segment()) {
    if (s->in_transaction) fatal("stm: Unattached inside a running transaction");
    publish_open_work(*s);
    set_current_segment(nullptr);
    release_segment(s);
  }
  parked_.emplace();
}

Unattached::~Unattached() {
  parked_.reset();
  if (tls_attachments > 0) ensure_segment();
}

namespace {
void begin_transaction(uint64_t location, bool may_start_inevitable) {
  gc::safe_point();
  Segment& s = ensure_segment();
  if (s.in_transaction) fatal("stm: begin() inside a running transaction");
  publish_open_work(s);
  // Always from the newest revision (waiting for the lock if need be): a
  // transaction that begins after another's commit returned sees it, so
  // transactions are ordered as they happen in real time too, as under a
  // global lock (a program that learns of a commit some other way, say by
  // a flag it polls, and then begins never reads older data).
  if (uint64_t newest = g_newest_revision.load(std::memory_order_acquire);
      newest != s.revision.load(std::memory_order_relaxed) && !skip_unseen_newest(s, newest, UINT64_MAX)) {
    std::lock_guard<CommitLock> lock(g_commit_mutex);
    apply_log_locked(s);
  }
  s.began_at = s.revision.load(std::memory_order_relaxed);
  s.advance_read_version();
  tls_segment.read_version = s.read_version;
  s.location = location;
  s.began = has_conflict_hooks() ? Clock::now() : Clock::time_point{};  // only records use it
  s.in_transaction = true;
  if (may_start_inevitable && s.consecutive_aborts >= g_aborts_before_inevitable.load(std::memory_order_relaxed))
    become_inevitable();
}
}  // namespace

void begin(uint64_t location) { begin_transaction(location, true); }
void begin_to_unwind(uint64_t location) { begin_transaction(location, false); }

bool validate() {
  Segment& s = attached_segment();
  if (!s.in_transaction || s.inevitable) return true;
  uint64_t newest = g_newest_revision.load(std::memory_order_acquire);
  if (newest == s.revision.load(std::memory_order_relaxed) || skip_unseen_newest(s, newest, s.began_at)) return true;
  ConflictRecord record;
  std::unique_lock<CommitLock> lock(g_commit_mutex);
  if (find_conflict_locked(s, &record)) {
    abort_for_conflict(s, lock, record);
    return false;
  }
  apply_log_locked(s);
  return true;
}

bool commit() {
  Segment* current = current_segment();
  if (current == nullptr || !current->in_transaction) return true;
  Segment& s = *current;
  bool writes = !s.undo.entries().empty();
  if (!writes && s.new_objects.empty()) {
    // Read-only: its reads were one consistent snapshot; nothing to publish.
    forget_transaction(s);
    if (s.inevitable) {
      std::lock_guard<CommitLock> lock(g_commit_mutex);
      release_inevitable_locked(s);
    }
    s.consecutive_aborts = 0;
    s.bump(s.commits);
    maybe_yield_segment(s);
    return true;
  }
  ConflictRecord record;
  std::unique_lock<CommitLock> lock(g_commit_mutex);
  if (writes) wait_for_inevitable_locked(s, lock);
  if (!s.inevitable && find_conflict_locked(s, &record)) {
    abort_for_conflict(s, lock, record);
    maybe_yield_segment(s);
    return false;
  }
  apply_log_locked(s);
  publish_locked(s);
  register_new_finalizable(s);
  forget_transaction(s);
  release_inevitable_locked(s);
  if (g_log.size() >= kTrimEvery) catch_up_and_trim_locked();
  lock.unlock();
  s.consecutive_aborts = 0;
  s.bump(s.commits);
  maybe_yield_segment(s);
  return true;
}

void abort() {
  Segment* current = current_segment();
  if (current == nullptr || !current->in_transaction) return;
  Segment& s = *current;
  if (s.inevitable) fatal("stm: abort() of an inevitable transaction");
  {
    std::lock_guard<CommitLock> lock(g_commit_mutex);
    abort_locked(s);
  }
  s.bump(s.aborts);
  maybe_yield_segment(s);
}

bool become_inevitable() {
  Segment* current = current_segment();
  if (current == nullptr || !current->in_transaction || current->inevitable) return true;
  Segment& s = *current;
  ConflictRecord record;
  std::unique_lock<CommitLock> lock(g_commit_mutex);
  wait_for_inevitable_locked(s, lock);
  if (find_conflict_locked(s, &record)) {
    abort_for_conflict(s, lock, record);
    return false;
  }
  apply_log_locked(s);
  g_inevitable = &s;
  s.inevitable = true;
  // Backups of writes in place stay: a withdrawal restores the canonical
  // bytes from them. So do those the commit compares with the new bytes.
  if (s.in_place_writes.empty()) s.undo.drop_backups_except(publishes_changed_bytes);
  return true;
}

bool in_transaction() {
  Segment* s = current_segment();
  return s != nullptr && s->in_transaction;
}

bool is_inevitable() {
  Segment* s = current_segment();
  return s != nullptr && s->inevitable;
}

bool commit_and_begin(uint64_t location) {
  bool committed = commit();
  begin(location);
  return committed;
}

void set_aborts_before_inevitable(int count) { g_aborts_before_inevitable.store(std::max(1, count)); }

namespace {
// Records a new object of the running transaction in segment `s` (or arms
// its flag when none runs: it is published as it is).
gc::ObjectHeader* track_new(gc::ObjectHeader* object, Segment* s) {
  if (s == nullptr) {
    set_flag_in_own_view(object, kWriteBarrierFlag);  // fresh: nobody else sees it
    return object;
  }
  if (!s->in_transaction) set_flag_in_own_view(s->local(object), kWriteBarrierFlag);
  s->new_objects.push_back(object);
  return object;
}
}  // namespace

void make_finalizable(gc::ObjectHeader* object) {
  // Registered only once the transaction that made it commits: the collector
  // must not queue an object whose transaction may still abort.
  if (Segment* s = current_segment()) s->new_finalizable.push_back(object);
  else gc::register_finalizable(object);
}

gc::ObjectHeader* allocate(size_t size, uint16_t kind) {
  // The collector zeroes the cell and writes its header in this segment's
  // view, where the transaction will initialise it. Zeroing the canonical
  // copy and then copying it in when the unit is private raced with a
  // committer privatizing the unit meanwhile (its copy could predate the
  // zeroing and the look at the mask come before its privatization).
  Segment* s = current_segment();
  gc::ObjectHeader* object = gc::allocate_inline(size, kind, gc::Space::kDefault, s != nullptr ? s->base_delta : 0);
  return object == nullptr ? nullptr : track_new(object, s);
}

TransactionInfo current_transaction_info() {
  TransactionInfo info;
  Segment* s = current_segment();
  if (s == nullptr) return info;
  info.in_transaction = s->in_transaction;
  info.inevitable = s->inevitable;
  info.location = s->location;
  info.written_objects = s->undo.entries().size();
  info.new_objects = s->new_objects.size();
  info.read_version = tls_segment.read_version;
  info.segment = s->index;
  return info;
}

Stats stats() {
  Stats total;
  for_each_segment([&](Segment& s) {
    total.commits += s.commits.load(std::memory_order_relaxed);
    total.aborts += s.aborts.load(std::memory_order_relaxed);
    total.write_barrier_slow_paths += s.slow_paths.load(std::memory_order_relaxed);
    ++total.segments;
  });
  std::lock_guard<CommitLock> lock(g_commit_mutex);
  total.commit_log_entries = g_log.size();
  total.commit_log_old_bytes = g_log.old_bytes_reserved();
  return total;
}


void roll_back_imported_unit(const Segment& s, uintptr_t unit, size_t bytes) {
  std::lock_guard<CommitLock> entries_lock(g_log.entries_lock());
  // Newest first: each object ends with the old bytes of the first commit
  // after the segment's revision that changed it.
  g_log.for_each_after_newest_first(s.revision.load(std::memory_order_relaxed), [&](const CommitEntry& e) {
    for (const LoggedObject& o : e.objects()) {
      if (o.old_bytes == nullptr) continue;
      auto begin = reinterpret_cast<uintptr_t>(o.object);
      uintptr_t from = std::max(begin, unit), to = std::min(begin + o.size, unit + bytes);
      if (from >= to) continue;
      std::memcpy(reinterpret_cast<void*>(from + s.base_delta),
                  static_cast<const std::byte*>(o.old_bytes) + (from - begin), to - from);
    }
  });
}

CommitLock& commit_log_lock_for_fork() { return g_log.entries_lock(); }
CommitLock& commit_lock_for_imports() { return g_commit_mutex; }

// stm/fork.cpp holds the commit lock across fork() and makes it anew in the
// child, with the condition inevitable transactions signal.
CommitLock& commit_lock_for_fork() { return g_commit_mutex; }
void forget_commit_waiters_after_fork() {
  new (&g_commit_mutex) CommitLock;
  new (&g_inevitable_released) std::condition_variable_any;
}

}  // namespace pystm::stm
